/**
 * Calendar dates: "March 18, 2025", "18 March", "2025-03-18", "Tuesday", "yesterday",
 * "last week". Relative ones are resolved against the article's publication date; without
 * one they are not read (nothing to anchor them to).
 */
import { perModel } from '../model/derived.js';
import type { Model, Token } from '../types.js';
import { PhraseTable } from '../text/phrases.js';
import { yearIn } from '../text/years.js';

const tables = perModel((model) => ({
  relativeDays: new PhraseTable<number>(model.calendar.relativeDays),
  relativeSpans: new PhraseTable<['week' | 'month' | 'year', number]>(model.calendar.relativeSpans),
}));
const DAY = 86_400_000;

export interface DateReading {
  /** Days since 1970-01-01, first and last day covered. */
  first: number;
  last: number;
  next: number;
  /** Token index where the date starts ("on" is not part of it). */
  start: number;
}

function dayNumber(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  return d.getUTCMonth() === month - 1 ? Math.round(ms / DAY) : null;
}

/** The publication date as the readers use it (null when the article states none). */
export type Published = { day: number; year: number; month: number; weekday: number } | null;

/** Read once per article, not at every token (readDate runs at every token). */
export function publicationDay(date: string | undefined): Published {
  const m = date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  if (!m) return null;
  const day = dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
  if (day === null) return null;
  return { day, year: Number(m[1]), month: Number(m[2]), weekday: new Date(day * DAY).getUTCDay() };
}

// only a number token can be all digits: the kind is looked at before the pattern (these run at every token)
const dayAt = (t: Token | undefined): number | null =>
  t?.kind === 'number' && /^\d{1,2}$/.test(t.text) ? +t.text : null;

export function readDate(model: Model, tokens: Token[], i: number, pub: Published): DateReading | null {
  const token = tokens[i];
  if (!token) return null;
  const { calendar } = model;
  const yearAt = (t: Token | undefined): number | null => yearIn(t, calendar.years.read);
  // 2025-03-18
  const iso =
    token.kind === 'number' &&
    /^(\d{4})$/.test(token.text) &&
    tokens[i + 1]?.text === '-' &&
    /^\d{2}$/.test(tokens[i + 2]?.text ?? '') &&
    tokens[i + 3]?.text === '-' &&
    /^\d{2}$/.test(tokens[i + 4]?.text ?? '');
  if (iso) {
    const day = dayNumber(+token.text, +(tokens[i + 2]?.text ?? 0), +(tokens[i + 4]?.text ?? 0));
    return day === null ? null : { first: day, last: day, next: i + 5, start: i };
  }
  const month = calendar.months[token.lower];
  // "March 18, 2025", "Mar. 18", "March 2025"
  if (month !== undefined && (token.text[0] ?? '').toUpperCase() === token.text[0]) {
    let k = i + 1;
    if (tokens[k]?.text === '.' && !tokens[k]?.spaceBefore) k++;
    const day = dayAt(tokens[k]);
    if (day !== null) {
      let next = k + 1;
      if (tokens[next] && /^(st|nd|rd|th)$/.test(tokens[next]!.lower) && !tokens[next]!.spaceBefore) next++;
      const comma = tokens[next]?.text === ',' ? 1 : 0;
      const year = yearAt(tokens[next + comma]) ?? guessYear(pub, month, day);
      if (year === null) return null;
      const n = dayNumber(year, month, day);
      const end = yearAt(tokens[next + comma]) !== null ? next + comma + 1 : next;
      return n === null ? null : { first: n, last: n, next: end, start: i };
    }
    const year = yearAt(tokens[k]);
    if (year !== null) {
      const first = dayNumber(year, month, 1);
      const last = dayNumber(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1);
      return first === null || last === null ? null : { first, last: last - 1, next: k + 1, start: i };
    }
    return null;
  }
  // "18 March 2025", "18 March"
  const day = dayAt(token);
  const monthAfter = calendar.months[tokens[i + 1]?.lower ?? ''];
  if (day !== null && monthAfter !== undefined && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '')) {
    const year = yearAt(tokens[i + 2]) ?? guessYear(pub, monthAfter, day);
    if (year === null) return null;
    const n = dayNumber(year, monthAfter, day);
    return n === null ? null : { first: n, last: n, next: yearAt(tokens[i + 2]) !== null ? i + 3 : i + 2, start: i };
  }
  const year = yearAfterIn(tokens, i, calendar.years.read);
  if (year !== null) {
    const [first, last] = [dayNumber(year, 1, 1), dayNumber(year, 12, 31)];
    return first === null || last === null ? null : { first, last, next: i + 1, start: i };
  }
  if (!pub) return null;
  // "Tuesday": the latest such day on or before publication; "next Tuesday" after it
  const weekday = calendar.weekdays[token.lower];
  if (weekday !== undefined && /^\p{Lu}/u.test(token.text)) {
    const modifier = tokens[i - 1]?.lower;
    const start = modifier === 'next' || modifier === 'last' ? i - 1 : i;
    let n = pub.day - ((pub.weekday - weekday + 7) % 7);
    if (modifier === 'next') n = pub.day + (((weekday - pub.weekday + 6) % 7) + 1);
    if (modifier === 'last' && n === pub.day) n -= 7;
    return { first: n, last: n, next: i + 1, start };
  }
  const relative = tables(model).relativeDays.startingAt(tokens, i);
  if (relative)
    return { first: pub.day + relative.value, last: pub.day + relative.value, next: relative.next, start: i };
  const span = tables(model).relativeSpans.startingAt(tokens, i);
  if (span) {
    const [unit, offset] = span.value;
    const [first, last] = spanAround(pub, unit, offset);
    return { first, last, next: span.next, start: i };
  }
  return null;
}

/** A date without a year is in the publication year, unless that would put it well after publication. */
function guessYear(pub: Published, month: number, day: number): number | null {
  if (!pub) return null;
  const same = dayNumber(pub.year, month, day);
  return same !== null && same - pub.day > 60 ? pub.year - 1 : pub.year;
}

function spanAround(pub: NonNullable<Published>, unit: 'week' | 'month' | 'year', offset: number): [number, number] {
  if (unit === 'week') {
    const monday = pub.day - ((pub.weekday + 6) % 7) + offset * 7;
    return [monday, monday + 6];
  }
  if (unit === 'month') {
    const m = pub.month - 1 + offset;
    const year = pub.year + Math.floor(m / 12);
    const month = ((m % 12) + 12) % 12;
    const first = Math.round(Date.UTC(year, month, 1) / DAY);
    return [first, Math.round(Date.UTC(year, month + 1, 1) / DAY) - 1];
  }
  const year = pub.year + offset;
  return [Math.round(Date.UTC(year, 0, 1) / DAY), Math.round(Date.UTC(year + 1, 0, 1) / DAY) - 1];
}

/**
 * "ousted in 2002", "founded in 1998": a year after "in" is that whole year. Not a year that
 * starts a span or a season ("in 2003-04", "in 2003/4"), nor a count ("in 2003 cases").
 */
function yearAfterIn(tokens: Token[], i: number, range: [number, number]): number | null {
  const year = yearIn(tokens[i], range);
  if (year === null || tokens[i - 1]?.lower !== 'in') return null;
  const next = tokens[i + 1];
  if (next && /^[-–—/]$/.test(next.text)) return null;
  if (next?.kind === 'word' && next.tags?.some((t) => t === 'Noun' || t === 'Plural') && !next.tags.includes('Pronoun'))
    return null;
  return year;
}
