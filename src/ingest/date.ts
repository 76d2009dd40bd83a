import { createRequire } from 'node:module';
import type { Calendar } from '../model/data.js';
/** Lines at the top of an article that may carry its date. */
const HEAD_LINES = 12;
const DATE_LINE = /^\s*(?:date|published|dateline)\s*:\s*(.+?)\s*$/i;

/**
 * Month names and the years a dateline may give, from model/calendar.json: ingest runs before
 * the pipeline's model is used, and needs only these (read as html.json is, by ingest itself).
 */
const calendar = createRequire(import.meta.url)('../../model/calendar.json') as Pick<Calendar, 'months' | 'years'>;
/** The short forms ("jan", "sept"): a dateline's month starts with one. */
const MONTHS = Object.keys(calendar.months)
  .filter((m) => m.length <= 4)
  .join('|');
const [FIRST_YEAR, LAST_YEAR] = calendar.years.named;
/** "July 29, 2004", "Mon Jul 22 2013", "August 2nd, 2013" */
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTHS})[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi');
/** "10 Nov 2011", "22 JUL 2013" */
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\s+(${MONTHS})[a-z]*\\.?,?\\s+(\\d{4})\\b`, 'gi');
/** A dateline is short: a longer line with a date in it is a sentence. */
const DATELINE_LENGTH = 70;

/**
 * The publication date from a `Date:` header line, a `date:` key in front matter, or a short
 * dateline near the top of the article ("July 29, 2004", "Thu, 10 Nov 2011 02:45 PM"),
 * as ISO `YYYY-MM-DD`; undefined when there is none.
 */
export function publicationDate(text: string): string | undefined {
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
    const iso = datelineDate(line);
    if (iso) return iso;
  }
  return undefined;
}

/** The first match of `pattern` whose year (group `yearAt`) is one a dateline gives. */
function firstDated(pattern: RegExp, line: string, yearAt: number): RegExpExecArray | null {
  for (const match of line.matchAll(pattern)) {
    const year = Number(match[yearAt]);
    if (year >= FIRST_YEAR && year <= LAST_YEAR) return match;
  }
  return null;
}

function datelineDate(line: string): string | undefined {
  const mdy = firstDated(MONTH_DAY_YEAR, line, 3);
  const dmy = mdy ? null : firstDated(DAY_MONTH_YEAR, line, 3);
  const [month, day, year] = mdy ? [mdy[1], mdy[2], mdy[3]] : dmy ? [dmy[2], dmy[1], dmy[3]] : [];
  if (!month || !day || !year) return undefined;
  const m = calendar.months[month.toLowerCase().slice(0, 3)];
  return m !== undefined ? isoOf(Number(year), m, Number(day)) : undefined;
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
