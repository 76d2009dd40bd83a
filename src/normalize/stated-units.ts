/**
 * Measures shown as the articles wrote them: "17 mi", "about 32 km", not "27,358.8 m". Values are
 * compared in base units; a reader is shown each in its own unit, and where one finding's sides
 * use different units, the value in the unit most of them use, rounded to what the text states.
 */
import { perModel } from '../model/derived.js';
import type { Model, Quantity } from '../types.js';
import { mostFrequent } from '../util/most-frequent.js';

/** A unit as shown: its symbol and how it converts to the dimension's base unit. */
export interface ShownUnit {
  key: string;
  symbol: string;
  factor: number;
  shift: number;
}

/** "mi" of mile, "km" of kilometer, "°C" of celsius: its cased symbol, else its shortest one-word name. */
function symbolOf(words: string[], cased: string[] | undefined, key: string): string {
  if (cased?.[0]) return cased[0];
  const short = words.filter((w) => !w.includes(' ') && !w.endsWith('.')).sort((a, b) => a.length - b.length)[0];
  const symbol = short && short.length <= 3 ? short : key.replace(/-/g, ' ');
  return symbol.replace(/^°(\p{Ll})$/u, (_, letter: string) => `°${letter.toUpperCase()}`);
}

/** Each unit key of model/units.json and model/units-si.json, as shown. */
const shownUnits = perModel((model) => {
  const table = new Map<string, ShownUnit>();
  for (const u of model.units.units)
    if (!table.has(u.key))
      table.set(u.key, {
        key: u.key,
        symbol: symbolOf(u.words, u.cased, u.key),
        factor: u.factor,
        shift: u.shift ?? 0,
      });
  return table;
});

/** The dimensions shown in a stated unit: measures (money, counts, clock times and the like have their own). */
const NOT_MEASURES = new Set(['count', 'money', 'percent', 'date', 'time-of-day', 'magnitude', 'age', 'duration']);

/** The unit a value was written in, when it is a measure with a known unit. */
export function statedUnit(
  model: Model,
  value: { dimension: Quantity['dimension']; unitKey?: string | null },
): ShownUnit | null {
  if (NOT_MEASURES.has(value.dimension) || !value.unitKey) return null;
  return shownUnits(model).get(value.unitKey) ?? null;
}

/** The unit most of a finding's values were written in (the first written of those tied), if any. */
export function commonUnit(
  model: Model,
  values: { dimension: Quantity['dimension']; unitKey?: string | null }[],
): ShownUnit | null {
  // one ShownUnit object per key (shownUnits), so the units themselves are counted
  const units = values.map((v) => statedUnit(model, v)).filter((u): u is ShownUnit => u !== null);
  return mostFrequent(units) ?? null;
}

/** Significant digits a stated number holds ("17" two, "20" one, "2.50" three), at least two. */
function digitsOf(n: number): number {
  const plain = String(Math.abs(n)).replace('.', '').replace(/^0+/, '');
  const trimmed = Number.isInteger(n) ? plain.replace(/0+$/, '') : plain;
  return Math.max(2, trimmed.length);
}

/** `n` to `digits` significant digits, with thousands separators. */
export function roundTo(n: number, digits: number): string {
  if (n === 0 || !Number.isFinite(n)) return String(n);
  const rounded = Number(n.toPrecision(digits));
  return rounded.toLocaleString('en-US', { maximumFractionDigits: 12 });
}

/** A base-unit number in `unit`, rounded to as many digits as the stated amount holds. */
export function inUnit(base: number, unit: ShownUnit, stated: number): string {
  return roundTo(base / unit.factor - unit.shift, digitsOf(stated));
}
