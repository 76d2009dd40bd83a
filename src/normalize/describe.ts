/** Normalized values in words: "about 81–90 min", "more than 120 min", "10:00 ET". */
import { wholeYear } from '../text/years.js';
import type { Hedge, Model, Quantity } from '../types.js';
import { commonUnit, inUnit, statedUnit, type ShownUnit } from './stated-units.js';

export type Described = Pick<
  Quantity,
  'low' | 'high' | 'lowInclusive' | 'highInclusive' | 'dimension' | 'hedge' | 'amount' | 'unit'
> & {
  zone?: string | null;
  aged?: Quantity['aged'];
  amountHigh?: number;
  unitKey?: string | null;
  /** A change ("rose by 2 °C") converts as a difference: no zero shift. */
  trend?: Quantity['trend'];
};

/** What all sides of a finding are shown in: a duration's common unit, or the unit most measures use. */
export type DisplayUnit = [string, number] | ShownUnit;

export function displayUnit(model: Model, values: Described[]): DisplayUnit | undefined {
  const dimension = values[0]?.dimension;
  if (dimension === 'duration') return durationUnit(model, values);
  return commonUnit(model, values) ?? undefined;
}

/** Words for a hedge before a stated amount. */
const HEDGE_WORDS: Record<Hedge, string> = {
  exact: '',
  about: 'about ',
  nearly: 'nearly ',
  'more-than': 'more than ',
  'just-over': 'just over ',
  'well-over': 'well over ',
  'at-least': 'at least ',
  'less-than': 'less than ',
  'at-most': 'at most ',
  range: '',
  vague: '',
};

/** The amounts as written: one, or both ends of a stated range. */
const statedAmounts = (value: Described): number[] =>
  value.amountHigh !== undefined ? [value.amount, value.amountHigh] : [value.amount];

/** Scale words a sum is shown with, largest first. */
const MONEY_SCALES: [number, string][] = [
  [1e12, ' trillion'],
  [1e9, ' billion'],
  [1e6, ' million'],
];

/** A sum as written, with its scale word: "USD 140–160 million", "about EUR 2.5 billion", "USD 22,500". */
function describeMoney(value: Described): string {
  // the stated amount in the currency's main unit: "50 cents" is USD 0.5 (the reading's interval says how much)
  const point = statedPoints(value)[0];
  const factor = value.amount !== 0 && point !== undefined && Number.isFinite(point) ? point / value.amount : 1;
  const amounts = statedAmounts(value).map((a) => a * factor);
  const least = Math.min(...amounts.map(Math.abs));
  const [scale, word] = MONEY_SCALES.find(([s]) => least >= s) ?? [1, ''];
  return `${HEDGE_WORDS[value.hedge]}${value.unit} ${amounts.map((a) => number(a / scale)).join('–')}${word}`;
}

/**
 * A measure in the unit it was written in ("about 17 mi"), and in the finding's common unit when
 * that is another ("17 mi (27 km)"), rounded to the digits the text states.
 */
function describeStated(value: Described, stated: ShownUnit, common: ShownUnit | undefined): string {
  const amounts = statedAmounts(value);
  const written = `${HEDGE_WORDS[value.hedge]}${amounts.map(number).join('–')} ${stated.symbol}`;
  if (!common || common.key === stated.key) return written;
  // a change of temperature converts by the factor alone: 5.4 °F warmer is 3 °C warmer
  const [from, to] = value.trend
    ? [
        { ...stated, shift: 0 },
        { ...common, shift: 0 },
      ]
    : [stated, common];
  const converted = amounts.map((a) => inUnit((a + from.shift) * from.factor, to, a)).join('–');
  return `${written} (${converted} ${common.symbol})`;
}

/** The units a duration may be shown in (model/units.json), largest first. */
function durationUnits(model: Model): [string, number][] {
  return model.units.dimensions.duration?.display ?? [['s', 1]];
}

function isWhole(n: number): boolean {
  return Math.abs(n - Math.round(n)) < 1e-6;
}

/** The point of a value that was stated: the midpoint of a band, the bound of an open interval. */
function statedPoints(v: Described): number[] {
  switch (v.hedge) {
    case 'exact':
    case 'about':
      return [(v.low + v.high) / 2];
    case 'range':
      return [v.low, v.high];
    case 'nearly':
    case 'less-than':
    case 'at-most':
      return [v.high];
    default:
      return [v.low];
  }
}

/**
 * The unit all values of a finding are shown in: the largest in which every stated amount is
 * a whole number below 1,000 ("81–90 min" and "more than 120 min", not "1.35–1.5 h"), or else the
 * largest that is not bigger than the smallest amount.
 */
