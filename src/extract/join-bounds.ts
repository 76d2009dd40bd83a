/**
 * Two one-sided comparisons side by side are one range: "more than 20 and less than 30",
 * "at most 100 and at least 20", "above 1000 but below 1500 metres".
 */
import type { Hedge, RawQuantityMention, Token } from '../types.js';

const LOWER: ReadonlySet<Hedge> = new Set(['more-than', 'at-least', 'just-over', 'well-over']);
const UPPER: ReadonlySet<Hedge> = new Set(['less-than', 'at-most', 'nearly']);
const JOINERS = new Set(['and', 'but', ',', 'yet']);

export function joinBounds(text: string, tokens: Token[], mentions: RawQuantityMention[]): RawQuantityMention[] {
  const out: RawQuantityMention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const a = mentions[k] as RawQuantityMention;
    const b = mentions[k + 1];
    const joined = b ? join(text, tokens, a, b) : null;
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
  return {
    ...a,
    end: b.end,
    text: text.slice(a.start, b.end),
    lastToken: b.lastToken,
    reading: {
      ...unit,
      amount: lowAmount,
      upper: highAmount,
      hedge: 'range',
      granularity: Math.min(ra.granularity, rb.granularity),
      lowInclusive: low.hedge === 'at-least',
      highInclusive: high.hedge === 'at-most',
      trend: null,
    },
  };
}
