/**
 * Two quantities side by side that are one range: two one-sided comparisons ("more than 20 and
 * less than 30", "above 1000 but below 1500 metres"), and a stated range whose ends both carry
 * the unit, or whose first end borrows the second's ("3% to 7%", "12 kg to 15 kg", "two or three
 * weeks", "a 40- to 50-foot yacht").
 */
import type { Hedge, RawQuantityMention, Token } from '../types.js';

const LOWER: ReadonlySet<Hedge> = new Set(['more-than', 'at-least', 'just-over', 'well-over']);
const UPPER: ReadonlySet<Hedge> = new Set(['less-than', 'at-most', 'nearly']);
const JOINERS = new Set(['and', 'but', ',', 'yet']);
/** Words between the two ends of a stated range; "or" only when the first end is a bare number. */
const RANGE_WORDS = new Set(['to', '-', '–', '—', 'or']);

export function joinBounds(text: string, tokens: Token[], mentions: RawQuantityMention[]): RawQuantityMention[] {
  const out: RawQuantityMention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const a = mentions[k] as RawQuantityMention;
    const b = mentions[k + 1];
    const joined = b ? (join(text, tokens, a, b) ?? joinRange(text, tokens, a, b)) : null;
    if (b && !joined) carryOver(tokens, a, b);
    if (joined) {
      out.push(joined);
      k++;
    } else out.push(a);
  }
  return out;
}

function join(text: string, tokens: Token[], a: RawQuantityMention, b: RawQuantityMention): RawQuantityMention | null {
  const between = tokens.slice(a.lastToken + 1, b.firstToken);
  if (between.length === 0 || between.length > 2 || !between.every((t) => JOINERS.has(t.lower))) return null;
  const [ra, rb] = [a.reading, b.reading];
  if (ra.trend || rb.trend || ra.upper !== undefined || rb.upper !== undefined) return null;
  const lowFirst = LOWER.has(ra.hedge) && UPPER.has(rb.hedge);
  const highFirst = UPPER.has(ra.hedge) && LOWER.has(rb.hedge);
  if (!lowFirst && !highFirst) return null;
  // "more than 20 and less than 30 minutes": a bare first number takes the second's unit
  const sameKind = ra.dimension === rb.dimension && ra.unit === rb.unit;
  const borrows = ra.dimension === 'count' && !ra.statedUnit && rb.dimension !== 'count';
  if (!sameKind && !borrows) return null;
  const unit = borrows ? rb : ra;
  const low = lowFirst ? ra : rb;
  const high = lowFirst ? rb : ra;
  // a bare number that borrows the unit is already in that unit
  const inUnit = (r: typeof ra): number => (borrows && r === ra ? r.amount : (r.amount * r.factor) / unit.factor);
  const lowAmount = inUnit(low);
  const highAmount = inUnit(high);
  if (lowAmount >= highAmount) return null;
  return spanning(text, a, b, {
    ...unit,
    amount: lowAmount,
    upper: highAmount,
    hedge: 'range',
    granularity: Math.min(ra.granularity, rb.granularity),
    lowInclusive: low.hedge === 'at-least',
    highInclusive: high.hedge === 'at-most',
    trend: null,
  });
}

/** One mention from the start of `a` to the end of `b`, with the reading the two make. */
function spanning(
  text: string,
  a: RawQuantityMention,
  b: RawQuantityMention,
  reading: RawQuantityMention['reading'],
): RawQuantityMention {
  return { ...a, end: b.end, text: text.slice(a.start, b.end), lastToken: b.lastToken, reading };
}

/** "3% to 7%", "12 kg to 15 kg", "two or three weeks", "40- to 50-foot": both ends, the unit once. */
function joinRange(
  text: string,
  tokens: Token[],
  a: RawQuantityMention,
  b: RawQuantityMention,
): RawQuantityMention | null {
  const between = tokens.slice(a.lastToken + 1, b.firstToken).map((t) => t.lower);
  // "a 40- to 50-foot yacht": the first end's hyphen stands for the unit written after the second
  const words = between[0] === '-' && between.length === 2 ? between.slice(1) : between;
  if (words.length !== 1 || !RANGE_WORDS.has(words[0] as string)) return null;
  const [ra, rb] = [a.reading, b.reading];
  if (ra.hedge !== 'exact' || rb.hedge !== 'exact' || ra.upper !== undefined || rb.upper !== undefined) return null;
  // "grew by $2bn to $40bn", "rose from 3% to 5%": a change and a level, not a range
  if (ra.trend || rb.trend) return null;
  const bare = ra.dimension === 'count' && !ra.statedUnit;
  if (words[0] === 'or' && !bare) return null;
  // "two or three men": two bare counts, in words or both in figures
  const bareCounts = bare && rb.dimension === 'count' && !rb.statedUnit && words[0] === 'or';
  const sameKind = (ra.dimension === rb.dimension && ra.unitKey === rb.unitKey && ra.statedUnit !== null) || bareCounts;
  const borrows = bare && rb.dimension !== 'count';
  if (!sameKind && !borrows) return null;
  // as for "20 to 30": both ends in figures or both in words ("eight to 10 feet" stays 10 feet)
  if (ra.amount >= rb.amount || /\d/.test(a.text) !== /\d/.test(b.text)) return null;
  return spanning(text, a, b, {
    ...rb,
    amount: ra.amount,
    upper: rb.amount,
    hedge: 'range',
    granularity: Math.min(ra.granularity, rb.granularity),
  });
}

/**
 * What a quantity says of the one right after it: "shed 310 points, or 1.1%" (the change goes on),
 * "more than 40 km (25 miles)" (a conversion in brackets keeps the bound).
 */
function carryOver(tokens: Token[], a: RawQuantityMention, b: RawQuantityMention): void {
  const between = tokens.slice(a.lastToken + 1, b.firstToken).map((t) => t.text.toLowerCase());
  const [ra, rb] = [a.reading, b.reading];
  // ", or" after the quantity and what it counts ("310 points, or 1.1%")
  const restated = between.slice(-2).join(' ') === ', or' && between.length <= 4;
  if (restated && ra.trend && !rb.trend) b.reading = { ...rb, trend: ra.trend };
  const bracketed = between.join(' ') === '(' && tokens[b.lastToken + 1]?.text === ')';
  if (bracketed && ra.dimension === rb.dimension && ra.hedge !== 'exact' && rb.hedge === 'exact')
    b.reading = { ...rb, hedge: ra.hedge };
}
