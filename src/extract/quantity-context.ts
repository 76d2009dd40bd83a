/**
 * What surrounds a quantity: the hedge before or after it, whether it is a change (trend),
 * a look-back ("two weeks ago"), and for counts the noun and the verb.
 */
import { perModel } from '../model/derived.js';
import type { Dimension, Hedge, Model, QuantityRole, RawQuantityMention, Token, Trend } from '../types.js';
import { PhraseTable } from '../text/phrases.js';
import { readAct, readFrame } from './frame.js';
import { countCues } from '../model/count-cues.js';
import { hasTag } from '../text/tokens.js';

/** "less than 5000 or equal": the strict hedge's bound becomes inclusive. */
const INCLUSIVE: Partial<Record<Hedge, Hedge>> = {
  'less-than': 'at-most',
  'more-than': 'at-least',
  'well-over': 'at-least',
  'just-over': 'at-least',
};
/** "the deadliest day in over a year": a superlative before "in" + duration makes it a look-back, not a length. */
const SUPERLATIVE = /^(?:first|last|worst|best|most|least|\p{L}{3,}est)$/u;
const NOT_SUPERLATIVE = new Set([
  'interest',
  'protest',
  'request',
  'forest',
  'honest',
  'modest',
  'contest',
  'arrest',
  'suggest',
  'invest',
  'harvest',
  'manifest',
]);
/** How many tokens on either side of a count may hold its verb ("400 people were killed"). */
const VERB_WINDOW = 4;

/** The hedge, offset, trend and count-cue tables, per model. */
const tables = perModel(({ hedges, offsets }) => ({
  hedgesBefore: new PhraseTable<Hedge>(hedges.before),
  clockHedgesBefore: new PhraseTable<Hedge>({ ...hedges.before, ...hedges.clockBefore }),
  hedgesAfter: new PhraseTable<Hedge | '='>(hedges.after),
  offsetWords: new PhraseTable<true>(offsets.after.map((w) => [w, true] as [string, true])),
  rateWords: new Set(Object.keys(offsets.rates)),
  rateUnits: new Set(offsets.rateUnits),
  trendWords: new Map<string, Trend>([
    ...offsets.trend.up.map((w) => [w, 'up'] as [string, Trend]),
    ...offsets.trend.down.map((w) => [w, 'down'] as [string, Trend]),
  ]),
}));

/** A quantity found by the scanner, before hedges and context are read. */
export interface Draft {
  first: number;
  next: number;
  dimension: Dimension;
  amount: number;
  upper?: number;
  vague?: boolean;
  granularity: number;
  factor: number;
  shift?: number;
  unit: string;
  statedUnit: string | null;
  unitKey: string | null;
  role?: QuantityRole;
  zone?: string | null;
  /** Look for the counted noun and verb. */
  noun?: boolean;
  /** The count cue the reader found already ("no one was hurt": "hurt"). */
  verb?: string;
  /** A change the reader found already ("six more inches": up). */
  trend?: Trend;
}

