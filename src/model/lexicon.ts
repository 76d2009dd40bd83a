/**
 * The data files in `model/` (lexicons, unit tables), loaded once and typed.
 * The files are data, not code: edit them, not this loader.
 */
import { createRequire } from 'node:module';
import type { Dimension, Hedge } from '../types.js';

const load = createRequire(import.meta.url);
/**
 * Lexicon records become objects without a prototype, so that a look-up of any word an
 * article holds ("valueOf", "constructor", "__proto__") finds nothing instead of a built-in.
 */
function bare(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(bare);
  if (value === null || typeof value !== 'object') return value;
  const out = Object.create(null) as Record<string, unknown>;
  for (const [key, v] of Object.entries(value)) out[key] = bare(v);
  return out;
}

/** `model/` sits at the package root, two levels above both `src/model` and `dist/model`. */
const read = <T>(name: string): T => bare(load(`../../model/${name}.json`)) as T;

export interface HedgeLexicon {
  before: Record<string, Hedge>;
  /** '=' marks "or equal": it makes a strict hedge inclusive. */
  after: Record<string, Hedge | '='>;
  tolerance: { about: number; nearly: number; 'just-over': number; rounding: number; clockAbout: number };
}

export interface NumberWords {
  units: Record<string, number>;
  tens: Record<string, number>;
  scales: Record<string, number>;
  suffixScales: Record<string, number>;
  singles: Record<string, number>;
  fractions: Record<string, number>;
  denominators: Record<string, number>;
  unitQuantifiers: Record<string, number>;
  scaleFractions: Record<string, number>;
  /** Words before "one" that make it a pronoun ("the one you mentioned", "which one"). */
  pronounOne: string[];
  articles: string[];
}

export interface UnitEntry {
  key: string;
  dimension: Dimension;
  factor: number;
  shift?: number;
  words: string[];
}

export interface Units {
  dimensions: Record<string, { base: string; display?: [string, number][] }>;
  /** Short unit words that are also ordinary words: read only right after a number. */
  ambiguous: string[];
  units: UnitEntry[];
}

export interface Currencies {
  symbols: Record<string, string>;
  words: Record<string, string>;
  codes: string[];
}

export interface Vague {
  amounts: Record<string, [number, number]>;
  fractions: Record<string, number | [number, number]>;
}

export interface Offsets {
  after: string[];
  trend: { up: string[]; down: string[] };
}

export interface Events {
  events: Record<string, string[]>;
}

export interface Attributes {
  byDimension: Record<string, string>;
  countCues: Record<string, string[]>;
}

export interface Clock {
  meridiem: Record<string, 'am' | 'pm'>;
  named: Record<string, number>;
  zones: Record<string, string>;
  oclock: string[];
  /** "past" +1, "to" −1: minutes after or before the hour. */
  past: Record<string, 1 | -1>;
  quarters: Record<string, number>;
  /** Words that may stand before a clock time written without am/pm ("at seven", "until 10"). */
  at: string[];
}

export interface CountNouns {
  people: string[];
  function: string[];
}

export interface Calendar {
  months: Record<string, number>;
  weekdays: Record<string, number>;
  relativeDays: Record<string, number>;
  relativeSpans: Record<string, ['week' | 'month' | 'year', number]>;
}

export const hedges = read<HedgeLexicon>('hedges');
export const numberWords = read<NumberWords>('number-words');
export const units = read<Units>('units');
export const offsets = read<Offsets>('offsets');
export const events = read<Events>('events');
export const attributes = read<Attributes>('attributes');
export const clock = read<Clock>('clock');
export const countNouns = read<CountNouns>('count-nouns');
export const currencies = read<Currencies>('currencies');
export const vague = read<Vague>('vague');
export const calendar = read<Calendar>('calendar');
