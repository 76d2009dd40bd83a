/**
 * The event words of model/events.json, built once per model for every stage that reads them, and the
 * one test of whether a word names its event where it stands: not after `notAfter` words ("opened fire")
 * nor before `notBefore` words ("the fire chief").
 */
import { PhraseTable, type PhraseMatch } from '../text/phrases.js';
import type { Model, Token } from '../types.js';
import { perModel } from './derived.js';

const tables = perModel(({ events }) => ({
  eventWords: new PhraseTable<string>(
    Object.entries(events.events).flatMap(([event, words]) => words.map((w) => [w, event] as [string, string])),
  ),
  notAfter: new Map(Object.entries(events.notAfter ?? {}).map(([event, words]) => [event, new Set(words)])),
  notBefore: new Map(Object.entries(events.notBefore ?? {}).map(([event, words]) => [event, new Set(words)])),
  skips: new Set(events.notAfterSkips ?? []),
}));

/** The event word that starts at token `k` (its class as the value), unless the words beside it make it none. */
export function eventAt(model: Model, tokens: Token[], k: number): PhraseMatch<string> | null {
  const { eventWords, notAfter, notBefore, skips } = tables(model);
  const match = eventWords.startingAt(tokens, k);
  if (!match) return null;
  // "opened heavy fire": a word of how much between
  const before = skips.has(tokens[k - 1]?.lower ?? '') ? k - 2 : k - 1;
  if (notAfter.get(match.value)?.has(tokens[before]?.lower ?? '')) return null;
  return notBefore.get(match.value)?.has(tokens[match.next]?.lower ?? '') ? null : match;
}

/** The event class a single word names ("talks" → negotiations), or undefined. */
export function eventWordsOf(model: Model, word: string): string | undefined {
  return tables(model).eventWords.startingAt(
    [{ text: word, lower: word, start: 0, end: word.length, kind: 'word', spaceBefore: true }],
    0,
  )?.value;
}
