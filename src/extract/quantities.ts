/**
 * Finds quantities in a sentence's tokens: the hedge, the number, the unit, and how the
 * quantity sits in the sentence. Normalizing to an interval is left to normalize/.
 */
import { hedges, numberWords, offsets, units } from '../model/lexicon.js';
import { parseNumber, type ParsedNumber } from '../normalize/numbers.js';
import type { Dimension, Hedge, RawQuantityMention, QuantityRole, Token, Trend } from '../types.js';
import { readClock } from './clock.js';
import { PhraseTable } from './phrases.js';

const hedgesBefore = new PhraseTable<Hedge>(hedges.before);
const hedgesAfter = new PhraseTable<Hedge>(hedges.after);
const offsetWords = new PhraseTable<true>(offsets.after.map((w) => [w, true] as [string, true]));
const trendWords = new Map<string, Trend>([
  ...offsets.trend.up.map((w) => [w, 'up'] as [string, Trend]),
  ...offsets.trend.down.map((w) => [w, 'down'] as [string, Trend]),
]);
const durationUnits = new PhraseTable<number>(units.duration.units);
const percentUnits = new PhraseTable<number>(units.percent.units);
const singles = new PhraseTable<number>(numberWords.singles);
const BASE_UNITS: Record<Dimension, string> = {
  duration: units.duration.base,
  percent: units.percent.base,
  'time-of-day': 'min-of-day',
  count: 'item',
};
/** Words that may follow "a second" when it is a duration ("a second later", "a second or two"). */
const OFFSET_OR_LINK = new Set(['ago', 'later', 'earlier', 'before', 'after', 'or', 'and', 'of', 'to', 'in', 'for', 'long', 'apart']);
/** "the deadliest day in over a year": a superlative before "in" + duration makes it a look-back, not a length. */
const SUPERLATIVE = /^(?:first|last|worst|best|most|least|\p{L}{3,}est)$/u;
const RANGE_JOINERS = new Set(['to', '-', '–', '—']);
const CURRENCY_SIGNS = new Set(['$', '€', '£', '¥', '₹']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);

interface Unit {
  dimension: Dimension;
  factor: number;
  stated: string;
  next: number;
}

interface Amount {
  parsed: ParsedNumber;
  upper?: ParsedNumber;
  first: number;
}

/** All quantities in one sentence, left to right, never overlapping. */
export function extractQuantities(text: string, tokens: Token[], sentence: number): RawQuantityMention[] {
  const mentions: RawQuantityMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const mention = quantityAt(text, tokens, i, sentence);
    if (mention) {
      mentions.push(mention);
      i = mention.lastToken + 1;
    } else i++;
  }
  return mentions;
}

function quantityAt(text: string, tokens: Token[], i: number, sentence: number): RawQuantityMention | null {
  const clock = readClock(tokens, i);
  if (clock) {
    return build(text, tokens, sentence, {
      first: i,
      next: clock.next,
      dimension: 'time-of-day',
      amount: clock.minutes,
      granularity: clock.granularity,
      factor: 1,
      statedUnit: null,
      zone: clock.zone,
    });
  }
  const amount = amountAt(tokens, i);
  if (!amount) return null;
  let next = amount.upper?.next ?? amount.parsed.next;
  let value = amount.parsed.value;
  let granularity = amount.parsed.granularity;
  // "two and a half hours"
  if (isAndAHalf(tokens, next)) {
    value += 0.5;
    granularity = Math.min(granularity, 0.5);
    next += 3;
  }
  const glued = tokens[next]?.text === '-' && !tokens[next]?.spaceBefore && !tokens[next + 1]?.spaceBefore;
  const unit = unitAt(tokens, glued ? next + 1 : next);
  if (unit) {
    next = unit.next;
    // "an hour and a half"
    if (isAndAHalf(tokens, next)) {
      value += 0.5;
      granularity = Math.min(granularity, 0.5);
      next += 3;
    }
    const role: QuantityRole = glued && tokens[next]?.kind === 'word' && tokens[next]?.lower !== 'long' ? 'modifier' : 'measure';
    return build(text, tokens, sentence, {
      first: amount.first,
      next,
      dimension: unit.dimension,
      amount: value,
      upper: amount.upper?.value,
      granularity,
      factor: unit.factor,
      statedUnit: unit.stated,
      role,
    });
  }
  if (!isCount(tokens, amount, next)) return null;
  return build(text, tokens, sentence, {
    first: amount.first,
    next,
    dimension: 'count',
    amount: value,
    upper: amount.upper?.value,
    granularity,
    factor: 1,
    statedUnit: null,
    noun: nounAfter(tokens, next),
  });
}

/** A number, "a"/"an" before a unit ("an hour"), "half an hour", or a range "20 to 30". */
function amountAt(tokens: Token[], i: number): Amount | null {
  const token = tokens[i];
  if (!token) return null;
  // Not the middle of a number or word ("A1", "3-2" is handled as a range below).
  const previous = tokens[i - 1];
  if (previous && !token.spaceBefore && (previous.kind === 'number' || previous.kind === 'word')) return null;
  const single = singles.startingAt(tokens, i);
  if (single) return { parsed: { value: single.value, next: single.next, granularity: single.value, words: true }, first: i };
  // "an hour", but not "a second quake" (an ordinal)
  if ((token.lower === 'a' || token.lower === 'an') && unitAt(tokens, i + 1) && !(tokens[i + 1]?.lower === 'second' && tokens[i + 2]?.kind === 'word' && !OFFSET_OR_LINK.has(tokens[i + 2]?.lower ?? ''))) {
    return { parsed: { value: 1, next: i + 1, granularity: 1, words: true }, first: i };
  }
  const parsed = parseNumber(tokens, i);
  if (!parsed) return null;
  // "20 to 30", "20-30", "between 20 and 30"
  const joiner = tokens[parsed.next];
  const between = tokens[i - 1]?.lower === 'between';
  if (joiner && (RANGE_JOINERS.has(joiner.lower) || (between && joiner.lower === 'and'))) {
    const upper = parseNumber(tokens, parsed.next + 1);
    if (upper && upper.value > parsed.value && upper.words === parsed.words) return { parsed, upper, first: i };
  }
  return { parsed, first: i };
}

