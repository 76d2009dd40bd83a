/**
 * Reads a number written in digits or words starting at a token:
 * "1,200", "1.5 million", "2bn", "4½", "twenty-five", "four hundred", "a dozen".
 */
import { perModel } from '../model/derived.js';
import { PhraseTable } from '../text/phrases.js';
import type { Model, Token } from '../types.js';

const scaleFractions = perModel((model) => new PhraseTable<number>(model.numberWords.scaleFractions));

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

export function parseDigits(
  model: Model,
  tokens: Token[],
  i: number,
  options: NumberOptions = {},
): ParsedNumber | null {
  const token = tokens[i];
  if (!token) return null;
  const alone = model.numberWords.fractions[token.text];
  if (alone !== undefined) return { value: alone, next: i + 1, granularity: alone, words: false };
  if (token.kind !== 'number') return null;
  let text = token.text;
  // "1 234 567", "40 000": groups of three digits after one space
  let grouped = i;
  while (
    /^\d{1,3}$/.test(text.replace(/ /g, '').slice(0, 3)) &&
    /^\d{3}(?:\.\d+)?$/.test(tokens[grouped + 1]?.text ?? '') &&
    tokens[grouped + 1]?.start === (tokens[grouped]?.end ?? 0) + 1 &&
    /^\d{1,3}(?: \d{3})*$/.test(text)
  ) {
    grouped++;
    text += ` ${tokens[grouped]?.text}`;
  }
  if (grouped > i) {
    const value = Number(text.replace(/ /g, ''));
    return withScale(
      model,
      tokens,
      grouped + 1,
      { value, next: grouped + 1, granularity: digitGranularity(text.replace(/ /g, ''), value), words: false },
      options,
    );
  }
  if (THOUSANDS.test(text)) text = text.replace(/,/g, '');
  else if (!PLAIN.test(text)) return null;
  let value = Number(text);
  if (!Number.isFinite(value)) return null;
  let granularity = digitGranularity(text, value);
  let next = i + 1;
  // "3⁄8": the fraction slash joins a numerator and a denominator (a plain "/" may be a date)
  const slash = tokens[next];
  const denominator = tokens[next + 1];
  if (slash?.text === '\u2044' && !slash.spaceBefore && denominator?.kind === 'number' && !denominator.spaceBefore) {
    const over = Number(denominator.text);
    if (over > 0 && Number.isInteger(value))
      return { value: value / over, next: next + 2, granularity: 1 / over, words: false };
  }
  const fraction = tokens[next];
  if (fraction && !fraction.spaceBefore && model.numberWords.fractions[fraction.text] !== undefined) {
    value += model.numberWords.fractions[fraction.text] as number;
    granularity = Math.min(granularity, 0.25);
    next++;
  }
  return withScale(model, tokens, next, { value, next, granularity, words: false }, options);
}

function withScale(model: Model, tokens: Token[], next: number, n: ParsedNumber, options: NumberOptions): ParsedNumber {
  const scale = scaleAt(model, tokens, next, options, n.value);
  if (!scale) return n;
  // "7 hundred thousand": a larger scale word after a smaller one multiplies again
  const word = model.numberWords.scales[tokens[scale.next]?.lower ?? ''];
  const factor = word !== undefined && word > scale.factor ? scale.factor * word : scale.factor;
  const end = factor === scale.factor ? scale.next : scale.next + 1;
  return { ...n, value: n.value * factor, granularity: n.granularity * factor, next: end };
}