export function build(model: Model, text: string, tokens: Token[], sentence: number, d: Draft): RawQuantityMention {
  let first = d.first;
  let next = d.next;
  let hedge: Hedge = d.vague ? 'vague' : d.upper !== undefined ? 'range' : 'exact';
  const between = tokens[first - 1]?.lower === 'between';
  const hedgesBefore = d.dimension === 'time-of-day' ? tables(model).clockHedgesBefore : tables(model).hedgesBefore;
  const before = hedgesBefore.endingBefore(tokens, between ? first - 1 : first);
  if (before && (hedge === 'exact' || hedge === 'vague')) {
    // "less than a couple of days": the hedge bends the vague amount's stated end
    hedge = before.value;
    first = before.first;
  } else if (hedge === 'range' && between) first -= 1;
  const after = tables(model).hedgesAfter.startingAt(
    tokens,
    tokens[next]?.text === '-' && tokens[next + 1]?.lower === 'plus' ? next + 1 : next,
  );
  // "5000 or less than 6000": that "or less" starts another comparison, it is no hedge of 5000
  const startsComparison = after && tokens[after.next]?.lower === 'than';
  if (after && !startsComparison) {
    if (after.value === '=') {
      const inclusive = INCLUSIVE[hedge];
      if (inclusive) {
        hedge = inclusive;
        next = after.next;
      }
    } else if (hedge === 'exact' || hedge === 'about') {
      // "about 500 or more" is at least about 500
      hedge = after.value;
      next = after.next;
    }
  }
  // "$1,200 a week", "2 million barrels a day", "40 tonnes of silt a year": one quantity with a per-unit
  const rate = d.dimension === 'date' || d.dimension === 'time-of-day' ? null : rateAfter(model, tokens, next);
  const measured = next;
  if (rate) next = rate.next;
  let role: QuantityRole = d.role ?? 'measure';
  if (
    d.dimension === 'duration' &&
    (tables(model).offsetWords.startingAt(tokens, next) || isLookBack(tokens, first) || isLookAhead(tokens, first)) &&
    tokens[first - 1]?.lower !== 'for' // "deliberated for nine hours before the verdict": a length
  )
    role = 'offset';
  const firstToken = tokens[first] as Token;
  const lastToken = tokens[next - 1] as Token;
  const mention: RawQuantityMention = {
    kind: 'quantity',
    start: firstToken.start,
    end: lastToken.end,
    text: text.slice(firstToken.start, lastToken.end),
    sentence,
    firstToken: first,
    lastToken: next - 1,
    role,
    reading: {
      dimension: d.dimension,
      amount: d.amount,
      ...(d.upper !== undefined ? { upper: d.upper } : {}),
      granularity: d.granularity,
      factor: d.factor,
      ...(d.shift ? { shift: d.shift } : {}),
      unit: d.unit,
      statedUnit: d.statedUnit,
      unitKey: d.unitKey,
      hedge,
      trend:
        d.trend ??
        (d.dimension === 'money' && raised(model, tokens, first)
          ? null
          : (trendBefore(model, tokens, first) ?? signedChange(d.dimension, tokens[first]))),
      ...(d.dimension === 'time-of-day' ? { zone: d.zone ?? null } : {}),
      ...(rate ? { per: rate.per } : {}),
    },
  };
  const frame =
    d.dimension === 'date'
      ? readAct(tokens, first, next)
      : d.dimension === 'time-of-day'
        ? undefined
        : readFrame(tokens, first, measured);
  if (frame) mention.frame = frame;
  if (d.verb) mention.verb = d.verb;
  if (d.noun) {
    const noun = nounAfter(tokens, measured);
    const verb = verbNear(model, tokens, first, measured - 1);
    if (noun) mention.noun = noun;
    if (verb) mention.verb = verb;
  }
  return mention;
}

/** "+0.7%", "-2.4%": a share written with its sign is a change that way (a temperature's minus is none). */
function signedChange(dimension: Dimension, first: Token | undefined): Trend | null {
  if (dimension !== 'percent' && dimension !== 'percentage-point') return null;
  return first?.text === '+' ? 'up' : first?.text === '-' || first?.text === '−' ? 'down' : null;
}

/** "raised $50 million": money raised, not a change. */
const raised = (model: Model, tokens: Token[], first: number): boolean =>
  (model.offsets.fundraising ?? []).includes(tokens[first - 1]?.lower ?? '');

/** Words of what is counted or measured that may stand between a quantity and its rate ("300 cars per day"). */
const RATE_GAP = 3;

/**
 * "a week", "per day", "each year" right after the quantity, or after what it counts ("of silt"),
 * and not the start of an offset ("a week ago"): the per-unit, singular, and where the rate ends.
 */
function rateAfter(model: Model, tokens: Token[], next: number): { per: string; next: number } | null {
  let k = next;
  const gapWord = (t: Token | undefined): boolean =>
    Boolean(t && t.kind === 'word' && (t.lower === 'of' || t.tags?.some((x) => x === 'Noun' || x === 'Plural')));
  while (k < next + RATE_GAP && !tables(model).rateWords.has(tokens[k]?.lower ?? '') && gapWord(tokens[k])) k++;
  if (!tables(model).rateWords.has(tokens[k]?.lower ?? '')) return null;
  const unit = (tokens[k + 1]?.lower ?? '').replace(/s$/, '');
  if (!tables(model).rateUnits.has(unit) || tables(model).offsetWords.startingAt(tokens, k + 2)) return null;
  return { per: unit, next: k + 2 };
}

/** Words that put a clause in the future: "will be neutral in a decade" is a point in time, not a length. */
const FUTURE = new Set(['will', "'ll", 'would', 'shall']);

/** "will be carbon neutral in a decade", "would reopen within two weeks": a time from now. */
function isLookAhead(tokens: Token[], first: number): boolean {
  if (!['in', 'within'].includes(tokens[first - 1]?.lower ?? '')) return false;
  for (let k = first - 2; k >= 0 && tokens[k]?.text !== ','; k--) if (FUTURE.has(tokens[k]?.lower ?? '')) return true;
  return false;
}

