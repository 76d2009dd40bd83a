/** Unit and currency words after (or signs before) a number, from model/units.json and model/currencies.json. */
import type { UnitEntry } from '../model/data.js';
import { perModel } from '../model/derived.js';
import { tokenize } from '../text/tokens.js';
import type { Dimension, Model, Token } from '../types.js';
import { PhraseTable } from '../text/phrases.js';
import { addTo } from '../util/add-to.js';

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
  /**
   * A scale the unit carries ("30 MUSD", "75 USD million"), already in `factor`; the stated amount times it
   * is the amount.
   */
  scale?: number;
}

/**
 * Words of several tokens matched against the text. Where a table word has a letter right
 * against a digit ("m2", "km2") the text must have them glued too: "12 m 2 dm" is no m².
 */
class WordTable<T> {
  /**
   * The words by their first token, longest first (in table order among equals), as a scan of the whole table
   * meets them.
   */
  private readonly byFirst = new Map<string, { words: string[]; glue: boolean[]; value: T }[]>();

  constructor(entries: [string, T][]) {
    const phrases = entries
      .map(([phrase, value]) => {
        const tokens = tokenize(phrase.toLowerCase());
        const glue = tokens.map(
          (t, k) =>
            k > 0 && !t.spaceBefore && /[\p{L}\d]$/u.test(tokens[k - 1]?.text ?? '') && /^[\p{L}\d]/u.test(t.text),
        );
        return { words: tokens.map((t) => t.lower), glue, value };
      })
      .sort((a, b) => b.words.length - a.words.length);
    for (const phrase of phrases) if (phrase.words[0] !== undefined) addTo(this.byFirst, phrase.words[0], phrase);
  }

  startingAt(tokens: Token[], i: number): { value: T; next: number } | null {
    return this.allStartingAt(tokens, i)[0] ?? null;
  }

  /** Every reading of the longest words at token i ("degrees": of temperature, of arc), in table order. */
  allStartingAt(tokens: Token[], i: number): { value: T; next: number }[] {
    const found: { value: T; next: number }[] = [];
    for (const { words, glue, value } of this.byFirst.get(tokens[i]?.lower ?? '') ?? []) {
      if (found.length && words.length < (found[0] as { next: number }).next - i) break;
      if (words.every((w, k) => tokens[i + k]?.lower === w && (!glue[k] || !tokens[i + k]?.spaceBefore)))
        found.push({ value, next: i + words.length });
    }
    return found;
  }
}

/** The unit and currency tables of model/units.json and model/currencies.json, per model. */
const tables = perModel((model) => {
  const AMBIGUOUS = new Set(model.units.ambiguous);
  const EXACT_CASE = new Set(model.units.exactCase);
  const unitWords = new WordTable<UnitEntry>(
    model.units.units.flatMap((u) => [...u.words, ...(u.cased ?? [])].map((w) => [w, u] as [string, UnitEntry])),
  );
  const currencySigns = new PhraseTable<string>(model.currencies.symbols);
  const currencyWords = new WordTable<string>(Object.entries(model.currencies.words));
  /** Signs of one character ("€", "$", "元") may also follow the number: "10 €", "100元". */
  const SIGNS_AFTER = new Map(Object.entries(model.currencies.symbols).filter(([sign]) => [...sign].length === 1));
  const CODES_BEFORE = new Set(model.currencies.codes.filter((code) => !model.currencies.wordCodes.includes(code)));
  /** No code is longer than this (a scaled one has one letter more): longer words are not read as codes. */
  const LONGEST_CODE = Math.max(0, ...[...CODES_BEFORE].map((code) => code.length));
  const LOOSE_LETTERS = new Set(model.currencies.looseLetters);
  const CODES = new Set(model.currencies.codes);
  /** Scale words that may follow a currency code: "75 USD million", "EUR 3 bn" is read by the number. */
  const CODE_SCALES = new Map(
    [
      ...Object.entries(model.numberWords.scales),
      ...Object.entries(model.numberWords.suffixScales).filter(([w]) => w.length > 1),
    ].filter(([, f]) => f >= 1000),
  );
  /** Minor units fold into the major one: "34 cents" is 0.34 USD (kept as 34 cents when stated). */
  const MINOR: Record<string, [string, number]> = model.currencies.minor;
  const CONTEXTS = new Map(
    Object.entries(model.units.contexts).map(([name, c]) => [
      name,
      { cues: new Set(c.cues), against: new Set(c.against) },
    ]),
  );
  return {
    AMBIGUOUS,
    EXACT_CASE,
    unitWords,
    currencySigns,
    currencyWords,
    SIGNS_AFTER,
    CODES_BEFORE,
    LONGEST_CODE,
    LOOSE_LETTERS,
    CODES,
    CODE_SCALES,
    MINOR,
    CONTEXTS,
  };
});

