/**
 * What a quantity is about. The event comes from the nearest event word in the sentence
 * (model/events.json); the attribute from the dimension or, for counts, a cue word
 * (model/attributes.json).
 */
import { attributes, countNouns, events } from '../model/lexicon.js';
import { PhraseTable } from '../text/phrases.js';
import type { FactKey, QuantityMention, Token } from '../types.js';

const eventWords = new PhraseTable<string>(
  Object.entries(events.events).flatMap(([event, words]) => words.map((w) => [w, event] as [string, string])),
);
const PEOPLE = new Set(countNouns.people);
const FUNCTION_WORDS = new Set(countNouns.function);
/** The count cue found next to a count (its `verb`) → the attribute it states. */
const CUE_ATTRIBUTE = new Map(Object.entries(attributes.countCues).flatMap(([attribute, words]) => words.map((w) => [w, attribute] as [string, string])));

/** The event class a single word names ("talks" → negotiations), or undefined. */
export function eventWordsOf(word: string): string | undefined {
  return eventWords.startingAt([{ text: word, lower: word, start: 0, end: word.length, kind: 'word', spaceBefore: true }], 0)?.value;
}

/** The subject of count facts when no event word is near: the story's main event. */
export const MAIN_EVENT = 'event';
/** Event words after the quantity are usually topics ("spoke for an hour about the truce"): they count as this much farther. */
const RIGHT_PENALTY = 2;

export interface Anchor {
  key: FactKey;
  confidence: number;
}

export function anchor(mention: QuantityMention, tokens: Token[]): Anchor | null {
  const { value } = mention;
  if (mention.role === 'offset' || value.trend) return null;
  if (value.dimension === 'count') return anchorCount(mention, tokens);
  const attribute = attributes.byDimension[value.dimension];
  if (!attribute) return null;
  if (mention.role === 'modifier') {
    // "a 30-day ceasefire", "Two-Hour Discussion": the noun right after names the thing measured.
    for (let k = mention.lastToken + 1; k <= mention.lastToken + 2; k++) {
      const event = eventWords.startingAt(tokens, k);
      if (event) return { key: { subject: event.value, attribute, dimension: value.dimension, ...qualifier(mention) }, confidence: 0.9 };
    }
    return null;
  }
  // "after 11 days of a punishing offensive": the duration belongs to what follows "of".
  if (tokens[mention.lastToken + 1]?.lower === 'of') {
    for (let k = mention.lastToken + 2; k <= mention.lastToken + 4; k++) {
      const event = eventWords.startingAt(tokens, k);
      if (event) return { key: { subject: event.value, attribute, dimension: value.dimension, ...qualifier(mention) }, confidence: 0.8 };
    }
    return null;
  }
  const event = nearestEvent(mention, tokens);
  if (!event) return null;
  return {
    key: { subject: event.event, attribute, dimension: value.dimension, ...qualifier(mention) },
    confidence: Math.max(0.5, 0.9 - 0.02 * event.distance),
  };
}

function anchorCount(mention: QuantityMention, tokens: Token[]): Anchor | null {
  // A count of something other than people ("seven villages") is no casualty count; neither is a fraction.
  if (!Number.isInteger(mention.value.amount) || !mention.verb) return null;
  const noun = mention.noun;
  if (noun && !PEOPLE.has(noun) && !FUNCTION_WORDS.has(noun) && !CUE_ATTRIBUTE.has(noun)) return null;
  const attribute = CUE_ATTRIBUTE.get(mention.verb);
  if (!attribute) return null;
  const event = nearestEvent(mention, tokens);
  const confidence = mention.value.hedge === 'vague' ? 0.5 : 0.7;
  return { key: { subject: event?.event ?? MAIN_EVENT, attribute, dimension: 'count' }, confidence };
}

/** Clock times in different (or unknown) zones are not compared until zones are resolved: the zone is part of the key. */
function qualifier(mention: QuantityMention): { qualifier?: string } {
  return mention.value.dimension === 'time-of-day' && mention.value.zone ? { qualifier: mention.value.zone } : {};
}

export function nearestEvent(mention: Pick<QuantityMention, 'firstToken' | 'lastToken'>, tokens: Token[]): { event: string; distance: number } | null {
  let best: { event: string; distance: number } | null = null;
  for (let k = 0; k < tokens.length; k++) {
    if (k >= mention.firstToken && k <= mention.lastToken) continue;
    const match = eventWords.startingAt(tokens, k);
    if (!match) continue;
    const distance = k < mention.firstToken ? mention.firstToken - match.next + 1 : (k - mention.lastToken) * RIGHT_PENALTY;
    if (!best || distance < best.distance) best = { event: match.value, distance };
  }
  return best;
}
