import { publicationDay } from '../../src/extract/dates.js';
import { extractQuantities } from '../../src/extract/quantities.js';
import { normalizeMention } from '../../src/normalize/index.js';
import { tokenize } from '../../src/text/tokens.js';
import type { QuantityMention } from '../../src/types.js';
import { MODEL } from './model.js';

/** Every normalized quantity in a one-sentence text. */
export function quantities(text: string, date?: string): QuantityMention[] {
  return extractQuantities(MODEL, text, tokenize(text), 0, publicationDay(date)).map((raw) =>
    normalizeMention(MODEL, raw),
  );
}

/** An interval as "[a, b)" with bounds in the given unit factor, for compact tables. */
export function show(q: QuantityMention, factor = 1): string {
  const v = q.value;
  const f = (n: number): string => (Number.isFinite(n) ? String(Math.round((n / factor) * 1000) / 1000) : '∞');
  return `${v.lowInclusive ? '[' : '('}${f(v.low)}, ${f(v.high)}${v.highInclusive ? ']' : ')'}`;
}