const OPEN: Record<string, string> = { '(': ')', '[': ']', '{': '}', '<': '>' };
/** Punctuation after which a glued letter ("40C.") ends the quantity. */
const ENDS = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '"', '”', '’', "'"]);

export function baseUnit(model: Model, dimension: Dimension): string {
  return (
    model.units.dimensions[dimension]?.base ??
    (dimension === 'count'
      ? 'item'
      : dimension === 'time-of-day'
        ? 'min-of-day'
        : dimension === 'age'
          ? 'yr'
          : dimension === 'magnitude'
            ? 'M'
            : '')
  );
}

function stated(tokens: Token[], i: number, next: number): string {
  let text = '';
  for (let k = i; k < next; k++) text += (k > i && tokens[k]?.spaceBefore ? ' ' : '') + (tokens[k]?.text ?? '');
  return text;
}

/**
 * A unit starting at token i. `glued` says the unit touches the number ("3h", "30-day"):
 * short forms that are also words ("m", "in.", "c") are read only then, or before punctuation.
 * A unit in brackets right after the number counts too: "20 (kg)", "20 [kg]".
 */
export function unitAt(model: Model, tokens: Token[], i: number, glued: boolean): UnitMatch | null {
  const close = OPEN[tokens[i]?.text ?? ''];
  if (close) {
    const inner = plainUnitAt(model, tokens, i + 1, true);
    if (!inner || inner.ambiguous || tokens[inner.match.next]?.text !== close) return null;
    return inner.match.dimension === 'duration'
      ? null
      : { ...inner.match, stated: stated(tokens, i, inner.match.next + 1), next: inner.match.next + 1 };
  }
  return plainUnitAt(model, tokens, i, glued)?.match ?? null;
}

function plainUnitAt(
  model: Model,
  tokens: Token[],
  i: number,
  glued: boolean,
): { match: UnitMatch; ambiguous: boolean } | null {
  // a symbol written in its case first: "Nm" is newton-metres before "nm" may be nanometres
  const written = (next: number): string =>
    tokens
      .slice(i, next)
      .map((t) => t.text)
      .join('');
  const matches = tables(model).unitWords.allStartingAt(tokens, i);
  const exact = matches.filter((m) => m.value.cased?.includes(written(m.next)));
  for (const match of [...exact, ...matches.filter((m) => !exact.includes(m))]) {
    const reading = readingOf(model, tokens, i, glued, match);
    if (reading !== undefined) return reading;
  }
  return null;
}

/**
 * One reading of a unit word: the match, null when the word is no unit here, undefined when this reading
 * needs a context it lacks.
 */
