/**
 * Where an event happened relative to a place: "55 kilometres south of Bireun", "34 miles
 * (40 km) east of the city of Norvik". Two facts: the distance from the place, and the bearing
 * from it (degrees clockwise from north, as wide as the compass word is precise). The compass
 * words are data (model/attributes.json `bearings`).
 */
import { perModel } from '../model/derived.js';
import { PhraseTable } from '../text/phrases.js';
import type { FactKey, Model, QuantityMention, Token } from '../types.js';

/** The event words of model/events.json and the compass words of model/attributes.json, per model. */
const tables = perModel(({ events, attributes }) => ({
  eventWord: new PhraseTable<true>(
    Object.values(events.events)
      .flat()
      .map((w) => [w, true] as [string, true]),
  ),
  bearings: new PhraseTable<[number, number]>(Object.entries(attributes.bearings ?? {})),
  placingVerbs: new Set(attributes.eventAt?.verbs ?? []),
  placingNouns: new Set(attributes.eventAt?.nouns ?? []),
}));
/** Words between a word of `eventAt` and the town it puts the event in ("centered near Norvik"). */
const AT = new Set(['in', 'near', 'at', 'outside', 'inside']);
/** Tokens from a sentence's start within which its subject's event word stands ("A magnitude 4.6 quake"). */
const SUBJECT_REACH = 6;
/** ...a subject that opens the sentence with one of these ("The quake"; not "Crews reached the quake"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'this', 'that']);
/** Words between an event word and the verb that places it ("the quake was centered"). */
const HELPERS = new Set(['was', 'is', 'were', 'has', 'had', 'been', 'reportedly', 'apparently']);
/** "the town of", "the city of": words between "of" and the place's name. */
const PLACE_NOUNS = new Set([
  'the',
  'town',
  'city',
  'village',
  'port',
  'capital',
  'island',
  'of',
  'provincial',
  'regional',
]);

/** Whether a sentence names an event (model/events.json). */
export function namesEvent(model: Model, tokens: Token[]): boolean {
  const { eventWord } = tables(model);
  return tokens.some((_, i) => eventWord.startingAt(tokens, i) !== null);
}

export interface Offset {
  /** The place the event is measured from, as written ("Bireun", "Santa Rosa"). */
  place: string;
  /** The compass word's span and reading. */
  direction: { first: number; next: number; bearing: number; width: number };
}

/**
 * The place and compass word after a distance, or null. Only in a sentence that names an event
 * (model/events.json); a distance after a name and a comma ("Norvik, about 20 miles north of
 * Dalen") places that town, not the event, unless the event was put in that town ("centered in
 * Norvik, ...": `placesEvent`). `eventNamed` tells whether the sentence names
 * an event (asked only of a distance; the caller knows it once per sentence: a long one may hold many).
 */
export function offsetOf(
  model: Model,
  mention: QuantityMention,
  tokens: Token[],
  eventNamed: () => boolean,
): Offset | null {
  if (mention.value.dimension !== 'length' || mention.role !== 'measure') return null;
  // only an event's place: "the quake struck 55 km south of Bireun", not "the island is 940 miles south of Tehran"
  if (!eventNamed()) return null;
  const before = tokens[mention.firstToken - 1];
  const town = mention.firstToken - 2;
  if (before?.text === ',' && /^\p{Lu}/u.test(tokens[town]?.text ?? '') && !placesEvent(model, tokens, town))
    return null;
  let k = mention.lastToken + 1;
  // a conversion in brackets: "40 kilometers (25 miles) east of"
  if (tokens[k]?.text === '(') {
    while (k < tokens.length && tokens[k]?.text !== ')') k++;
    k++;
  }
  const word = tables(model).bearings.startingAt(tokens, k);
  if (!word || tokens[word.next]?.lower !== 'of') return null;
  let j = word.next + 1;
  while (j < tokens.length && PLACE_NOUNS.has((tokens[j] as Token).lower)) j++;
  const start = j;
  while (j < tokens.length && /^\p{Lu}/u.test((tokens[j] as Token).text)) j++;
  if (j === start) return null;
  const [bearing, width] = word.value;
  return {
    place: tokens
      .slice(start, j)
      .map((t) => t.text)
      .join(' '),
    direction: { first: word.first, next: word.next, bearing, width },
  };
}

/**
 * Whether the name ending at token `last` is where the event was put: "the quake was centered in <name>",
 * "its epicentre near <name>" (model/attributes.json `eventAt`), not "a hospital located in <name>".
 */
function placesEvent(model: Model, tokens: Token[], last: number): boolean {
  const { placingVerbs, placingNouns, eventWord } = tables(model);
  let k = last;
  while (k > 0 && /^\p{Lu}/u.test((tokens[k - 1] as Token).text)) k--;
  if (!AT.has(tokens[k - 1]?.lower ?? '')) return false;
  // "its epicentre was near <name>"
  let h = k - 2;
  while (h > 0 && HELPERS.has((tokens[h] as Token).lower)) h--;
  if (placingNouns.has(tokens[h]?.lower ?? '')) return true;
  if (!placingVerbs.has(tokens[k - 2]?.lower ?? '')) return false;
  let j = k - 2;
  while (j > 0 && HELPERS.has((tokens[j - 1] as Token).lower)) j--;
  if (eventWord.endingBefore(tokens, j) !== null) return true;
  // "the quake struck at dawn and was centered in <name>": a verb after "and" has the sentence's subject
  if (tokens[j - 1]?.lower !== 'and' || !DETERMINERS.has(tokens[0]?.lower ?? '')) return false;
  for (let end = 1; end <= Math.min(SUBJECT_REACH, j - 1); end++) if (eventWord.endingBefore(tokens, end)) return true;
  return false;
}

/** The bearing fact: the compass word as an angle interval. */
export function bearingMention(mention: QuantityMention, tokens: Token[], offset: Offset): QuantityMention {
  const { first, next, bearing, width } = offset.direction;
  const firstToken = tokens[first] as Token;
  const lastToken = tokens[next - 1] as Token;
  return {
    ...mention,
    start: firstToken.start,
    end: lastToken.end,
    text: tokens
      .slice(first, next)
      .map((t) => t.text)
      .join(''),
    firstToken: first,
    lastToken: next - 1,
    value: {
      dimension: 'angle',
      unit: 'deg',
      amount: bearing,
      statedUnit: null,
      unitKey: null,
      hedge: 'about',
      trend: null,
      low: bearing - width,
      high: bearing + width,
      lowInclusive: true,
      highInclusive: true,
    },
  };
}

export function offsetKeys(subject: string, offset: Offset): { distance: FactKey; bearing: FactKey } {
  return {
    distance: { subject, attribute: `distance from ${offset.place}`, dimension: 'length' },
    bearing: { subject, attribute: `bearing from ${offset.place}`, dimension: 'angle' },
  };
}

/**
 * Bearings on a circle compared as intervals: each group's values are turned to lie within
 * half a turn of the group's first value, so that "north" (0°) and "north-northwest" (337.5°)
 * meet.
 */
export function unwrap(values: { low: number; high: number; amount: number }[]): number[] {
  const anchor = values[0]?.amount ?? 0;
  return values.map((v) => {
    let shift = 0;
    while (v.amount + shift - anchor > 180) shift -= 360;
    while (v.amount + shift - anchor < -180) shift += 360;
    return shift;
  });
}
