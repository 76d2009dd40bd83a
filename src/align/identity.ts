/**
 * Event identity: which event of the story's kind a value is about. A story about one quake
 * also tells of the previous quake, a separate attack, a toll "four years ago"; those values
 * must not meet the story's own. The words are data (model/events.json, model/attributes.json).
 */
import { perModel } from '../model/derived.js';
import { PhraseTable } from '../text/phrases.js';
import type { Model, QuantityMention, Token } from '../types.js';
import { yearIn } from '../text/years.js';

/** The other-event, window and after-span words of model/, per model. */
const tables = perModel(({ events, attributes }) => {
  const other = events.otherEvent ?? { strong: [], modifiers: [], nouns: [] };
  return {
    STRONG: new Set(other.strong),
    MODIFIERS: new Set(other.modifiers),
    eventish: new PhraseTable<true>(
      [...Object.values(events.events).flat(), ...other.nouns].map((w) => [w, true] as [string, true]),
    ),
    WINDOWS: new Set(attributes.windows ?? []),
    AFTER_SPAN: new Set(attributes.after ?? []),
  };
});

/** Whether a word names an event of the story's kinds or an incident noun ("quake", "attack", "shooting"). */
export function eventish(model: Model, word: string): boolean {
  const t = { text: word, lower: word, start: 0, end: word.length, kind: 'word' as const, spaceBefore: true };
  return tables(model).eventish.startingAt([t], 0) !== null;
}

/** Words and marks that end the clause a value stands in. */
export const CLAUSE_END = new Set([
  ',',
  ';',
  ':',
  '—',
  '–',
  '(',
  ')',
  'which',
  'while',
  'when',
  'since',
  'than',
  'after',
  'before',
  'but',
  'whereas',
]);
/**
 * An opening phrase ("In another raid that morning, ...") is read with the clause after it if it
 * is this short.
 */
const OPENER = 10;
/** A clause is read at most this many tokens either side of the value (a text with no punctuation stays linear). */
const CLAUSE_MAX = 40;

/**
 * The tokens of the value's clause: back and forth to the nearest clause boundary, and the
 * sentence's opening phrase when the clause starts right after it.
 */
export function clauseOf(
  mention: Pick<QuantityMention, 'firstToken' | 'lastToken'>,
  tokens: Token[],
): [number, number] {
  let start = mention.firstToken;
  while (start > 0 && start > mention.firstToken - CLAUSE_MAX && !CLAUSE_END.has((tokens[start - 1] as Token).lower))
    start--;
  let end = mention.lastToken;
  while (
    end < tokens.length - 1 &&
    end < mention.lastToken + CLAUSE_MAX &&
    !CLAUSE_END.has((tokens[end + 1] as Token).lower)
  )
    end++;
  if (
    start > 0 &&
    tokens[start - 1]?.text === ',' &&
    start - 1 <= OPENER &&
    !tokens.slice(0, start - 1).some((t) => CLAUSE_END.has(t.lower))
  )
    start = 0;
  return [start, end];
}

/**
 * Whether the value's clause (or, with `wholeSentence`, its sentence) names another event than
 * the story's ("in a separate attack", "the previous quake").
 */
export function aboutOtherEvent(
  model: Model,
  mention: Pick<QuantityMention, 'firstToken' | 'lastToken'>,
  tokens: Token[],
  wholeSentence = false,
): boolean {
  const [start, end] = wholeSentence ? [0, tokens.length - 1] : clauseOf(mention, tokens);
  for (let k = start; k <= end; k++) {
    if (k >= mention.firstToken && k <= mention.lastToken) continue;
    const word = (tokens[k] as Token).lower;
    const next = tokens[k + 1];
    if (
      tables(model).STRONG.has(word) &&
      next?.kind === 'word' &&
      !(k + 1 >= mention.firstToken && k + 1 <= mention.lastToken)
    )
      return true;
    if (
      tables(model).MODIFIERS.has(word) &&
      (tables(model).eventish.startingAt(tokens, k + 1) || tables(model).eventish.startingAt(tokens, k + 2))
    )
      return true;
  }
  return false;
}

const SPAN_UNITS: Record<string, number> = { year: 1, years: 1, decade: 10, decades: 10 };
const SEASONS = new Set(['summer', 'winter', 'spring', 'autumn', 'fall', 'season']);

/**
 * A time before the story's own named at token k: "four years ago" (the year, when the
 * article's is known), "last summer", "earlier this year", "in February" (not "last week" or
 * "on July 2": a story's own days). Years themselves and
 * "last year" are read by the caller.
 */
export function relativeEra(model: Model, tokens: Token[], k: number, year: number | null): string | undefined {
  const t = tokens[k] as Token;
  const unit = tokens[k + 1]?.lower ?? '';
  if (tokens[k + 2]?.lower === 'ago' && SPAN_UNITS[unit] !== undefined) {
    const n = t.kind === 'number' ? Number(t.text.replace(/,/g, '')) : model.numberWords.units[t.lower];
    if (n !== undefined && Number.isFinite(n))
      return year === null ? `${n} ${unit} ago` : String(year - n * (SPAN_UNITS[unit] as number));
  }
  if ((t.lower === 'last' || t.lower === 'previous') && SEASONS.has(unit)) return `last ${unit}`;
  // "In March, a driver hit four": a month named with "in" (not a day: "on July 2") is another time
  if (
    t.lower === 'in' &&
    model.calendar.months[unit] !== undefined &&
    unit.length > 3 &&
    tokens[k + 2]?.kind !== 'number'
  )
    return (tokens[k + 1] as Token).text;
  if (t.lower === 'earlier' && unit === 'this' && tokens[k + 2]?.lower === 'year') return 'earlier this year';
  return undefined;
}

/**
 * A span that is no length of the event: a window ("in the past 24 hours", "within 10 days"),
 * an age or look-back ("a decades-old practice", "two weeks ago"), a remainder ("39 days left").
 */
export function notALength(model: Model, mention: QuantityMention, tokens: Token[]): boolean {
  const before = tokens[mention.firstToken - 1]?.lower ?? '';
  if (before === 'within' || tables(model).WINDOWS.has(before)) return true;
  let k = mention.lastToken + 1;
  if (tokens[k]?.text === '-') k++;
  return tables(model).AFTER_SPAN.has(tokens[k]?.lower ?? '');
}

/**
 * Whether the clause around tokens first..last (with the sentence's opening phrase) names
 * another time than the article's: a year other than `year`, "four years ago", "last summer",
 * "in February" ("In 2007, the gang raided a store in Dubai").
 */
export function atOtherTime(
  model: Model,
  span: Pick<QuantityMention, 'firstToken' | 'lastToken'>,
  tokens: Token[],
  year: number | null,
): boolean {
  const [start, end] = clauseOf(span, tokens);
  for (let k = start; k <= end; k++) {
    if (k >= span.firstToken && k <= span.lastToken) continue;
    const t = tokens[k] as Token;
    const named = yearIn(t, model.calendar.years.named);
    if (named !== null && named !== year) return true;
    if (relativeEra(model, tokens, k, year) !== undefined) return true;
  }
  return false;
}
