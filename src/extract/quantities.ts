/**
 * Finds quantities in a sentence's tokens: the hedge, the number, the unit, and how the
 * quantity sits in the sentence. Normalizing to an interval is left to normalize/.
 */
import { perModel } from '../model/derived.js';
import { parseNumber, type ParsedNumber } from './numbers.js';
import type { Dimension, Model, QuantityRole, RawQuantityMention, Token } from '../types.js';
import { readClock } from './clock.js';
import { readDate, type Published } from './dates.js';
import { joinBounds } from './join-bounds.js';
import { namedNumber, phoneNumber } from './named-numbers.js';
import { noneAt } from './none.js';
import { anotherAt } from './another.js';
import { describedUnitAt } from './described-unit.js';
import { build, type Draft } from './quantity-context.js';
import { PhraseTable } from '../text/phrases.js';
import { baseUnit, compoundPartAt, currencySignBefore, currencyWordAt, unitAt, type UnitMatch } from './units.js';
import { yearIn } from '../text/years.js';

/** The number-word and vague-amount tables, per model. */
const tables = perModel(({ numberWords, vague, offsets, countNouns, roles, units }) => ({
  /** Change verbs (model/offsets.json trend): before a sum written twice, a change and a level. */
  changeWords: new Set([...offsets.trend.up, ...offsets.trend.down]),
  /** Nouns of a person ("the defendant, 29,"): model/count-nouns.json people and the titles of model/roles.json. */
  personNouns: new Set([...countNouns.people, ...Object.keys(roles.titles ?? {})]),
  singles: new PhraseTable<number>(numberWords.singles),
  unitQuantifiers: new PhraseTable<number>(numberWords.unitQuantifiers),
  vagueAmounts: new PhraseTable<[number, number]>(vague.amounts),
  fractions: new PhraseTable<number | [number, number]>(vague.fractions),
  /** model/units.json temperature: the words before a bare number that make it one. */
  temperature: {
    words: new Set(units.temperature?.words ?? []),
    between: new Set(units.temperature?.between ?? []),
    movedTo: new Set(units.temperature?.movedTo ?? []),
  },
  functionWords: new Set(countNouns.function),
}));
const RANGE_JOINERS = new Set(['to', '-', '–', '—', '~', 'through', 'thru']);
const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);
/** Words that may follow "a second" when it is a duration ("a second later", "a second or two"). */
const AFTER_A_SECOND = new Set([
  'ago',
  'later',
  'earlier',
  'before',
  'after',
  'or',
  'and',
  'of',
  'to',
  'in',
  'for',
  'long',
  'apart',
]);
const AGE_UNITS = new Set(['year', 'month', 'week', 'day']);
const YEAR = 31557600;

interface Amount {
  parsed: ParsedNumber;
  upper?: ParsedNumber;
  first: number;
}

/**
 * All quantities in one sentence, left to right, never overlapping. `pub`, the publication day, anchors
 * relative dates.
 */
export function extractQuantities(
  model: Model,
  text: string,
  tokens: Token[],
  sentence: number,
  pub: Published,
): RawQuantityMention[] {
  const mentions: RawQuantityMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const draft = quantityAt(model, tokens, i, pub);
    if (draft) {
      const mention = build(model, text, tokens, sentence, draft);
      mentions.push(mention);
      i = Math.max(mention.lastToken + 1, i + 1);
    } else i++;
  }
  return joinBounds(text, tokens, mentions);
}

function quantityAt(model: Model, tokens: Token[], i: number, pub: Published): Draft | null {
  const day = readDate(model, tokens, i, pub);
  if (day) {
    const range = day.last !== day.first ? { upper: day.last } : {};
    return {
      first: day.start,
      next: day.next,
      dimension: 'date',
      amount: day.first,
      ...range,
      granularity: 1,
      factor: 1,
      unit: 'day',
      statedUnit: null,
      unitKey: 'date',
      role: 'measure',
    };
  }
  const clock = readClock(model, tokens, i);
  if (clock) {
    return {
      first: i,
      next: clock.next,
      dimension: 'time-of-day',
      amount: clock.minutes,
      granularity: clock.granularity,
      factor: 1,
      unit: baseUnit(model, 'time-of-day'),
      statedUnit: null,
      unitKey: null,
      zone: clock.zone,
    };
  }
  return (
    noneAt(model, tokens, i) ??
    anotherAt(model, tokens, i) ??
    vagueAt(model, tokens, i) ??
    fractionAt(model, tokens, i) ??
    numberAt(model, tokens, i)
  );
}