function readingOf(
  model: Model,
  tokens: Token[],
  i: number,
  glued: boolean,
  match: { value: UnitEntry; next: number },
): { match: UnitMatch; ambiguous: boolean } | null | undefined {
  const u = match.value;
  const text = tokens
    .slice(i, match.next)
    .map((t) => t.lower)
    .join(match.next - i > 1 ? ' ' : '');
  const written = tokens
    .slice(i, match.next)
    .map((t) => t.text)
    .join('');
  // a symbol read as written: "MW" is megawatts, "mW" milliwatts (the next reading is tried)
  const symbol = u.cased?.find((c) => c.replace(/\s+/g, '') === written);
  if (u.cased && !symbol && !u.words.some((w) => w.toLowerCase() === text)) return undefined;
  // a symbol of two letters or more, in its case, is no word ("400 Nm" is torque; "nm" alone may be nanometres)
  const ambiguous =
    !(symbol && symbol.length > 1) &&
    (tables(model).AMBIGUOUS.has(text) || tables(model).AMBIGUOUS.has(tokens[i]?.lower ?? ''));
  if (tables(model).EXACT_CASE.has(text) && tokens[i]?.text !== text) return null;
  // "in his 50s", "the 1990s": decades, not seconds
  if (u.key === 'second' && text === 's' && !tokens[i]?.spaceBefore && /^\d*0$/.test(tokens[i - 1]?.text ?? ''))
    return null;
  const after = tokens[match.next];
  const ends = !after || after.kind === 'punct' || after.kind === 'number';
  const touching = glued && !tokens[i]?.spaceBefore;
  if (ambiguous && !glued && !ends && !(after?.lower === 'x' || after?.text === '×')) return null;
  if (u.dimension !== 'duration' && ambiguous && (inCode(tokens, i, match.next) || afterCode(tokens, i))) return null;
  if (u.context && !inContext(model, tokens, i, match.next, u, touching)) return undefined;
  const base = u.base ?? baseUnit(model, u.dimension);
  return {
    match: {
      dimension: u.dimension,
      key: u.key,
      factor: u.factor,
      shift: u.shift ?? 0,
      stated: stated(tokens, i, match.next),
      base,
      next: match.next,
    },
    ambiguous,
  };
}

/** "24703m212", "24703 L-202", "F-Series": the unit word runs on into a code. */
function inCode(tokens: Token[], i: number, next: number): boolean {
  const after = tokens[next];
  if (!after || after.spaceBefore) return false;
  if (after.kind === 'number' || after.kind === 'word') return true;
  const more = tokens[next + 1];
  return after.text === '-' && !!more && !more.spaceBefore && (more.kind === 'number' || /^\p{Lu}/u.test(more.text));
}

/** Words that a missing space may glue to a number ("and-15C temperatures"): no code. */
const NOT_CODES = new Set([
  'and',
  'or',
  'to',
  'of',
  'from',
  'at',
  'by',
  'with',
  'than',
  'about',
  'around',
  'nearly',
  'some',
  'minus',
]);

/** "SCP-173C", "scp2-173 m": the number is part of a code (a word, a hyphen, digits). */
function afterCode(tokens: Token[], i: number): boolean {
  let k = i - 1;
  if (tokens[k]?.text === '-' && !tokens[i]?.spaceBefore) k--;
  if (tokens[k]?.kind !== 'number') return false;
  const dash = tokens[k - 1];
  if (!dash || dash.text !== '-' || tokens[k]?.spaceBefore || dash.spaceBefore) return false;
  for (let j = k - 2; j >= 0; j--) {
    const t = tokens[j] as Token;
    if (t.kind === 'word') return !NOT_CODES.has(t.lower);
    if (t.kind !== 'number' || tokens[j + 1]?.spaceBefore) return false;
  }
  return false;
}

/**
 * Whether a unit that needs a context has it: the nearest cue word in the sentence is one of the
 * context's cues, not one of its `against` words ("rotate 90 degrees", "a 10-pound fine").
 */