/** "million" after a space, or "bn"/"m"/"k" glued to the digits ("2bn", "€85m"). */
function scaleAt(
  model: Model,
  tokens: Token[],
  i: number,
  options: NumberOptions,
  before: number,
): { factor: number; next: number } | null {
  // "$2.6-million": a hyphen between the number and its scale
  if (
    tokens[i]?.text === '-' &&
    !tokens[i]?.spaceBefore &&
    !tokens[i + 1]?.spaceBefore &&
    model.numberWords.scales[tokens[i + 1]?.lower ?? ''] !== undefined &&
    (tokens[i + 1]?.lower ?? '') !== 'hundred'
  ) {
    const word = model.numberWords.scales[tokens[i + 1]?.lower ?? ''] as number;
    return { factor: word, next: i + 2 };
  }
  const token = tokens[i];
  if (!token || token.kind !== 'word') return null;
  const word = model.numberWords.scales[token.lower];
  if (word !== undefined) return { factor: word, next: i + 1 };
  // "6.1M", "2B users", "$1.4T": an upper-case scale letter glued to fewer than a thousand; not a code
  // ("GeForce 9400M"), a position before a name ("1B Mark Lee") or one of a pair ("3B/2B")
  const cased = model.numberWords.casedSuffixScales?.[token.text];
  const after = tokens[i + 1];
  const code = isWordAfter(after) || after?.text === '/' || /^\p{Lu}/u.test(after?.text ?? '');
  if (cased !== undefined && !token.spaceBefore && !code && Math.abs(before) < 1000)
    return { factor: cased, next: i + 1 };
  const suffix = model.numberWords.suffixScales[token.lower];
  const short = token.lower.length <= 1 || token.lower === 'k';
  // "3.4m barrels", "80m subscribers": a glued "m" with things counted after it is millions, not metres
  const counted = token.lower === 'm' && !token.spaceBefore && Boolean(after?.tags?.includes('Plural'));
  if (
    suffix !== undefined &&
    (!token.spaceBefore || !short) &&
    (options.millionSuffix || counted || !MONEY_SUFFIXES.has(token.lower))
  )
    return { factor: suffix, next: i + 1 };
  return null;
}

/** A letter or digit right against the scale letter: "2Bx" or "1.4TB" are no scale. */
const isWordAfter = (t: Token | undefined): boolean => Boolean(t && !t.spaceBefore && /^[\p{L}\d]/u.test(t.text));

/** Suffixes read as a scale only after a currency: "$3m", "$2b", "$200MM" (else metres, bytes, millimetres). */
const MONEY_SUFFIXES = new Set(['m', 'b', 'mm']);

function wordValue(model: Model, token: Token | undefined): { value: number; kind: 'unit' | 'ten' } | null {
  if (!token || token.kind !== 'word') return null;
  const unit = model.numberWords.units[token.lower];
  if (unit !== undefined) return { value: unit, kind: 'unit' };
  const ten = model.numberWords.tens[token.lower];
  if (ten !== undefined) return { value: ten, kind: 'ten' };
  return null;
}

