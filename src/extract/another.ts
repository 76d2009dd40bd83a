/**
 * One more victim of another kind: "two were killed and another wounded", "two women died and a third
 * employee was hurt" count 1 of what the cue after them counts (model/vague.json `another`). Only after
 * a count cue of another kind in the sentence: "two were hurt and another was hurt" adds one to a count
 * it does not give, and "a third" elsewhere may be a share ("fell by a third").
 */
import { perModel } from '../model/derived.js';
import type { Model, Token } from '../types.js';
import type { Draft } from './quantity-context.js';
import { countCues } from './count-cues.js';
import { baseUnit } from './units.js';

const tables = perModel((model) => {
  const { vague, numberWords } = model;
  const another = vague.another ?? { heads: [], ordinals: [], between: [] };
  return {
    ...countCues(model),
    numberWords: new Set(Object.keys({ ...numberWords.units, ...numberWords.tens, ...numberWords.scales })),
    heads: new Set(another.heads),
    ordinals: new Set(another.ordinals),
    between: new Set(another.between),
  };
});

/** Words of the victim between the head and the cue ("a third employee", "another young man"). */
const NOUNS = 2;
/** Helper words between them and the cue ("was also seriously"). */
const REACH = 4;

/** The count of one more victim that starts at token `i`, or null. */
export function anotherAt(model: Model, tokens: Token[], i: number): Draft | null {
  const t = tables(model);
  const lower = (k: number): string => tokens[k]?.lower ?? '';
  let k: number;
  if (t.heads.has(lower(i))) k = i + 1;
  else if (lower(i) === 'a' && t.ordinals.has(lower(i + 1))) k = i + 2;
  else return null;
  const next = k;
  // "another three were hurt": a number of its own
  if (tokens[k]?.kind === 'number' || t.numberWords.has(lower(k))) return null;
  const cueAt = (at: number) => t.cues.startingAt(tokens, at);
  for (let n = 0; n < NOUNS && tokens[k]?.kind === 'word' && !cueAt(k) && !t.between.has(lower(k)); n++) k++;
  for (const end = k + REACH; k < end && t.between.has(lower(k));) k++;
  const cue = cueAt(k);
  if (!cue) return null;
  const what = t.counts.get(cue.value);
  // an earlier count of another kind in the sentence: "two were killed and another ..."
  let earlier = false;
  for (let j = 0; j < i; j++) {
    const before = cueAt(j);
    if (before && t.counts.get(before.value) !== what) earlier = true;
  }
  if (!earlier) return null;
  return {
    first: i,
    next,
    dimension: 'count',
    amount: 1,
    granularity: 1,
    factor: 1,
    unit: baseUnit(model, 'count'),
    statedUnit: null,
    unitKey: null,
    verb: cue.value,
  };
}
