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
  eventAt: new Set(attributes.eventAt ?? []),
}));
/** Words between a word of `eventAt` and the town it puts the event in ("centered near Norvik"). */
const AT = new Set(['in', 'near', 'at', 'outside', 'inside']);
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

/** Whether the name ending at token `last` is where the event was put: "centered in <name>", "struck near <name>". */
function placesEvent(model: Model, tokens: Token[], last: number): boolean {
  let k = last;
  while (k > 0 && /^\p{Lu}/u.test((tokens[k - 1] as Token).text)) k--;
  return AT.has(tokens[k - 1]?.lower ?? '') && tables(model).eventAt.has(tokens[k - 2]?.lower ?? '');
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