/** "twenty-five", "four hundred and twelve", "two thousand", "a dozen", "three dozen". */
export function parseWords(model: Model, tokens: Token[], i: number): ParsedNumber | null {
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
    if (!following || (model.numberWords.scales[following.lower] === undefined && following.lower !== 'dozen'))
      return null;
    current = 1;
    previous = 'unit';
    next = i + 1;
  }
  for (;;) {
    const token = tokens[next];
    if (!token) break;
    const word = wordValue(model, token);
    if (word) {
      const fits =
        previous === 'start' || previous === 'scale' || (previous === 'ten' && word.kind === 'unit' && word.value < 10);
      if (!fits) break;
      current += word.value;
      granularity = placeValue(word.value);
      previous = word.kind;
      next++;
      // "twenty-five": a ten, a hyphen and a unit with no space between
      const dash = tokens[next];
      const after = tokens[next + 1];
      const unit = wordValue(model, after);
      if (
        word.kind === 'ten' &&
        dash?.text === '-' &&
        !dash.spaceBefore &&
        !after?.spaceBefore &&
        unit?.kind === 'unit' &&
        unit.value < 10
      ) {
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
    const scale = model.numberWords.scales[token.lower];
    // "two hundred thousand" and "three lakh crore" scale twice; "thousand thousand" does not
    if (scale === undefined || (previous === 'scale' && !(scale > granularity))) break;
    if (scale === 100) {
      current *= 100;
      granularity = 100;
    } else if (previous === 'scale' && current === 0) {
      // "three lakh crore": the second scale multiplies the first
      total *= scale;
      granularity = placeValue(total);
    } else {
      total += current * scale;
      current = 0;
      granularity = placeValue(total);
    }
    previous = 'scale';
    next++;
    // "four hundred and twelve"
    if (tokens[next]?.lower === 'and' && wordValue(model, tokens[next + 1])) next++;
  }
  if (previous === 'start') return null;
  const value = total + current;
  return { value, next, granularity: Math.min(granularity, placeValue(value)), words: true };
}

/**
 * A number at token i, with what may follow it: "-1", ".08", "3/4", "2 1/4", "1e10",
 * "two thirds", "one and a half", "three dozens", "two point five".
 */
export function parseNumber(
  model: Model,
  tokens: Token[],
  i: number,
  options: NumberOptions = {},
): ParsedNumber | null {
  const signed = signAt(model, tokens, i);
  if (signed) {
    const rest = parseNumber(model, tokens, signed.next, options);
    if (!rest || (!signed.word && rest.words)) return null;
    return { ...rest, value: signed.plus ? rest.value : -rest.value };
  }
  const base =
    scaleFraction(model, tokens, i) ??
    leadingDecimal(tokens, i) ??
    parseDigits(model, tokens, i, options) ??
    parseWords(model, tokens, i) ??
    articleFraction(model, tokens, i);
  return base ? withFollowers(model, tokens, base) : null;
}

/** "-5", "+0.7" (a sign glued to digits, not after a word or number) or "minus five". */
function signAt(model: Model, tokens: Token[], i: number): { next: number; word: boolean; plus?: true } | null {
  const token = tokens[i];
  const next = tokens[i + 1];
  if (!token || !next) return null;
  if ((token.lower === 'minus' || token.lower === 'negative') && (next.kind === 'number' || wordValue(model, next)))
    return { next: i + 1, word: true };
  const previous = tokens[i - 1];
  const free = !previous || token.spaceBefore || (previous.kind === 'punct' && previous.text !== '-');
  if ((token.text === '-' || token.text === '−') && next.kind === 'number' && !next.spaceBefore && free)
    return { next: i + 1, word: false };
  if (token.text === '+' && next.kind === 'number' && !next.spaceBefore && free && !previous?.text.endsWith('+'))
    return { next: i + 1, word: false, plus: true };
  return null;
}

/** "half a million", "quarter million", "two thirds of a million" */
function scaleFraction(model: Model, tokens: Token[], i: number): ParsedNumber | null {
  const match = scaleFractions(model).startingAt(tokens, i);
  const scale = match ? model.numberWords.scales[tokens[match.next]?.lower ?? ''] : undefined;
  if (!match || scale === undefined || scale < 1000) return null;
  return { value: match.value * scale, next: match.next + 1, granularity: match.value * scale, words: true };
}

/** ".08" */
function leadingDecimal(tokens: Token[], i: number): ParsedNumber | null {
  const dot = tokens[i];
  const digits = tokens[i + 1];
  const previous = tokens[i - 1];
  if (
    dot?.text !== '.' ||
    !digits ||
    digits.spaceBefore ||
    !/^\d+$/.test(digits.text) ||
    (previous && !dot.spaceBefore)
  )
    return null;
  return { value: Number(`0.${digits.text}`), next: i + 2, granularity: 10 ** -digits.text.length, words: false };
}

/** "a third", "an eighth", "a half" */
function articleFraction(model: Model, tokens: Token[], i: number): ParsedNumber | null {
  const article = tokens[i]?.lower;
  const den = model.numberWords.denominators[tokens[i + 1]?.lower ?? ''];
  if ((article !== 'a' && article !== 'an') || den === undefined) return null;
  return { value: 1 / den, next: i + 2, granularity: 1 / den, words: true };
}

/** Superscript digits and minus, as written in "10⁻⁵". */
const SUPERSCRIPTS: Record<string, string> = {
  '⁰': '0',
  '¹': '1',
  '²': '2',
  '³': '3',
  '⁴': '4',
  '⁵': '5',
  '⁶': '6',
  '⁷': '7',
  '⁸': '8',
  '⁹': '9',
  '⁻': '-',
};

/** "× 10⁻⁵", "x 10^23": a power of ten after a number, and where it ends. */
function powerOfTen(tokens: Token[], k: number): { power: number; next: number } | null {
  const times = tokens[k]?.text ?? '';
  if (!['×', 'x', 'X', '*'].includes(times) || tokens[k + 1]?.text !== '10') return null;
  let j = k + 2;
  let written = '';
  if (tokens[j]?.text === '^' && !tokens[j]?.spaceBefore) {
    j++;
    if (tokens[j]?.text === '-' && !tokens[j]?.spaceBefore) written += tokens[j++]?.text;
    if (tokens[j]?.kind !== 'number' || tokens[j]?.spaceBefore) return null;
    written += tokens[j++]?.text;
  } else
    for (; tokens[j] && !tokens[j]?.spaceBefore && /^[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+$/u.test(tokens[j]?.text ?? ''); j++)
      written += [...(tokens[j]?.text ?? '')].map((c) => SUPERSCRIPTS[c]).join('');
  const power = Number(written);
  return written && Number.isInteger(power) ? { power, next: j } : null;
}

/** "06/2013", "11/2009": a month and a four-digit year of this era, written with a slash. */
const monthAndYear = (month: number, year: string): boolean =>
  Number.isInteger(month) && month >= 1 && month <= 12 && /^(?:19|20)\d\d$/.test(year);

function withFollowers(model: Model, tokens: Token[], base: ParsedNumber): ParsedNumber {
  let { value, next, granularity } = base;
  const at = (k: number) => tokens[next + k];
  // "3×10⁻⁵", "6.02 x 10^23"
  const power = base.words ? null : powerOfTen(tokens, next);
  if (power)
    return {
      ...base,
      value: value * 10 ** power.power,
      next: power.next,
      granularity: granularity * 10 ** power.power,
    };
  // "2-1/2": a whole number and a fraction joined by a hyphen
  if (
    !base.words &&
    Number.isInteger(value) &&
    at(0)?.text === '-' &&
    !at(0)?.spaceBefore &&
    at(1)?.kind === 'number' &&
    !at(1)?.spaceBefore &&
    at(2)?.text === '/' &&
    !at(2)?.spaceBefore &&
    at(3)?.kind === 'number' &&
    !at(3)?.spaceBefore &&
    at(4)?.text !== '/' &&
    Number(at(1)?.text) < Number(at(3)?.text)
  ) {
    const over = Number(at(3)?.text);
    return { ...base, value: value + Number(at(1)?.text) / over, next: next + 4, granularity: 1 / over };
  }
  // "3/4", "2 1/4" (not dates: "3/4/2020", nor its tail "4/2020", nor a month and year "06/2013")
  if (
    !base.words &&
    at(0)?.text === '/' &&
    !at(0)?.spaceBefore &&
    at(1)?.kind === 'number' &&
    !at(1)?.spaceBefore &&
    at(2)?.text !== '/' &&
    Number(at(1)?.text) > 0 &&
    !(tokens[next - 2]?.text === '/' && !tokens[next - 1]?.spaceBefore) &&
    !monthAndYear(value, at(1)?.text ?? '')
  ) {
    const over = Number(at(1)?.text);
    // "41/2 months": a mixed number whose space was lost (4 1/2), never forty-one halves
    const mixed = lostSpace(value, over);
    if (mixed !== null) return { ...base, value: mixed, next: next + 2, granularity: 1 / over };
    return {
      ...base,
      value: value / Number(at(1)?.text),
      next: next + 2,
      granularity: granularity / Number(at(1)?.text),
    };
  }
  if (
    !base.words &&
    Number.isInteger(value) &&
    at(0)?.kind === 'number' &&
    at(0)?.spaceBefore &&
    at(1)?.text === '/' &&
    !at(1)?.spaceBefore &&
    at(2)?.kind === 'number' &&
    !at(2)?.spaceBefore &&
    at(3)?.text !== '/'
  ) {
    const fraction = Number(at(0)?.text) / Number(at(2)?.text);
    if (fraction > 0 && fraction < 1)
      return { ...base, value: value + fraction, next: next + 3, granularity: 1 / Number(at(2)?.text) };
  }
  // "1e10", "12.32e+14", "-12e-1"
  if (!base.words && at(0)?.lower.startsWith('e') && !at(0)?.spaceBefore) {
    const glued = at(0)?.lower === 'e';
    const signTok = glued ? at(1) : undefined;
    const sign =
      signTok && (signTok.text === '-' || signTok.text === '+') && !signTok.spaceBefore
        ? signTok.text === '-'
          ? -1
          : 1
        : 0;
    const exp = glued ? at(sign ? 2 : 1) : undefined;
    if (exp && exp.kind === 'number' && !exp.spaceBefore && /^\d+$/.test(exp.text)) {
      const e = (sign || 1) * Number(exp.text);
      return { ...base, value: value * 10 ** e, next: next + (sign ? 3 : 2), granularity: granularity * 10 ** e };
    }
  }
  // "three dozens"
  if (at(0)?.lower === 'dozens' || (base.words === false && at(0)?.lower === 'dozen'))
    return { ...base, value: value * 12, next: next + 1, granularity: granularity * 12 };
  // "two thirds", "twenty-three fifths"
  const den = model.numberWords.denominators[at(0)?.lower ?? ''];
  if (base.words && den !== undefined && at(0)?.lower !== 'quarter' && value >= 1)
    return { ...base, value: value / den, next: next + 1, granularity: 1 / den };
  // "one and a half", "five and a quarter", "twenty and three fifths"
  if (at(0)?.lower === 'and') {
    const part = articleFraction(model, tokens, next + 1) ?? wordFraction(model, tokens, next + 1);
    if (part && part.value < 1) {
      // "3 million and a half" is 3.5 million; "five and a half million" takes its scale after
      const scale = placeValue(value) >= 1000 ? placeValue(value) : 1;
      value += part.value * scale;
      granularity = Math.min(granularity, part.granularity * scale);
      next = part.next;
      const after = model.numberWords.scales[tokens[next]?.lower ?? ''];
      if (scale === 1 && after !== undefined && after >= 1000) {
        value *= after;
        granularity *= after;
        next++;
      }
    }
  }
  // "one out of three"
  if (at(0)?.lower === 'out' && at(1)?.lower === 'of') {
    const of = parseDigits(model, tokens, next + 2) ?? parseWords(model, tokens, next + 2);
    if (of && of.value >= value && of.value > 0)
      return { ...base, value: value / of.value, next: of.next, granularity: granularity / of.value };
  }
  // "two point five", "two hundred point zero three"
  if (base.words && at(0)?.lower === 'point') {
    let digits = '';
    let k = next + 1;
    for (let w = wordValue(model, tokens[k]); w && w.kind === 'unit' && w.value < 10; w = wordValue(model, tokens[++k]))
      digits += String(w.value);
    if (!digits) {
      const two = parseWords(model, tokens, k);
      if (two && two.value < 100) {
        digits = String(two.value);
        k = two.next;
      }
    }
    if (digits) return { ...base, value: value + Number(`0.${digits}`), next: k, granularity: 10 ** -digits.length };
  }
  return { ...base, value, next, granularity };
}

/** "three fifths" after "and". */
function wordFraction(model: Model, tokens: Token[], i: number): ParsedNumber | null {
  const numerator = parseWords(model, tokens, i);
  const den = numerator ? model.numberWords.denominators[tokens[numerator.next]?.lower ?? ''] : undefined;
  return numerator && den !== undefined
    ? { value: numerator.value / den, next: numerator.next + 1, granularity: 1 / den, words: true }
    : null;
}

/** Halves, thirds, quarters and eighths: the fractions written after a whole number ("4 1/2"). */
const MIXED_OVER = new Set([2, 3, 4, 8]);

/**
 * A mixed number written without its space: "41/2" is 4 1/2 when the last digit is a proper
 * numerator of a common denominator; else null ("15/2" stays 7.5).
 */
function lostSpace(value: number, over: number): number | null {
  if (!Number.isInteger(value) || value < 10 || !MIXED_OVER.has(over)) return null;
  const numerator = value % 10;
  return numerator >= 1 && numerator < over ? Math.floor(value / 10) + numerator / over : null;
}