/** "dozens of people", "several hours", "hundreds"; "several dozen", "a few hundred": the range times the scale. */
function vagueAt(model: Model, tokens: Token[], i: number): Draft | null {
  const found = tables(model).vagueAmounts.startingAt(tokens, i);
  if (!found) return null;
  const word = tokens[found.next]?.lower ?? '';
  const scale = model.numberWords.scales[word] ?? (word === 'dozen' ? model.numberWords.singles[word] : undefined);
  const match = scale === undefined ? found : { next: found.next + 1, value: found.value.map((x) => x * scale) };
  const [low, high] = match.value as [number, number];
  const unit = unitAt(model, tokens, match.next, false);
  if (unit && unit.dimension === 'duration') {
    return {
      first: i,
      next: unit.next,
      dimension: 'duration',
      amount: low,
      upper: high,
      vague: true,
      granularity: 1,
      factor: unit.factor,
      unit: unit.base,
      statedUnit: unit.stated,
      unitKey: unit.key,
    };
  }
  return {
    first: i,
    next: match.next,
    dimension: 'count',
    amount: low,
    upper: high,
    vague: true,
    granularity: 1,
    factor: 1,
    unit: baseUnit(model, 'count'),
    statedUnit: null,
    unitKey: null,
    noun: true,
  };
}

/** "half of the residents", "a third of", "one in five": shares, as percentages. */
/** Words after "half" that make it a share of what follows ("half the staff"). */
const SHARE_DETERMINERS = new Set([
  'the',
  'its',
  'their',
  'his',
  'her',
  'our',
  'your',
  'this',
  'that',
  'these',
  'those',
]);

function fractionAt(model: Model, tokens: Token[], i: number): Draft | null {
  const match = tables(model).fractions.startingAt(tokens, i);
  // "a third of voters", "half the staff", "half its budget"; not "the first half" of a game
  const halfOfGame = tokens[i]?.lower === 'half' && ['the', 'first', 'second'].includes(tokens[i - 1]?.lower ?? '');
  const share =
    !halfOfGame &&
    (tokens[match?.next ?? i]?.lower === 'of' ||
      (match?.next === i + 1 && tokens[i]?.lower === 'half' && SHARE_DETERMINERS.has(tokens[i + 1]?.lower ?? '')));
  if (match && share) {
    const [low, high] = Array.isArray(match.value) ? match.value : [match.value, match.value];
    const statedUnit = tokens
      .slice(i, match.next)
      .map((t) => t.text)
      .join(' ');
    const share: Draft = {
      first: i,
      next: match.next,
      dimension: 'percent',
      amount: low * 100,
      granularity: 1,
      factor: 1,
      unit: baseUnit(model, 'percent'),
      statedUnit,
      unitKey: 'fraction',
    };
    return high !== low ? { ...share, upper: high * 100 } : share;
  }
  // "one in five"
  const first = tokens[i];
  if ((first?.lower === 'one' || first?.text === '1') && tokens[i + 1]?.lower === 'in') {
    const of = parseNumber(model, tokens, i + 2);
    if (of && of.value > 1) {
      const statedUnit = tokens
        .slice(i, of.next)
        .map((t) => t.text)
        .join(' ');
      return {
        first: i,
        next: of.next,
        dimension: 'percent',
        amount: 100 / of.value,
        granularity: 0.01,
        factor: 1,
        unit: baseUnit(model, 'percent'),
        statedUnit,
        unitKey: 'fraction',
      };
    }
  }
  return null;
}