function inContext(model: Model, tokens: Token[], i: number, next: number, u: UnitEntry, touching: boolean): boolean {
  const context = tables(model).CONTEXTS.get(u.context ?? '');
  if (!context) return false;
  // "2 million pounds of beef": what the unit is of decides
  const of = tokens[next]?.lower === 'of' ? tokens[next + 1] : undefined;
  if (of && of.kind === 'word' && u.context === 'weight') return !context.against.has(of.lower);
  let cue = Infinity;
  let against = Infinity;
  for (let k = 0; k < tokens.length; k++) {
    if (k >= i && k < next) continue;
    const word = (tokens[k] as Token).lower;
    const distance = k < i ? i - k : k - next + 1;
    if (context.cues.has(word)) cue = Math.min(cue, distance);
    if (context.against.has(word)) against = Math.min(against, distance);
  }
  if (cue < against) return true;
  if (against < Infinity || !touching) return false;
  // a letter alone ("40C", not "11c" cents, "Boeing 777F", "14.7C/ share") needs its capital and no name
  // before the number
  const text = tokens[i]?.text ?? '';
  if (/^\p{L}$/u.test(text) && (!/^\p{Lu}$/u.test(text) || afterName(tokens, i) || tokens[next]?.text === '/'))
    return false;
  if (u.glued) return true;
  const after = tokens[next];
  return Boolean(u.atEnd) && (!after || (ENDS.has(after.text) && tokens[next + 1]?.kind !== 'number'));
}

/** "Boeing 777F", "a Fiat 500C": the number glued to the unit at i follows a capitalized word inside the sentence. */
function afterName(tokens: Token[], i: number): boolean {
  let k = i - 1;
  if (tokens[k]?.kind !== 'number') return false;
  if (tokens[k - 1]?.text === '-' && !tokens[k]?.spaceBefore) k--;
  const before = tokens[k - 1];
  return k - 1 > 0 && before?.kind === 'word' && /^\p{Lu}/u.test(before.text);
}

/**
 * "$", "US$", "£", "USD" right before the number. A sign of several tokens ("A$", "US$") must be
 * written as one piece in the case given ("a $ 300 million" is dollars, not Australian), unless its
 * letters cannot be a word ("c $ 16", "HK $ 10"). An ISO code apart from the number with another
 * number before it ("17 USD 25") closes that number instead.
 */
export function currencySignBefore(model: Model, tokens: Token[], i: number): { code: string; first: number } | null {
  const last = tokens[i - 1];
  if (!last) return null;
  // (a scaled code before the number, "MAUD 60", is left unread: the scanner builds that unit itself)
  const code = last.kind === 'word' ? codeOf(model, last.text) : null;
  if (code && !code.scale) {
    if (tokens[i]?.spaceBefore && tokens[i - 2]?.kind === 'number') return null;
    return { ...code, first: i - 1 };
  }
  const sign = tables(model).currencySigns.endingBefore(tokens, i);
  if (!sign) return null;
  const written = tokens.slice(sign.first, i);
  const asOne = written.every((t, k) => k === 0 || !t.spaceBefore);
  const symbol = Object.keys(model.currencies.symbols).find(
    (key) => key.replace(/\s/g, '') === written.map((t) => t.text).join(''),
  );
  const loose = tables(model).LOOSE_LETTERS.has(
    written
      .filter((t) => t.kind === 'word')
      .map((t) => t.lower)
      .join(''),
  );
  if (written.length > 1 && !loose && (!asOne || !symbol)) {
    // fall back to the last token alone ("$")
    const code = model.currencies.symbols[last.text];
    return code ? { code, first: i - 1 } : null;
  }
  return { code: sign.value, first: sign.first };
}

/**
 * "dollars", "euros", "USD", "pounds" after the number; one-character signs too ("10 €", "100元"),
 * unless a number follows (then the sign is that number's: "10 $30", "$ 20 $ 37").
 */
