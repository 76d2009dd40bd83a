/**
 * Hedge + amount → interval. The table in docs/quantities.md is the specification;
 * the widths live in model/hedges.json.
 */
import type { Tolerances } from '../model/data.js';
import type { Dimension, Hedge, Interval } from '../types.js';

export interface Reading {
  /** The stated amount, already in the base unit. */
  amount: number;
  /** For ranges ("between 20 and 30"), the upper amount in the base unit. */
  upper?: number;
  hedge: Hedge;
  dimension: Dimension;
  /** Place value of the last stated digit, in the base unit (how rounded the number is). */
  granularity: number;
}

/** A count whose last stated digit is in the hundreds or more ("400 people", "20,000") may be rounded. */
const LARGE_ROUND_COUNT = 100;

/**
 * How far a bare number may be from the truth because it was rounded when written:
 * half its last stated place value, at most a tenth of it. Counts and money not written as
 * round numbers ("24 dead", "$6") are exact, and so are ages; temperatures and magnitudes
 * take half the place value with no cap (a tenth of 0 °C is nothing).
 */
export function roundingTolerance(
  amount: number,
  granularity: number,
  dimension: Dimension,
  tolerance: Tolerances,
): number {
  const rounded = Math.min(granularity / 2, Math.abs(amount) * tolerance.rounding);
  switch (dimension) {
    case 'time-of-day':
      return granularity >= 30 ? 5 : 0;
    case 'age':
    case 'date':
      return 0;
    case 'count':
      // a small count is as exact as any other ("recalled 40 buses" against 41); large round ones are rounded
      return granularity < LARGE_ROUND_COUNT ? 0 : rounded;
    case 'money':
      return granularity < 10 ? 0 : rounded;
    case 'temperature':
    case 'magnitude':
      return granularity / 2;
    default:
      return rounded;
  }
}

function band(dimension: Dimension, amount: number, relative: number, tolerance: Tolerances): number {
  return dimension === 'time-of-day' ? tolerance.clockAbout : Math.abs(amount) * relative;
}

export function toInterval(r: Reading, tolerance: Tolerances): Interval {
  const x = r.amount;
  const rounding = roundingTolerance(x, r.granularity, r.dimension, tolerance);
  const floor =
    r.dimension === 'time-of-day' || r.dimension === 'temperature' || r.dimension === 'date' ? -Infinity : 0;
  switch (r.hedge) {
    case 'exact':
      return closed(x - rounding, x + rounding);
    case 'about': {
      const width = Math.max(rounding, band(r.dimension, x, tolerance.about, tolerance));
      return closed(x - width, x + width);
    }
    case 'nearly':
      return {
        low: x - band(r.dimension, x, tolerance.nearly, tolerance),
        high: x,
        lowInclusive: true,
        highInclusive: false,
      };
    case 'more-than':
    case 'well-over':
      return { low: x, high: Infinity, lowInclusive: false, highInclusive: false };
    case 'just-over':
      return {
        low: x,
        high: x + band(r.dimension, x, tolerance['just-over'], tolerance),
        lowInclusive: false,
        highInclusive: true,
      };
    case 'at-least':
      return { low: x, high: Infinity, lowInclusive: true, highInclusive: false };
    case 'at-most':
      return { low: x < floor ? -Infinity : floor, high: x, lowInclusive: floor === 0 && x >= 0, highInclusive: true };
    case 'less-than':
      return { low: x < floor ? -Infinity : floor, high: x, lowInclusive: floor === 0 && x >= 0, highInclusive: false };
    case 'range':
    case 'vague':
      return closed(Math.min(x, r.upper ?? x), Math.max(x, r.upper ?? x));
  }
}

function closed(low: number, high: number): Interval {
  return { low, high, lowInclusive: true, highInclusive: true };
}

/** Whether two intervals share at least one point. */
export function overlaps(a: Interval, b: Interval): boolean {
  return intersect(a, b) !== null;
}

/** The common part of two intervals, or null when they share no point. */
export function intersect(a: Interval, b: Interval): Interval | null {
  const [low, lowInclusive] =
    a.low > b.low
      ? [a.low, a.lowInclusive]
      : a.low < b.low
        ? [b.low, b.lowInclusive]
        : [a.low, a.lowInclusive && b.lowInclusive];
  const [high, highInclusive] =
    a.high < b.high
      ? [a.high, a.highInclusive]
      : a.high > b.high
        ? [b.high, b.highInclusive]
        : [a.high, a.highInclusive && b.highInclusive];
  if (low > high) return null;
  if (low === high && !(lowInclusive && highInclusive)) return null;
  // "+ 0" turns -0 into 0, so that the result does not depend on the order of a and b.
  return { low: low + 0, high: high + 0, lowInclusive, highInclusive };
}

/** The distance between two intervals that do not overlap (0 when they do). */
export function gap(a: Interval, b: Interval): number {
  if (a.high <= b.low) return b.low - a.high;
  if (b.high <= a.low) return a.low - b.high;
  return 0;
}
