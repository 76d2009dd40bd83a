import { perModel } from '../model/derived.js';
import type { Model } from '../types.js';

/** Lines at the top of an article that may carry its date. */
const HEAD_LINES = 12;
const DATE_LINE = /^\s*(?:date|published|dateline)\s*:\s*(.+?)\s*$/i;

/** The dateline patterns, made from the month names and years of model/calendar.json, per model. */
const datelines = perModel(({ calendar, clock }) => {
  // the short forms ("jan", "sept"): a dateline's month starts with one
  const months = Object.keys(calendar.months)
    .filter((m) => m.length <= 4)
    .join('|');
  return {
    months: calendar.months,
    years: calendar.years.named,
    /** "July 29, 2004", "Mon Jul 22 2013", "August 2nd, 2013" */
    monthDayYear: new RegExp(`\\b(${months})[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi'),
    /** "10 Nov 2011", "22 JUL 2013" */
    dayMonthYear: new RegExp(`\\b(\\d{1,2})\\s+(${months})[a-z]*\\.?,?\\s+(\\d{4})\\b`, 'gi'),
    monthFirst: new Set((calendar.monthFirst ?? []).map((z) => z.toLowerCase())),
    /** One-word zones of model/clock.json that are not month-first: on a line, they leave its order open. */
    otherZones: new Set(
      Object.keys(clock.zones).filter((z) => !z.includes(' ') && !(calendar.monthFirst ?? []).includes(z)),
    ),
  };
});
/** A dateline is short: a longer line with a date in it is a sentence. */
const DATELINE_LENGTH = 70;

/**
 * The publication date from a `Date:` header line, a `date:` key in front matter, or a short
 * dateline near the top of the article ("July 29, 2004", "Mon, 3 Feb 2020 09:15 AM"),
 * as ISO `YYYY-MM-DD`; undefined when there is none.
 */
export function publicationDate(model: Model, text: string): string | undefined {
  const lines = text.slice(0, 2000).split(/\r?\n/, HEAD_LINES);
  for (const line of lines) {
    const match = DATE_LINE.exec(line);
    if (match?.[1]) {
      const iso = toIsoDate(match[1].replace(/^["']|["']$/g, ''));
      if (iso) return iso;
    }
  }
  for (const line of lines) {
    if (line.trim().length > DATELINE_LENGTH) continue;
    const iso = datelineDate(model, line);
    if (iso) return iso;
  }
  return undefined;
}

/** The first match of `pattern` whose year (its third group) is one a dateline gives. */
function firstDated(pattern: RegExp, line: string, [first, last]: [number, number]): RegExpExecArray | null {
  for (const match of line.matchAll(pattern)) {
    const year = Number(match[3]);
    if (year >= first && year <= last) return match;
  }
  return null;
}

function datelineDate(model: Model, line: string): string | undefined {
  const { months, years, monthDayYear, dayMonthYear } = datelines(model);
  const mdy = firstDated(monthDayYear, line, years);
  const dmy = mdy ? null : firstDated(dayMonthYear, line, years);
  const [month, day, year] = mdy ? [mdy[1], mdy[2], mdy[3]] : dmy ? [dmy[2], dmy[1], dmy[3]] : [];
  if (!month || !day || !year) return numericDate(model, line);
  const m = months[month.toLowerCase().slice(0, 3)];
  return m !== undefined ? isoOf(Number(year), m, Number(day)) : undefined;
}

/** "2010-02-17", "2013-06-12T10:20:00Z"; "11/18/09", "23/04/2012" (a dateline of the web's forms). */
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})(?![\d-])/;
const SLASHED_DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/;
/** A time beside a date, and the zone word after it: "3/10/2011 8:45 AM ET", "9:05 AM PDT 7/3/2012". */
const ZONE_AFTER = /^\s*(?:at\s+)?(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*)?([a-z]+)/i;
const ZONE_BEFORE = /(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*)([a-z]+)\s*,?\s*$/i;

/**
 * A dateline written in numbers: "Posted 2010-02-17", "Updated 3/10/2011 8:45 AM ET", "Last updated 09:51
 * 23/04/2012". The order of a slashed date is what its numbers allow (a number over 12 is the day); when
 * both could be the month, only a zone of month-first writers right beside its time (model/calendar.json
 * `monthFirst`) reads it, and no other zone on the line; else it is no date.
 */
function numericDate(model: Model, line: string): string | undefined {
  const { years, monthFirst, otherZones } = datelines(model);
  const inRange = (y: number): boolean => y >= years[0] && y <= years[1];
  const iso = ISO_DATE.exec(line);
  if (iso) return inRange(Number(iso[1])) ? isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3])) : undefined;
  const slashed = SLASHED_DATE.exec(line);
  if (!slashed) return undefined;
  const [a, b] = [Number(slashed[1]), Number(slashed[2])];
  const written = slashed[3] as string;
  // a two-digit year is of this century when that year is one a dateline gives
  const year = written.length === 4 ? Number(written) : 2000 + Number(written);
  if (!inRange(year)) return undefined;
  if (a > 12 && b <= 12) return isoOf(year, b, a);
  if (b > 12 && a <= 12) return isoOf(year, a, b);
  if (a === b) return isoOf(year, a, b);
  const beside = [
    ZONE_AFTER.exec(line.slice(slashed.index + slashed[0].length))?.[1],
    ZONE_BEFORE.exec(line.slice(0, slashed.index))?.[1],
  ].map((z) => z?.toLowerCase());
  const others = (line.toLowerCase().match(/[a-z]+/g) ?? []).some((w) => otherZones.has(w));
  return beside.some((z) => z && monthFirst.has(z)) && !others ? isoOf(year, a, b) : undefined;
}

function isoOf(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "2025-03-18", "March 18, 2025", "18 Mar 2025 10:00 GMT" → "2025-03-18"; undefined if unreadable. */
export function toIsoDate(text: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text.trim());
  if (iso) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3])); // "2025-02-30" is no day
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return undefined;
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
