/**
 * Reads a number written in digits or words starting at a token:
 * "1,200", "1.5 million", "2bn", "4½", "twenty-five", "four hundred", "a dozen".
 */
import { numberWords } from '../model/lexicon.js';
import type { Token } from '../types.js';

export interface ParsedNumber {
  value: number;
  /** Index of the first token after the number. */
  next: number;
  /** The place value of the last stated digit (1 for "24", 100 for "400", 0.1 for "1.5"): how rounded it is. */
  granularity: number;
  /** Written in words ("two") rather than digits ("2"). */
  words: boolean;
}

const THOUSANDS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const PLAIN = /^\d+(?:\.\d+)?$/;

/** The largest power of ten that divides an integer (1 for 0). */
export function placeValue(n: number): number {
  if (!Number.isInteger(n) || n === 0) return 1;
  let g = 1;
  while (n % (g * 10) === 0 && g < 1e15) g *= 10;
  return g;
}

function digitGranularity(text: string, value: number): number {
  const dot = text.indexOf('.');
  if (dot >= 0) return 10 ** -(text.length - dot - 1);
  return placeValue(value);
}

export interface NumberOptions {
  /** Read a glued "m" as million ("€85m"): only after a currency sign, since "100m" is usually metres. */
  millionSuffix?: boolean;
}

export function parseDigits(tokens: Token[], i: number, options: NumberOptions = {}): ParsedNumber | null {
  const token = tokens[i];
  if (!token || token.kind !== 'number') return null;
  let text = token.text;
  if (THOUSANDS.test(text)) text = text.replace(/,/g, '');
  else if (!PLAIN.test(text)) return null;
  let value = Number(text);
  if (!Number.isFinite(value)) return null;
  let granularity = digitGranularity(text, value);
  let next = i + 1;
  const fraction = tokens[next];
  if (fraction && !fraction.spaceBefore && numberWords.fractions[fraction.text] !== undefined) {
    value += numberWords.fractions[fraction.text] as number;
    granularity = Math.min(granularity, 0.25);
    next++;
  }
  const scale = scaleAt(tokens, next, options);
  if (scale) {
    value *= scale.factor;
    granularity *= scale.factor;
    next = scale.next;
  }
  return { value, next, granularity, words: false };
}

/** "million" after a space, or "bn"/"m"/"k" glued to the digits ("2bn", "€85m"). */
function scaleAt(tokens: Token[], i: number, options: NumberOptions): { factor: number; next: number } | null {
  const token = tokens[i];
  if (!token || token.kind !== 'word') return null;
  const word = numberWords.scales[token.lower];
  if (word !== undefined && token.lower !== 'hundred') return { factor: word, next: i + 1 };
  const suffix = numberWords.suffixScales[token.lower];
  if (suffix !== undefined && !token.spaceBefore && (options.millionSuffix || (token.lower !== 'm' && token.lower !== 'b'))) return { factor: suffix, next: i + 1 };
  return null;
}

function wordValue(token: Token | undefined): { value: number; kind: 'unit' | 'ten' } | null {
  if (!token || token.kind !== 'word') return null;
  const unit = numberWords.units[token.lower];
  if (unit !== undefined) return { value: unit, kind: 'unit' };
  const ten = numberWords.tens[token.lower];
  if (ten !== undefined) return { value: ten, kind: 'ten' };
  return null;
}

/** "twenty-five", "four hundred and twelve", "two thousand", "a dozen", "three dozen". */
export function parseWords(tokens: Token[], i: number): ParsedNumber | null {
  let total = 0;
  let current = 0;
  let granularity = 1;
  let next = i;
  /** What the previous word was: nothing yet, a scale ("hundred"), a ten ("twenty") or a unit ("five"). */
  let previous: 'start' | 'scale' | 'ten' | 'unit' = 'start';
  const first = tokens[i];
  // "a hundred", "a dozen", "a million"
  if (first && (first.lower === 'a' || first.lower === 'an')) {
    const following = tokens[i + 1];
    if (!following || (numberWords.scales[following.lower] === undefined && following.lower !== 'dozen')) return null;
    current = 1;
    previous = 'unit';
    next = i + 1;
  }
  for (;;) {
    const token = tokens[next];
    if (!token) break;
    const word = wordValue(token);
    if (word) {
      const fits = previous === 'start' || previous === 'scale' || (previous === 'ten' && word.kind === 'unit' && word.value < 10);
      if (!fits) break;
      current += word.value;
      granularity = placeValue(word.value);
      previous = word.kind;
      next++;
      // "twenty-five": a ten, a hyphen and a unit with no space between
      const dash = tokens[next];
      const after = tokens[next + 1];
      const unit = wordValue(after);
      if (word.kind === 'ten' && dash?.text === '-' && !dash.spaceBefore && !after?.spaceBefore && unit?.kind === 'unit' && unit.value < 10) {
        current += unit.value;
        granularity = 1;
        previous = 'unit';
        next += 2;
      }
      continue;
    }
    if (previous === 'start') return null;
    if (token.lower === 'dozen' && previous !== 'scale') {
      current *= 12;
      granularity = placeValue(current);
      previous = 'scale';
      next++;
      continue;
    }
    const scale = numberWords.scales[token.lower];
    // "two hundred thousand" scales twice; "thousand thousand" does not
    if (scale === undefined || (previous === 'scale' && !(scale > 100 && granularity === 100))) break;
    if (scale === 100) {
      current *= 100;
      granularity = 100;
    } else {
      total += current * scale;
      current = 0;
      granularity = placeValue(total);
    }
    previous = 'scale';
    next++;
    // "four hundred and twelve"
    if (tokens[next]?.lower === 'and' && wordValue(tokens[next + 1])) next++;
  }
  if (previous === 'start') return null;
  const value = total + current;
  return { value, next, granularity: Math.min(granularity, placeValue(value)), words: true };
}

export function parseNumber(tokens: Token[], i: number, options: NumberOptions = {}): ParsedNumber | null {
  return parseDigits(tokens, i, options) ?? parseWords(tokens, i);
}