function numberAt(model: Model, tokens: Token[], i: number): Draft | null {
  const sign = currencySignBefore(model, tokens, i);
  // "2m euros", "5b dollars": a one-letter scale glued to the digits is millions when a currency follows, not metres
  const scale = tokens[i + 1];
  const scaledMoney =
    !sign &&
    (scale?.lower === 'm' || scale?.lower === 'b') &&
    !scale.spaceBefore &&
    Boolean(currencyWordAt(model, tokens, i + 2));
  const amount = amountAt(model, tokens, i, Boolean(sign) || scaledMoney);
  if (!amount) return null;
  let next = amount.upper?.next ?? amount.parsed.next;
  let value = amount.parsed.value;
  let granularity = amount.parsed.granularity;
  // "two and a half hours"
  const half = unitAt(model, tokens, next + andAHalf(tokens, next), false) ? andAHalf(tokens, next) : 0;
  if (half) {
    value += 0.5;
    granularity = Math.min(granularity, 0.5);
    next += half;
  }
  const base = { first: amount.first, amount: value, upper: amount.upper?.value, granularity };
  if (sign)
    return { ...base, first: sign.first, next, ...unitFields(moneyUnit(sign.code, tokens, sign.first, amount.first)) };
  const glued = tokens[next]?.text === '-' && !tokens[next]?.spaceBefore && !tokens[next + 1]?.spaceBefore;
  const unitStart = glued ? next + 1 : next;
  const unit =
    unitAt(model, tokens, unitStart, glued || !tokens[unitStart]?.spaceBefore) ??
    currencyWordAt(model, tokens, unitStart);
  // "A350", "COVID-19", "200 W. Main St."; "Model 3s" (a name's plural, not seconds). "Route 66" below, when
  // no unit follows
  const named = amount.upper
    ? phoneNumber(tokens, amount.first)
      ? 'glued'
      : null
    : namedNumber(model, tokens, amount.first, amount.parsed.next);
  const plural = tokens[next]?.lower === 's' && !tokens[next]?.spaceBefore;
  if (named === 'glued' || named === 'street' || (named && plural)) return null;
  // "a third-party deal": a fraction word in a compound adjective is no share ("a nine-woman jury" counts)
  const compound = tokens[next]?.text === '-' && !tokens[next]?.spaceBefore && tokens[next + 1]?.kind === 'word';
  if (amount.parsed.words && !Number.isInteger(amount.parsed.value) && compound && !unit) return null;
  // "%25%20": URL escapes, not percentages
  if (unit?.key === 'percent' && isUrlEscape(tokens, unit.next)) return null;
  // a plus sign marks a change of a share ("+0.7%"); before anything else it is a code ("+1 877 ...")
  if (tokens[amount.first]?.text === '+' && unit?.dimension !== 'percent' && unit?.dimension !== 'percentage-point')
    return null;
  if (unit) return withUnit(model, tokens, base, unit, glued);
  const described = named || glued ? null : describedUnitAt(model, tokens, unitStart);
  if (described) {
    const draft = withUnit(model, tokens, base, described.unit, false);
    return described.added ? { ...draft, trend: 'up' } : draft;
  }
  const age = ageAround(model, tokens, amount, next);
  if (age) return { ...base, next, ...age };
  const magnitude = magnitudeAround(model, tokens, amount, next);
  if (magnitude)
    return {
      ...base,
      first: magnitude.first,
      next: magnitude.next,
      dimension: 'magnitude',
      factor: 1,
      unit: baseUnit(model, 'magnitude'),
      statedUnit: null,
      unitKey: 'magnitude',
    };
  if (!named && temperatureBefore(model, tokens, amount.first) && !countsAfter(model, tokens[next]))
    return {
      ...base,
      next,
      dimension: 'temperature',
      factor: 1,
      unit: baseUnit(model, 'temperature'),
      statedUnit: null,
      unitKey: 'degree',
    };
  if (named || !isCount(model, tokens, amount, next)) return null;
  return {
    ...base,
    next,
    dimension: 'count',
    factor: 1,
    unit: baseUnit(model, 'count'),
    statedUnit: null,
    unitKey: null,
    noun: true,
  };
}

function moneyUnit(code: string, tokens: Token[], first: number, number: number): UnitMatch {
  const statedUnit = tokens
    .slice(first, number)
    .map((t) => t.text)
    .join('');
  return { dimension: 'money', key: code, factor: 1, shift: 0, stated: statedUnit, base: code, next: number };
}

function unitFields(
  unit: UnitMatch,
): Pick<Draft, 'dimension' | 'factor' | 'shift' | 'unit' | 'statedUnit' | 'unitKey'> {
  return {
    dimension: unit.dimension,
    factor: unit.factor,
    shift: unit.shift,
    unit: unit.base,
    statedUnit: unit.stated,
    unitKey: unit.key,
  };
}