export function currencyWordAt(model: Model, tokens: Token[], i: number): UnitMatch | null {
  const token = tokens[i];
  if (!token) return null;
  const sign = tables(model).SIGNS_AFTER.get(token.text);
  if (sign) return tokens[i + 1]?.kind === 'number' ? null : money(model, sign, token.text, i + 1);
  const scaled = codeOf(model, token.text);
  const match = scaled?.scale ? { value: scaled.code, next: i + 1 } : tables(model).currencyWords.startingAt(tokens, i);
  // "3 USD50": a code glued to the next number is that number's
  if (!match || (tokens[match.next]?.kind === 'number' && !tokens[match.next]?.spaceBefore)) return null;
  // "p" only glued to a small number: "50p", not "1080p"
  if (match.value === 'GBP-pence' && token.lower === 'p' && (token.spaceBefore || !(Number(tokens[i - 1]?.text) < 200)))
    return null;
  // "75 USD million"
  const scaleWord =
    match.next === i + 1 && tables(model).CODES.has(token.text.toUpperCase())
      ? tables(model).CODE_SCALES.get(tokens[i + 1]?.lower ?? '')
      : undefined;
  const next = scaleWord ? match.next + 1 : match.next;
  const unit = money(model, match.value, stated(tokens, i, next), next);
  const scale = scaled?.scale ?? scaleWord;
  // the factor carries the scale, so the base amount is right even where the amount is not multiplied
  return scale ? { ...unit, factor: unit.factor * scale, scale } : unit;
}

/** An upper-case ISO code, maybe with a scale prefix: "USD" → USD, "MUSD" → USD × 10⁶, "RMB" → CNY. */
function codeOf(model: Model, text: string): { code: string; scale?: number } | null {
  if (text.length > tables(model).LONGEST_CODE + 1 || !/^\p{L}+$/u.test(text)) return null;
  if (tables(model).CODES_BEFORE.has(text)) return { code: model.currencies.words[text.toLowerCase()] ?? text };
  const scale = model.currencies.scaledCodes[text.slice(0, 1)];
  const rest = text.slice(1);
  return scale !== undefined && tables(model).CODES_BEFORE.has(rest)
    ? { code: model.currencies.words[rest.toLowerCase()] ?? rest, scale }
    : null;
}

export function money(model: Model, code: string, statedUnit: string, next: number): UnitMatch {
  const [base, factor] = tables(model).MINOR[code] ?? [code, 1];
  return { dimension: 'money', key: code, factor, shift: 0, stated: statedUnit, base, next };
}

/**
 * The smaller unit an amount goes on in, at token i (after the second number): "5 ft 2 in",
 * "20 stone 4 lb", "3 dollars 50 cents", "15 dollars 50." (a bare number of cents closing the
 * sentence). Here "in" may stand without its dot.
 */
export function compoundPartAt(
  model: Model,
  tokens: Token[],
  i: number,
  major: UnitMatch,
  amount: number,
): UnitMatch | null {
  if (major.dimension === 'money') {
    const minors = model.currencies.compounds[major.key] ?? [];
    const part = currencyWordAt(model, tokens, i);
    if (part) return minors.includes(part.key) ? part : null;
    // "it costs 15 dollars 50.": a bare number of cents, only where the sentence ends
    const after = tokens[i];
    const bare =
      Number.isInteger(amount) &&
      amount > 0 &&
      amount < 100 &&
      (!after || (after.kind === 'punct' && ENDS.has(after.text) && !tokens[i + 1]));
    return bare && minors[0] ? money(model, minors[0], '', i) : null;
  }
  const allowed = model.units.compounds[major.key];
  if (!allowed) return null;
  if (tokens[i]?.lower === 'in' && allowed.includes('inch')) {
    const inch = model.units.units.find((u) => u.key === 'inch') as UnitEntry;
    const after = tokens[i + 1];
    if (!after || after.kind === 'punct' || /^(?:more|less|tall|long|high|wide|deep|thick|and|or)$/.test(after.lower)) {
      return {
        dimension: inch.dimension,
        key: inch.key,
        factor: inch.factor,
        shift: 0,
        stated: tokens[i]?.text ?? 'in',
        base: baseUnit(model, inch.dimension),
        next: i + 1,
      };
    }
  }
  const part = unitAt(model, tokens, i, !tokens[i]?.spaceBefore);
  return part && allowed.includes(part.key) ? part : null;
}
