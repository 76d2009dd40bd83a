/** Normalized values in words: "about 81–90 min", "more than 120 min", "10:00 ET". */
import { units } from '../model/lexicon.js';
import type { Quantity } from '../types.js';

export type Described = Pick<Quantity, 'low' | 'high' | 'lowInclusive' | 'highInclusive' | 'dimension' | 'hedge' | 'amount'> & {
  zone?: string | null;
};

const DURATION_UNITS = units.duration.display ?? [['s', 1]];

function isWhole(n: number): boolean {
  return Math.abs(n - Math.round(n)) < 1e-6;
}

/** The largest duration unit in which every finite bound of every value is a whole number (seconds at worst). */
export function durationUnit(values: Described[]): [string, number] {
  const bounds = values.flatMap((v) => [v.low, v.high]).filter((n) => Number.isFinite(n) && n !== 0);
  for (const [name, factor] of DURATION_UNITS) {
    if (bounds.every((b) => isWhole(b / factor))) return [name, factor];
  }
  // Nothing whole: minutes read best for news, with one decimal.
  return ['min', 60];
}

function number(n: number): string {
  const rounded = Math.round(n * 10) / 10;
  return Number.isInteger(rounded) ? rounded.toLocaleString('en-US') : rounded.toLocaleString('en-US', { maximumFractionDigits: 1 });
}

function clock(minutes: number): string {
  const m = ((Math.round(minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/**
 * One value in words. `unit` fixes the duration unit so that all sides of a finding read alike;
 * without it, each value picks its own.
 */
export function describe(value: Described, unit?: [string, number]): string {
  const [name, factor] = value.dimension === 'duration' ? (unit ?? durationUnit([value])) : ['', 1];
  const fmt = (n: number): string => {
    if (value.dimension === 'time-of-day') return clock(n);
    if (value.dimension === 'percent') return `${number(n)}%`;
    return number(n / factor);
  };
  const suffix = value.dimension === 'duration' ? ` ${name}` : value.dimension === 'time-of-day' && value.zone ? ` ${value.zone}` : '';
  const { low, high } = value;
  switch (value.hedge) {
    case 'more-than':
    case 'well-over':
      return `more than ${fmt(low)}${suffix}`;
    case 'at-least':
      return `at least ${fmt(low)}${suffix}`;
    case 'less-than':
      return `less than ${fmt(high)}${suffix}`;
    case 'at-most':
      return `at most ${fmt(high)}${suffix}`;
    case 'range':
      return `${fmt(low)}–${fmt(high)}${suffix}`;
    case 'exact':
      return low === high ? `${fmt(low)}${suffix}` : `${fmt((low + high) / 2)}${suffix} (${fmt(low)}–${fmt(high)})`;
    default:
      return `about ${fmt(low)}–${fmt(high)}${suffix}`;
  }
}