export function durationUnit(model: Model, values: Described[]): [string, number] {
  const units = durationUnits(model);
  const points = values.flatMap(statedPoints).filter((n) => Number.isFinite(n) && n > 0);
  if (points.length === 0) return ['s', 1];
  for (const [name, factor] of units) {
    if (factor > 1 && points.every((p) => p >= factor && isWhole(p / factor) && p / factor < 1000))
      return [name, factor];
  }
  const smallest = Math.min(...points);
  return units.find(([, factor]) => factor <= smallest) ?? ['s', 1];
}

/** Made once: `toLocaleString` with options builds a new formatter on every call (0.3 s on ECB+). */
const ONE_DECIMAL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const TWO_DECIMALS = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const AS_WRITTEN = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

function number(n: number): string {
  return (Math.abs(n) >= 10 || Math.abs(n) === 0 ? ONE_DECIMAL : TWO_DECIMALS).format(n);
}

function clock(minutes: number): string {
  const m = ((Math.round(minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** A bearing as the compass word it was read from ("south", not "about 135–225 deg"), when one matches. */
function compassWord(model: Model, value: Described): string | null {
  const turn = (n: number): number => ((n % 360) + 360) % 360;
  const width = (value.high - value.low) / 2;
  for (const [word, [bearing, reach]] of Object.entries(model.attributes.bearings ?? {}))
    if (turn(bearing) === turn(value.amount) && reach === width) return word;
  return null;
}

/**
 * One value in words. `unit` fixes the duration unit so that all sides of a finding read alike;
 * without it, each value picks its own.
 */
export function describeValue(model: Model, value: Described, unit?: DisplayUnit): string {
  // "43 yr on 2011-03-02 (up to 2 years older by 2013-03-04)": an age told earlier, reaching up to the
  // latest article's day; within a year it reads as told (a birthday between is only allowed for)
  if (value.aged)
    return value.aged.years > 1
      ? `${value.aged.reading} on ${value.aged.on} (up to ${value.aged.years} years older by ${value.aged.by})`
      : value.aged.reading;
  const compass = value.dimension === 'angle' ? compassWord(model, value) : null;
  if (compass) return compass;
  if (value.dimension === 'money' && value.hedge !== 'vague') return describeMoney(value);
  const stated = statedUnit(model, value);
  if (stated && value.hedge !== 'vague') return describeStated(value, stated, Array.isArray(unit) ? undefined : unit);
  const [name, factor] =
    value.dimension === 'duration' ? (Array.isArray(unit) ? unit : durationUnit(model, [value])) : ['', 1];
  const fmt = (n: number): string => {
    switch (value.dimension) {
      case 'time-of-day':
        return clock(n);
      case 'date':
        return new Date(n * 86_400_000).toISOString().slice(0, 10);
      case 'percent':
        return `${number(n)}%`;
      case 'money':
        return `${value.unit} ${number(n)}`;
      case 'magnitude':
        return `M${number(n)}`;
      default:
        return number(n / factor);
    }
  };
  const suffix =
    value.dimension === 'duration'
      ? ` ${name}`
      : value.dimension === 'time-of-day'
        ? value.zone
          ? ` ${value.zone}`
          : ''
        : value.dimension === 'percent' ||
            value.dimension === 'money' ||
            value.dimension === 'magnitude' ||
            value.dimension === 'count' ||
            value.dimension === 'date'
          ? ''
          : ` ${value.unit}`;
  // a number that is not whole is shown with the digits written (".357 caliber": 0.357, not 0.36)
  if (value.dimension === 'count' && value.hedge === 'exact' && !isWhole(value.amount) && value.low === value.high)
    return AS_WRITTEN.format(value.amount);
  // a count is whole: "about two dozen" is about 22–26 people, not 21.6–26.4
  const rounded = value.dimension === 'count' && value.hedge !== 'exact';
  const lowWhole = Number.isFinite(value.low) ? Math.ceil(value.low - 1e-9) : value.low;
  const highWhole = Number.isFinite(value.high) ? Math.floor(value.high + 1e-9) : value.high;
  const whole = rounded && lowWhole <= highWhole;
  const low = whole ? lowWhole : value.low;
  const high = whole ? highWhole : value.high;
  // a date range that is one whole year ("in 2002") is shown as the year
  const year = value.dimension === 'date' ? wholeYear(value) : null;
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
    case 'vague':
      if (year !== null) return String(year);
      return `${fmt(low)}${value.dimension === 'date' ? ' to ' : '–'}${fmt(high)}${suffix}`;
    case 'exact':
      // a band too narrow to show ("12.5 min (12.5–12.5)") is left out
      return low === high || fmt(low) === fmt(high)
        ? `${fmt((low + high) / 2)}${suffix}`
        : `${fmt((low + high) / 2)}${suffix} (${fmt(low)}–${fmt(high)})`;
    default:
      return low === high ? `about ${fmt(low)}${suffix}` : `about ${fmt(low)}–${fmt(high)}${suffix}`;
  }
}