type Base = Pick<Draft, 'first' | 'amount' | 'upper' | 'granularity'>;

function withUnit(model: Model, tokens: Token[], stated: Base, statedUnit: UnitMatch, glued: boolean): Draft {
  // "30 MUSD", "75 USD million": the scale the unit carries goes into the amount
  const scale = statedUnit.scale ?? 1;
  const base =
    scale === 1
      ? stated
      : {
          ...stated,
          amount: stated.amount * scale,
          upper: stated.upper === undefined ? undefined : stated.upper * scale,
          granularity: stated.granularity * scale,
        };
  const unit = scale === 1 ? statedUnit : { ...statedUnit, factor: statedUnit.factor / scale };
  let next = unit.next;
  let { amount, granularity } = base;
  // "an hour and a half"
  const half = andAHalf(tokens, next);
  if (half) {
    amount += 0.5;
    granularity = Math.min(granularity, 0.5);
    next += half;
  }
  // "1 year 1 month 21 days", "two hours and 20 minutes", "2 hours, 5 minutes": one duration in the first unit
  if (unit.dimension === 'duration') {
    let last = unit.factor;
    for (;;) {
      const joiner = tokens[next]?.lower;
      const and = joiner === 'and' || joiner === ',' ? 1 : 0;
      const part = tokens[next + and]?.spaceBefore ? parseNumber(model, tokens, next + and) : null;
      const partUnit = part ? unitAt(model, tokens, part.next, false) : null;
      if (!part || !partUnit || partUnit.dimension !== 'duration' || partUnit.key === unit.key) break;
      // after a comma only a smaller unit goes on ("3 days, 2 weeks" are two)
      if (joiner === ',' && partUnit.factor >= last) break;
      last = partUnit.factor;
      amount += (part.value * partUnit.factor) / unit.factor;
      granularity = Math.min(granularity, (part.granularity * partUnit.factor) / unit.factor);
      next = partUnit.next;
    }
  }
  // "5 ft 2 in", "5 feet and 2 inches", "3 dollars 50 cents", "it costs 15 dollars 50.": one amount in the first unit
  if (unit.dimension !== 'duration' && base.upper === undefined) {
    const and = tokens[next]?.lower === 'and' ? 1 : 0;
    const part =
      tokens[next + and]?.spaceBefore && !(and && tokens[base.first - 1]?.lower === 'between')
        ? parseNumber(model, tokens, next + and)
        : null;
    const partUnit = part ? compoundPartAt(model, tokens, part.next, unit, part.value) : null;
    if (part && partUnit) {
      amount += (part.value * partUnit.factor) / unit.factor;
      granularity = Math.min(granularity, (part.granularity * partUnit.factor) / unit.factor);
      next = partUnit.next;
    } else if (glued && unit.key === 'foot') {
      // "a 6-foot-7 forward": feet and inches joined by hyphens
      const inches =
        tokens[next]?.text === '-' && !tokens[next + 1]?.spaceBefore ? parseNumber(model, tokens, next + 1) : null;
      const inch = model.units.units.find((u) => u.key === 'inch');
      if (inches && !inches.words && inches.value < 12 && inch && !unitAt(model, tokens, inches.next, false)) {
        amount += (inches.value * inch.factor) / unit.factor;
        next = inches.next;
      }
    }
  }
  // "33-year-old", "five years old", "ninety five years of age"
  if (unit.dimension === 'duration' && AGE_UNITS.has(unit.key)) {
    // "27-year-old", "the 27-year-old's", "two 15-year-olds"
    const isOld = (t: Token | undefined): boolean => /^olds?(?:['’]s)?$/.test(t?.lower ?? '');
    const dashOld = tokens[next]?.text === '-' && isOld(tokens[next + 1]) && !tokens[next + 1]?.spaceBefore;
    const old =
      tokens[next]?.lower === 'old'
        ? next + 1
        : dashOld
          ? next + 2
          : tokens[next]?.lower === 'of' && tokens[next + 1]?.lower === 'age'
            ? next + 2
            : 0;
    if (old) {
      return {
        ...base,
        amount,
        granularity,
        next: old,
        dimension: 'age',
        factor: unit.factor / YEAR,
        unit: baseUnit(model, 'age'),
        statedUnit: unit.stated,
        unitKey: unit.key,
        role: glued ? 'modifier' : 'measure',
      };
    }
  }
  const role: QuantityRole =
    glued && tokens[next]?.kind === 'word' && tokens[next]?.lower !== 'long' ? 'modifier' : 'measure';
  // "-5 degrees": a minus sign glued to the number, for temperatures
  const minus = tokens[base.first - 1];
  const negative =
    unit.dimension === 'temperature' &&
    ((minus?.text === '-' && !tokens[base.first]?.spaceBefore) || minus?.lower === 'minus');
  return {
    ...base,
    first: negative ? base.first - 1 : base.first,
    amount: negative ? -amount : amount,
    granularity,
    next,
    ...unitFields(unit),
    role,
  };
}

/** A number, "a"/"an" before a unit ("an hour"), "half an hour", or a range "20 to 30". */
function amountAt(model: Model, tokens: Token[], i: number, money: boolean): Amount | null {
  const token = tokens[i];
  if (!token) return null;
  // Not the middle of a number or word ("A1"; ranges like "3-2" are read from their first number).
  const previous = tokens[i - 1];
  if (
    previous &&
    !token.spaceBefore &&
    !money &&
    (previous.kind === 'number' || previous.kind === 'word' || previous.text === '%')
  )
    return null;
  const single = tables(model).singles.startingAt(tokens, i);
  if (single)
    return { parsed: { value: single.value, next: single.next, granularity: single.value, words: true }, first: i };
  // "all day", "a full week", "another hour", "half year", "all-day"
  const quantifier = tables(model).unitQuantifiers.startingAt(tokens, i);
  if (quantifier) {
    const dash = tokens[quantifier.next]?.text === '-' && !tokens[quantifier.next]?.spaceBefore ? 1 : 0;
    if (unitAt(model, tokens, quantifier.next + dash, false)?.dimension === 'duration') {
      return {
        parsed: { value: quantifier.value, next: quantifier.next + dash, granularity: quantifier.value, words: true },
        first: i,
      };
    }
  }
  // "an hour", but not "a second quake" (an ordinal)
  if ((token.lower === 'a' || token.lower === 'an') && unitAt(model, tokens, i + 1, false)?.dimension === 'duration') {
    const ordinal =
      tokens[i + 1]?.lower === 'second' &&
      tokens[i + 2]?.kind === 'word' &&
      !AFTER_A_SECOND.has(tokens[i + 2]?.lower ?? '');
    if (!ordinal) return { parsed: { value: 1, next: i + 1, granularity: 1, words: true }, first: i };
  }
  const parsed = parseNumber(model, tokens, i, { millionSuffix: money });
  if (!parsed) return null;
  // "20 to 30", "20-30", "between 20 and 30"
  const joiner = tokens[parsed.next];
  // "between $140 and $150 million": the sign may be written again before the upper number
  const between = tokens[i - 1]?.lower === 'between' || (money && tokens[i - 2]?.lower === 'between');
  if (joiner && (RANGE_JOINERS.has(joiner.lower) || (between && joiner.lower === 'and'))) {
    const sign = money && tokens[parsed.next + 1]?.text === tokens[i - 1]?.text ? 1 : 0;
    const upper = parseNumber(model, tokens, parsed.next + 1 + sign, { millionSuffix: money });
    // not a phone number or a code: "+1-222-2222"
    const code =
      tokens[i - 1]?.text === '+' ||
      (upper && tokens[upper.next]?.text === '-' && !tokens[upper.next]?.spaceBefore) ||
      (upper && tokens[upper.next]?.text === '/');
    // "grew by $2bn to $40bn", "fell $40 million to $310 million": the sign written again after a
    // change word makes a change and a level
    const changeWord = tokens[i - 2]?.lower ?? '';
    const changeAndLevel = sign === 1 && (changeWord === 'by' || tables(model).changeWords.has(changeWord));
    if (upper && !code && !changeAndLevel && upper.value > parsed.value && upper.words === parsed.words) {
      // "$140 and $150 million", "20 to 30 million": the scale written once serves both ends
      const upperFirst = Number(tokens[parsed.next + 1 + sign]?.text.replace(/,/g, ''));
      // "six to seven hundred": a lone word number takes the scale of the upper end's words
      const wordScale = upper.words && parsed.value < 10 && parsed.granularity === 1 ? upper.granularity : 1;
      const scale = Number.isFinite(upperFirst) && upperFirst > 0 ? upper.value / upperFirst : 1;
      if (wordScale >= 100 && parsed.value * wordScale < upper.value)
        return {
          parsed: { ...parsed, value: parsed.value * wordScale, granularity: wordScale },
          upper,
          first: i,
        };
      if (scale >= 1000 && parsed.value < upperFirst)
        return {
          parsed: { ...parsed, value: parsed.value * scale, granularity: parsed.granularity * scale },
          upper,
          first: i,
        };
      return { parsed, upper, first: i };
    }
  }
  return { parsed, first: i };
}

function isUrlEscape(tokens: Token[], next: number): boolean {
  const after = tokens[next];
  return Boolean(after && !after.spaceBefore && after.kind !== 'punct');
}

/** "and a half" (3 tokens) or "and half" (2): how many tokens, or 0. */
function andAHalf(tokens: Token[], i: number): number {
  if (tokens[i]?.lower !== 'and') return 0;
  if (tokens[i + 1]?.lower === 'a' && tokens[i + 2]?.lower === 'half') return 3;
  return tokens[i + 1]?.lower === 'half' ? 2 : 0;
}

/** A noun of a person ("the defendant, 29,"): model/count-nouns.json people, and the roles of model/roles.json. */
const personNoun = (model: Model, word: string): boolean => tables(model).personNouns.has(word);

/** "aged 33", "Tara Reid, 33,", "the defendant, 29,": an age without a unit. */
function ageAround(
  model: Model,
  tokens: Token[],
  amount: Amount,
  next: number,
): Pick<Draft, 'dimension' | 'factor' | 'unit' | 'statedUnit' | 'unitKey'> | null {
  const v = amount.parsed.value;
  if (!Number.isInteger(v) || v < 1 || v > 120 || amount.upper) return null;
  const before = tokens[amount.first - 1];
  const after = tokens[next];
  // "aged 33", "age 33", "under the age of 12"
  const ageOf = before?.lower === 'of' && tokens[amount.first - 2]?.lower === 'age';
  const aged =
    before?.lower === 'aged' || ageOf || (before?.lower === 'age' && tokens[amount.first - 2]?.lower !== 'the');
  const person = tokens[amount.first - 2];
  const apposition =
    before?.text === ',' &&
    (/^\p{Lu}/u.test(person?.text ?? '') || personNoun(model, person?.lower ?? '')) &&
    (!after || after.text === ',' || after.text === ')' || after.text === ';' || after.text === '.');
  if (!aged && !apposition) return null;
  return { dimension: 'age', factor: 1, unit: baseUnit(model, 'age'), statedUnit: null, unitKey: 'year' };
}

/**
 * "magnitude 6.7", "a magnitude of 6.7", "a 6.7-magnitude quake", "6.7 in magnitude", "measuring 5.8
 * on the Richter scale", "a 4.4 quake" (a number with decimals before a noun of what has a magnitude).
 */
/** Words between a temperature word and its number ("temperatures were near"). */
const TEMPERATURE_REACH = 3;

/** A plural noun right after a number makes it a count of that ("the temperature of 2 patients"). */
const countsAfter = (model: Model, after: Token | undefined): boolean =>
  after?.kind === 'word' &&
  (after.tags ? after.tags.includes('Plural') : /\p{Ll}{3,}s$/u.test(after.text)) &&
  !tables(model).functionWords.has(after.lower);

/** Whether the words before a bare number make it a temperature: "temperatures were minus 20". */
function temperatureBefore(model: Model, tokens: Token[], first: number): boolean {
  const { words, between, movedTo } = tables(model).temperature;
  const lower = (k: number): string => tokens[k]?.lower ?? '';
  let k = first - 1;
  if (lower(k) === 'to' && movedTo.has(lower(k - 1))) k -= 2;
  else while (k >= 0 && first - k <= TEMPERATURE_REACH && between.has(lower(k))) k--;
  return k < first - 1 && words.has(lower(k));
}

function magnitudeAround(
  model: Model,
  tokens: Token[],
  amount: Amount,
  next: number,
): { first: number; next: number } | null {
  const scale = model.units.magnitude;
  if (!scale || amount.parsed.value > scale.max) return null;
  const words = new Set(scale.words);
  const before = tokens[amount.first - 1]?.lower ?? '';
  const before2 = tokens[amount.first - 2]?.lower ?? '';
  if (words.has(before) || ((before === '-' || before === 'of') && words.has(before2)))
    return { first: amount.first - (before === '-' || before === 'of' ? 2 : 1), next };
  const after = tokens[next]?.text === '-' ? next + 1 : next;
  if (words.has(tokens[after]?.lower ?? '')) return { first: amount.first, next: after + 1 };
  // "a tremor of 3.1 in magnitude"
  if (tokens[next]?.lower === 'in' && words.has(tokens[next + 1]?.lower ?? ''))
    return { first: amount.first, next: next + 2 };
  if (tokens[next]?.lower === 'on' && tokens[next + 1]?.lower === 'the' && tokens[next + 2]?.lower === 'richter')
    return { first: amount.first, next: Math.min(tokens.length, next + 4) };
  // "4.4", "3.0": a decimal point written (3.0 is a magnitude as much as 3.5)
  const decimal = !Number.isInteger(amount.parsed.value) || /\./.test(tokens[amount.first]?.text ?? '');
  if (decimal && before === 'measuring') return { first: amount.first, next };
  if (decimal && scale.nouns.includes(tokens[next]?.lower ?? '')) return { first: amount.first, next };
  return null;
}

/** "A.D. 1000", "500 BC": an era mark right before or after the number. */
function besideEra(model: Model, tokens: Token[], first: number, next: number): boolean {
  const eras = new Set(model.calendar.eras ?? []);
  let before = '';
  for (let k = first - 1; k >= Math.max(0, first - 6); k--) {
    before = `${tokens[k]?.text ?? ''}${before}`;
    if (eras.has(before)) return true;
    if (tokens[k]?.spaceBefore) break;
  }
  let after = '';
  for (let k = next; k < next + 6 && k < tokens.length; k++) {
    if (k > next && tokens[k]?.spaceBefore) break;
    after += tokens[k]?.text ?? '';
    if (eras.has(after)) return true;
  }
  return false;
}

/** Whether a bare number is a count of something, rather than a year, a date, an ordinal or a code. */
function isCount(model: Model, tokens: Token[], amount: Amount, next: number): boolean {
  const first = tokens[amount.first] as Token;
  const after = tokens[next];
  const before = tokens[amount.first - 1];
  if (first.lower === 'one' && next === amount.first + 1) return false;
  // "21st", "the 1990s", "in his 50s": ordinals and decades
  if (after && !after.spaceBefore && (ORDINAL_SUFFIXES.has(after.lower) || after.lower === 's')) return false;
  const months = model.calendar.months;
  if ((before && months[before.lower] !== undefined) || (after && months[after.lower] !== undefined)) return false;
  // "Oct. 31", "Sept. 20-24": a day after an abbreviated month, and the end of such a range
  const abbreviated = (k: number): boolean =>
    tokens[k]?.text === '.' && !tokens[k]?.spaceBefore && months[tokens[k - 1]?.lower ?? ''] !== undefined;
  const rangeEnd = before?.text === '-' && !before.spaceBefore && tokens[amount.first - 2]?.kind === 'number';
  if (abbreviated(amount.first - 1) || (rangeEnd && abbreviated(amount.first - 3))) return false;
  if (besideEra(model, tokens, amount.first, next)) return false;
  const v = amount.parsed.value;
  if (!amount.parsed.words && yearIn(first, model.calendar.years.read) === v) return false;
  if (
    after &&
    (after.text === ':' ||
      after.text === '/' ||
      (after.text === '.' && !after.spaceBefore && tokens[next + 1]?.kind === 'number'))
  )
    return false;
  if (
    before &&
    (before.text === '#' ||
      before.lower === 'no' ||
      before.lower === 'number' ||
      before.lower === 'phase' ||
      before.lower === 'page')
  )
    return false;
  return true;
}

export type { Dimension };