/** "the deadliest day for the region in over a year", "the first time in 20 years". */
function isLookBack(tokens: Token[], first: number): boolean {
  if (tokens[first - 1]?.lower !== 'in') return false;
  for (let k = first - 2; k >= 0; k--) {
    const word = tokens[k]?.lower ?? '';
    if (SUPERLATIVE.test(word) && !NOT_SUPERLATIVE.has(word)) return true;
  }
  return false;
}

/** "rose by 5%", "up 3%": a change, not a level. */
function trendBefore(model: Model, tokens: Token[], first: number): Trend | null {
  const previous = tokens[first - 1];
  if (!previous) return null;
  // "rose 5%", "rose by 5%", "rose from 3% (to 5%)", "raised rates by 50 basis points"
  const through = previous.lower === 'by' || previous.lower === 'from';
  const word = through ? tokens[first - 2]?.lower : previous.lower;
  const found = (word && tables(model).trendWords.get(word)) || null;
  if (found || previous.lower !== 'by') return found;
  return tables(model).trendWords.get(tokens[first - 3]?.lower ?? '') ?? null;
}

/** Words after a count that are not what it counts ("500 were injured"). */
const NOT_NOUNS = new Set([
  'were',
  'was',
  'are',
  'is',
  'have',
  'had',
  'has',
  'of',
  'in',
  'and',
  'or',
  'to',
  'at',
  'on',
  'by',
  'for',
  'from',
  'with',
  'as',
  'but',
  'that',
  'who',
  'which',
]);

function nounAfter(tokens: Token[], i: number): string | undefined {
  for (let k = i; k < Math.min(tokens.length, i + 3); k++) {
    const token = tokens[k] as Token;
    if (token.kind !== 'word' || NOT_NOUNS.has(token.lower)) return undefined;
    if (token.lower === 'other' || token.lower === 'more') continue;
    return token.lower;
  }
  return undefined;
}

/** The nearest count verb or cue ("killed", "dead", "injured"); at equal distance the one after. */
function verbNear(model: Model, tokens: Token[], first: number, last: number): string | undefined {
  for (let d = 1; d <= VERB_WINDOW; d++) {
    const after = countCues(model).cues.startingAt(tokens, last + d);
    if (after) return after.value;
    if (first - d >= 0) {
      const before = countCues(model).cues.startingAt(tokens, first - d);
      if (before) return before.value;
    }
  }
  return levelOf(model, tokens, first, last);
}

/** How far back a level's cue may stand: "the death toll from the quake in the province stands at 14". */
const LEVEL_WINDOW = 10;
/** Words right before a count that make it the level a noun phrase before it reaches ("toll ... to 11"). */
const LEVEL_LINKS = new Set(['to', 'at']);
/** A span of time in the phrase makes a running total, not the event's toll ("deaths in the county this year"). */
const SPANS = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'season', 'decade', 'decades']);
/** Words that end the clause a level's cue must share with it. */
const LEVEL_BREAKS = new Set(['and', 'but', 'while', 'as', 'who', 'which', 'that']);

/**
 * "bringing the death toll from the storm to 9": a count that stands alone after "to" or "at" is the
 * level of the cue noun heading the phrase before it, across a prepositional phrase, in its own clause.
 */
function levelOf(model: Model, tokens: Token[], first: number, last: number): string | undefined {
  const after = tokens[last + 1];
  if (!LEVEL_LINKS.has(tokens[first - 1]?.lower ?? '')) return undefined;
  // nothing counted after it: the end of its clause, or a phrase of when or where ("to 23 on Friday")
  const alone = !after || after.kind === 'punct' || LEVEL_BREAKS.has(after.lower) || hasTag(after, 'Preposition');
  if (!alone) return undefined;
  for (let k = first - 2; k >= Math.max(0, first - LEVEL_WINDOW); k--) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word' || LEVEL_BREAKS.has(t.lower) || SPANS.has(t.lower)) return undefined;
    // only the verb that links the level ("stands at", "rose to") stands between: "Injuries have cut
    // the squad to 11" acts on another noun
    if (hasTag(t, 'Verb') && k !== first - 2) return undefined;
    const cue = countCues(model).cues.endingBefore(tokens, k + 1);
    if (!cue || cue.next <= cue.first) continue;
    // a noun that names the count ("death toll", "injuries"), not a verb ("died in prison at 77" is an age),
    // with a phrase of what or where after it, or the linking verb
    const next = tokens[k + 1];
    const linked = k + 1 === first - 1 || k + 1 === first - 2 || hasTag(next, 'Preposition');
    return hasTag(t, 'Noun') && !hasTag(t, 'Verb') && linked ? cue.value : undefined;
  }
  return undefined;
}
