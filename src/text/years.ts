/** Years as written: four digits in a range of model/calendar.json `years`. */
import type { Token } from '../types.js';

/** The year a token writes, if it is four digits within `range` (both ends included). */
export function yearIn(token: Token | undefined, [first, last]: [number, number]): number | null {
  if (token?.kind !== 'number' || token.text.length !== 4 || !/^\d{4}$/.test(token.text)) return null;
  const year = Number(token.text);
  return year >= first && year <= last ? year : null;
}

const DAY_MS = 86_400_000;

/** The year a date interval covers whole (Jan 1 to Dec 31 of one year), else null: "in 2002" as a date. */
export function wholeYear(value: { low: number; high: number }): number | null {
  const [first, last] = [new Date(value.low * DAY_MS), new Date(value.high * DAY_MS)];
  const year = first.getUTCFullYear();
  return first.getUTCMonth() === 0 &&
    first.getUTCDate() === 1 &&
    last.getUTCFullYear() === year &&
    last.getUTCMonth() === 11 &&
    last.getUTCDate() === 31
    ? year
    : null;
}
