/** Unit and currency words after (or signs before) a number, from model/units.json and model/currencies.json. */
import { currencies, units, type UnitEntry } from '../model/lexicon.js';
import type { Dimension, Token } from '../types.js';
import { PhraseTable } from '../text/phrases.js';

export interface UnitMatch {
  dimension: Dimension;
  key: string;
  factor: number;
  shift: number;
  /** The unit as written. */
  stated: string;
  /** Base unit of the dimension (the currency code for money). */
  base: string;
  next: number;
}

const AMBIGUOUS = new Set(units.ambiguous);
const unitWords = new PhraseTable<UnitEntry>(units.units.flatMap((u) => u.words.map((w) => [w, u] as [string, UnitEntry])));
const currencySigns = new PhraseTable<string>(currencies.symbols);
const currencyWords = new PhraseTable<string>(currencies.words);
/** Minor units fold into the major one: "34 cents" is 0.34 USD (kept as 34 cents when stated). */
const MINOR: Record<string, [string, number]> = { 'USD-cent': ['USD', 0.01], 'GBP-pence': ['GBP', 0.01] };

export function baseUnit(dimension: Dimension): string {
  return units.dimensions[dimension]?.base ?? (dimension === 'count' ? 'item' : dimension === 'time-of-day' ? 'min-of-day' : dimension === 'age' ? 'yr' : dimension === 'magnitude' ? 'M' : '');
}

function stated(tokens: Token[], i: number, next: number): string {
  let text = '';
  for (let k = i; k < next; k++) text += (k > i && tokens[k]?.spaceBefore ? ' ' : '') + (tokens[k]?.text ?? '');
  return text;
}

/**
 * A unit starting at token i. `glued` says the unit touches the number ("3h", "30-day"):
 * short forms that are also words ("m", "in.", "c") are read only then, or before punctuation.
 */
export function unitAt(tokens: Token[], i: number, glued: boolean): UnitMatch | null {
  const match = unitWords.startingAt(tokens, i);
  if (!match) return null;
  const text = tokens.slice(i, match.next).map((t) => t.lower).join(match.next - i > 1 ? ' ' : '');
  if (AMBIGUOUS.has(text) || AMBIGUOUS.has(tokens[i]?.lower ?? '')) {
    const after = tokens[match.next];
    const ends = !after || after.kind === 'punct' || after.kind === 'number';
    if (!glued && !ends) return null;
  }
  const u = match.value;
  return { dimension: u.dimension, key: u.key, factor: u.factor, shift: u.shift ?? 0, stated: stated(tokens, i, match.next), base: baseUnit(u.dimension), next: match.next };
}

/**
 * "$", "US$", "£" right before the number. A sign of several tokens ("A$", "US$") must be
 * written as one piece in the case given ("a $ 300 million" is dollars, not Australian).
 */
export function currencySignBefore(tokens: Token[], i: number): { code: string; first: number } | null {
  const sign = currencySigns.endingBefore(tokens, i);
  if (!sign) return null;
  const written = tokens.slice(sign.first, i);
  const asOne = written.every((t, k) => k === 0 || !t.spaceBefore);
  const symbol = Object.keys(currencies.symbols).find((key) => key.replace(/\s/g, '') === written.map((t) => t.text).join(''));
  if (written.length > 1 && (!asOne || !symbol)) {
    // fall back to the last token alone ("$")
    const last = tokens[i - 1];
    const code = last ? currencies.symbols[last.text] : undefined;
    return code ? { code, first: i - 1 } : null;
  }
  return { code: sign.value, first: sign.first };
}

/** "dollars", "euros", "USD", "pounds" after the number. */
export function currencyWordAt(tokens: Token[], i: number): UnitMatch | null {
  const match = currencyWords.startingAt(tokens, i);
  if (!match) return null;
  // "p" only glued: "50p"
  if (match.value === 'GBP-pence' && tokens[i]?.lower === 'p' && tokens[i]?.spaceBefore) return null;
  return money(match.value, stated(tokens, i, match.next), match.next);
}

export function money(code: string, statedUnit: string, next: number): UnitMatch {
  const [base, factor] = MINOR[code] ?? [code, 1];
  return { dimension: 'money', key: code, factor, shift: 0, stated: statedUnit, base, next };
}
