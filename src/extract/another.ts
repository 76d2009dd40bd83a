/**
 * One more victim of another kind: "two were killed and another wounded", "two women died and a third
 * employee was hurt" count 1 of what the cue after them counts (model/vague.json `another`). Read only
 * after an earlier count of another kind in the sentence ("two ... killed"), none of the same kind, and
 * for an ordinal only the one after that count ("two ... a third"); the victim, when named, is a person,
 * and the cue ends its phrase. "another dozen", "a third of", "one another", "another attack killed
 * nine", "another injured worker died", "a second worker died" read nothing here.
 */
import { perModel } from '../model/derived.js';
import type { Model, Token } from '../types.js';
import { countCues } from '../model/count-cues.js';
import { cueCount } from './cue-count.js';
import type { Draft } from './quantity-context.js';

const tables = perModel((model) => {
  const { vague, numberWords, countNouns } = model;
  const another = vague.another ?? { heads: [], ordinals: [], between: [] };
  const firstWords = (phrases: string[]) => phrases.map((p) => p.split(' ')[0] as string);
  return {
    ...countCues(model),
    /** Words that start an amount of their own ("three", "dozen", "several", "a few"). */
    amounts: new Set([
      ...Object.keys({ ...numberWords.units, ...numberWords.tens, ...numberWords.scales }),
      ...firstWords(Object.keys(vague.amounts)),
      ...firstWords(Object.keys(numberWords.singles)),
    ]),
    units: new Map(Object.entries(numberWords.units)),
    people: new Set(countNouns.people),
    functionWords: new Set(countNouns.function),
    heads: new Set(another.heads),
    /** "second" → 2. */
    ordinals: new Map(another.ordinals.map((w, k) => [w, k + 2])),
    between: new Set(another.between),
  };
});

/** Words of the victim between the head and the cue ("a third employee", "another young man"). */
const NOUNS = 2;
/** Helper words between them and the cue ("was also seriously"). */
const REACH = 4;
/** Tokens an earlier count may stand before its cue ("two people have been killed"). */
const COUNT_REACH = 5;

/** The count of one more victim that starts at token `i`, or null. */
export function anotherAt(model: Model, tokens: Token[], i: number): Draft | null {
  const t = tables(model);
  const lower = (k: number): string => tokens[k]?.lower ?? '';
  let k: number;
  let ordinal: number | null = null;
  if (t.heads.has(lower(i)) && lower(i - 1) !== 'one') k = i + 1;
  else if (lower(i) === 'a' && t.ordinals.has(lower(i + 1)))
    [k, ordinal] = [i + 2, t.ordinals.get(lower(i + 1)) ?? null];
  else return null;
  const next = k;
  if (tokens[k]?.kind === 'number' || t.amounts.has(lower(k)) || lower(k) === 'of') return null;
  const cueAt = (at: number) => t.cues.startingAt(tokens, at);
  let n = 0;
  while (n < NOUNS && tokens[k]?.kind === 'word' && !cueAt(k) && !t.between.has(lower(k))) (k++, n++);
  if (n > 0 && !isPerson(t.people, lower(k - 1))) return null;
  for (const end = k + REACH; k < end && t.between.has(lower(k));) k++;
  const cue = cueAt(k);
  const after = cue ? tokens[cue.next] : undefined;
  if (!cue || (after?.kind === 'word' && !t.functionWords.has(after.lower))) return null;
  const earlier = earlierCount(model, tokens, i, t.counts.get(cue.value));
  if (earlier === null || (ordinal !== null && ordinal !== earlier + 1)) return null;
  return cueCount(model, i, next, 1, cue.value);
}

/** "worker", "man": a person noun of model/count-nouns.json, which lists plurals. */
const isPerson = (people: Set<string>, word: string): boolean =>
  people.has(word) || people.has(`${word}s`) || people.has(word.replace(/man$/, 'men'));

/**
 * The earlier count of another kind than `what` before token `i` ("two ... killed"), or null when there is
 * none, or when a cue of the same kind comes first (the one more would add to a count not given).
 */
function earlierCount(model: Model, tokens: Token[], i: number, what: string | undefined): number | null {
  const t = tables(model);
  let found: number | null = null;
  for (let j = 0; j < i; j++) {
    const cue = t.cues.startingAt(tokens, j);
    if (!cue) continue;
    if (t.counts.get(cue.value) === what) return null;
    for (let k = j - 1; k >= Math.max(0, j - COUNT_REACH); k--) {
      const token = tokens[k] as Token;
      const value = token.kind === 'number' ? Number(token.text.replace(/,/g, '')) : t.units.get(token.lower);
      if (value !== undefined && Number.isFinite(value)) {
        found = value;
        break;
      }
    }
  }
  return found;
}