function isAndAHalf(tokens: Token[], i: number): boolean {
  return tokens[i]?.lower === 'and' && tokens[i + 1]?.lower === 'a' && tokens[i + 2]?.lower === 'half';
}

function unitAt(tokens: Token[], i: number): Unit | null {
  const duration = durationUnits.startingAt(tokens, i);
  if (duration) return unit('duration', duration.value, tokens, i, duration.next);
  const percent = percentUnits.startingAt(tokens, i);
  if (percent) return unit('percent', percent.value, tokens, i, percent.next);
  return null;
}

function unit(dimension: Dimension, factor: number, tokens: Token[], i: number, next: number): Unit {
  const stated = tokens.slice(i, next).map((t) => t.text).join(' ');
  return { dimension, factor, stated, next };
}

/** Whether a bare number is a count of something, rather than a year, a date, money or an ordinal. */
function isCount(tokens: Token[], amount: Amount, next: number): boolean {
  const first = tokens[amount.first] as Token;
  const after = tokens[next];
  const before = tokens[amount.first - 1];
  if (first.lower === 'one' && next === amount.first + 1) return false;
  if (before && CURRENCY_SIGNS.has(before.text)) return false;
  if (after && !after.spaceBefore && ORDINAL_SUFFIXES.has(after.lower)) return false;
  if ((before && MONTHS.has(before.lower)) || (after && MONTHS.has(after.lower))) return false;
  const v = amount.parsed.value;
  if (!amount.parsed.words && /^\d{4}$/.test(first.text) && v >= 1800 && v <= 2100) return false;
  if (after && (after.text === ':' || after.text === '/')) return false;
  return true;
}

function nounAfter(tokens: Token[], i: number): string | undefined {
  for (let k = i; k < Math.min(tokens.length, i + 3); k++) {
    const token = tokens[k] as Token;
    if (token.kind !== 'word') return undefined;
    if (token.lower === 'other' || token.lower === 'more') continue;
    return token.lower;
  }
  return undefined;
}

interface Draft {
  first: number;
  next: number;
  dimension: Dimension;
  amount: number;
  upper?: number;
  granularity: number;
  factor: number;
  statedUnit: string | null;
  role?: QuantityRole;
  zone?: string | null;
  noun?: string;
}

function build(text: string, tokens: Token[], sentence: number, d: Draft): RawQuantityMention {
  let first = d.first;
  let next = d.next;
  let hedge: Hedge = d.upper !== undefined ? 'range' : 'exact';
  const before = hedgesBefore.endingBefore(tokens, tokens[first - 1]?.lower === 'between' ? first - 1 : first);
  if (before && hedge === 'exact') {
    hedge = before.value;
    first = before.first;
  } else if (hedge === 'range' && tokens[first - 1]?.lower === 'between') first -= 1;
  const after = hedgesAfter.startingAt(tokens, tokens[next]?.text === '-' && tokens[next + 1]?.lower === 'plus' ? next + 1 : next);
  if (after && hedge === 'exact') {
    hedge = after.value;
    next = after.next;
  }
  let role: QuantityRole = d.role ?? 'measure';
  if (d.dimension === 'duration' && (offsetWords.startingAt(tokens, next) || isLookBack(tokens, first))) role = 'offset';
  const firstToken = tokens[first] as Token;
  const lastToken = tokens[next - 1] as Token;
  return {
    kind: 'quantity',
    start: firstToken.start,
    end: lastToken.end,
    text: text.slice(firstToken.start, lastToken.end),
    sentence,
    firstToken: first,
    lastToken: next - 1,
    role,
    ...(d.noun ? { noun: d.noun } : {}),
    reading: {
      dimension: d.dimension,
      amount: d.amount,
      ...(d.upper !== undefined ? { upper: d.upper } : {}),
      granularity: d.granularity,
      factor: d.factor,
      unit: BASE_UNITS[d.dimension],
      statedUnit: d.statedUnit,
      hedge,
      trend: trendBefore(tokens, first),
      ...(d.dimension === 'time-of-day' ? { zone: d.zone ?? null } : {}),
    },
  };
}

/** "the deadliest day for the region in over a year", "the first time in 20 years". */
function isLookBack(tokens: Token[], first: number): boolean {
  if (tokens[first - 1]?.lower !== 'in') return false;
  for (let k = first - 2; k >= 0; k--) if (SUPERLATIVE.test(tokens[k]?.lower ?? '')) return true;
  return false;
}

/** "rose by 5%", "up 3%": a change, not a level. */
function trendBefore(tokens: Token[], first: number): Trend | null {
  const previous = tokens[first - 1];
  if (!previous) return null;
  const word = previous.lower === 'by' ? tokens[first - 2]?.lower : previous.lower;
  return (word && trendWords.get(word)) || null;
}
