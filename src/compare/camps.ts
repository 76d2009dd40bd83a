import { mostFrequent } from '../util/most-frequent.js';
import { describeValue, displayUnit, type DisplayUnit } from '../normalize/describe.js';
import { intersect } from '../normalize/interval.js';
import type { Camp, Fact, FactGroup, Finding, Hedge, Interval, Model, RuleId, Severity } from '../types.js';
import type { RuleContext } from './rules/rule.js';
import { linkOf } from './labels.js';

export interface FactCamp {
  /** What every fact in the camp allows at once. */
  common: Interval;
  facts: Fact[];
}

/** Relative width under which a common part is a single point (floating-point sums of rounding bands). */
const POINT = 1e-9;

const width = (i: Interval): number => i.high - i.low;
const isPoint = (i: Interval): boolean => width(i) <= POINT * Math.max(1, Math.abs(i.low));

/**
 * What two values allow at once, or null. Two rounded values that only touch at the edge of
 * their bands ("M8.6" is 8.55–8.65, "M8.7" is 8.65–8.75) say different things: they do not
 * meet. A stated point still meets a band that reaches it.
 */
export function meet(a: Interval, b: Interval): Interval | null {
  const common = intersect(a, b);
  if (!common || !isPoint(common)) return common;
  const bands = Number.isFinite(width(a)) && Number.isFinite(width(b)) && !isPoint(a) && !isPoint(b);
  return bands ? null : common;
}

const order = (a: Fact, b: Fact): number => {
  const x = a.mention.value;
  const y = b.mention.value;
  return (
    x.high - y.high ||
    x.low - y.low ||
    (a.article < b.article ? -1 : a.article > b.article ? 1 : 0) ||
    a.mention.start - b.mention.start
  );
};

/**
 * Splits facts into the fewest camps whose members can all be true at once
 * (interval stabbing: sorted by upper end, each camp takes every fact that still
 * overlaps what the camp has in common). Camps come out from low values to high.
 */
export function formCamps(facts: Fact[]): FactCamp[] {
  const sorted = [...facts].sort(order);
  const camps: FactCamp[] = [];
  const placed = new Set<Fact>();
  for (const seed of sorted) {
    if (placed.has(seed)) continue;
    const camp: FactCamp = { common: seed.mention.value, facts: [seed] };
    placed.add(seed);
    for (const other of sorted) {
      if (placed.has(other)) continue;
      const common = meet(camp.common, other.mention.value);
      if (!common) continue;
      camp.common = common;
      camp.facts.push(other);
      placed.add(other);
    }
    camps.push(camp);
  }
  return camps;
}

/**
 * The camps of a disputed fact without the facts that take no side: a value that can be true
 * together with every camp ("at least 50" beside "dozens" and "more than 200") agrees with all
 * of them, so it is no evidence of the dispute. The camps are formed again from the rest; fewer
 * than two means there is no dispute left.
 */
export function disputeCamps(facts: Fact[]): FactCamp[] {
  const camps = formCamps(facts);
  if (camps.length < 2) return camps;
  const sided = facts.filter((f) => !camps.every((c) => meet(c.common, f.mention.value)));
  return boundsOfOneFigure(sided.length === facts.length ? camps : formCamps(sided));
}

/** Hedges that come close to a figure from one side ("nearly 50", "just over 50"). */
const NEAR_BOUNDS = new Set<Hedge>(['nearly', 'just-over']);

/**
 * "Nearly 50 million" against "over fifty million": two camps that only reach the same figure
 * from either side, neither holding it, one of them only coming close to it, are bounds on one
 * rough figure, not a dispute ("less than 50" against "more than 50" still is one). The camp
 * made of both holds that figure, which each of them comes to.
 */
function boundsOfOneFigure(camps: FactCamp[]): FactCamp[] {
  if (camps.length !== 2) return camps;
  const [below, above] = camps as [FactCamp, FactCamp];
  const figure = below.common.high;
  const facing = figure === above.common.low && !below.common.highInclusive && !above.common.lowInclusive;
  const near = (camp: FactCamp): boolean => camp.facts.every((f) => NEAR_BOUNDS.has(f.mention.value.hedge));
  if (!facing || !Number.isFinite(figure) || !(near(below) || near(above))) return camps;
  const point = { low: figure, high: figure, lowInclusive: true, highInclusive: true };
  return [{ common: point, facts: [...below.facts, ...above.facts] }];
}

export function articlesOf(camp: FactCamp): string[] {
  return [...new Set(camp.facts.map((f) => f.article))].sort();
}

/** A disputed quantity fact, read for a finding: its camps, the unit all sides are shown in, each camp told. */
export interface Dispute {
  camps: FactCamp[];
  unit: DisplayUnit | undefined;
  described: Camp[];
}

/** The dispute of a fact whose camps different articles hold (not one article against itself), else null. */
export function disputeOf(model: Model, group: FactGroup): Dispute | null {
  const camps = disputeCamps(group.facts);
  return camps.length < 2 || !disagree(camps) ? null : described(model, group, camps);
}

/** Camps with the unit all sides are shown in, and each camp told. */
function described(model: Model, group: FactGroup, camps: FactCamp[]): Dispute {
  const values = camps.flatMap((c) => c.facts.map((f) => f.mention.value));
  const unit = displayUnit(model, values);
  return {
    camps,
    unit,
    described: camps.map((c) => ({ reading: campReading(model, c, unit), articles: articlesOf(c) })),
  };
}

/**
 * Two figures a reader tells apart though their intervals meet: an open lower bound is a claim of
 * about its number ("at least 30 injured" and "at least 95 injured"; "more than 50" and "200"). The
 * larger must be at least this many times the smaller: "at least 40" and "at least 43", "more than
 * 12,000" and "more than 14,000" are one figure.
 */
export const FIGURES_APART = 1.5;
/** ...and two counts this many apart at least: "at least two" trucks and three are one small figure. */
export const COUNT_GAP = 10;
const LOWER_BOUNDS: ReadonlySet<Hedge> = new Set(['more-than', 'at-least', 'well-over', 'just-over']);
/** Values that state one number: a bound's, an exact value's, an estimate's. */
const POINTED: ReadonlySet<Hedge> = new Set([...LOWER_BOUNDS, 'exact', 'about']);

/** The number a value states: a lower bound's own, else the middle of its interval. */
const statedPoint = (f: Fact): number =>
  LOWER_BOUNDS.has(f.mention.value.hedge) ? f.mention.value.low : (f.mention.value.low + f.mention.value.high) / 2;

/**
 * Camps of figures FIGURES_APART apart where one is an open lower bound, for a fact whose
 * intervals all meet (so `disputeOf` finds nothing), held by different articles; else null.
 */
export function figuresApart(model: Model, group: FactGroup): Dispute | null {
  const facts = group.facts
    .filter((f) => POINTED.has(f.mention.value.hedge) && Number.isFinite(statedPoint(f)) && statedPoint(f) > 0)
    .sort((a, b) => statedPoint(a) - statedPoint(b) || textOrder(a, b));
  const camps: FactCamp[] = [];
  const counted = group.key.dimension === 'count';
  let top = 0; // the largest figure so far: the facts are in ascending order
  for (const fact of facts) {
    const camp = camps[camps.length - 1];
    const near = statedPoint(fact) < top * FIGURES_APART || (counted && statedPoint(fact) - top < COUNT_GAP);
    if (camp && near) camp.facts.push(fact);
    else camps.push({ common: fact.mention.value, facts: [fact] });
    top = statedPoint(fact);
  }
  // a bound below another figure: "at least 30" under "95" (a bound above one is a plain conflict)
  const boundBelow = camps.slice(0, -1).some((c) => c.facts.some((f) => LOWER_BOUNDS.has(f.mention.value.hedge)));
  return camps.length < 2 || !boundBelow || !disagree(camps) ? null : described(model, group, camps);
}

/** The finding of a disputed quantity: each camp's facts as evidence, in text order. */
export function quantityFinding(
  ruleId: RuleId,
  severity: Severity,
  message: string,
  group: FactGroup,
  dispute: Dispute,
  ctx: RuleContext,
): Finding {
  const evidence = dispute.camps.flatMap((camp, c) =>
    [...camp.facts].sort(textOrder).map((fact) => ctx.evidence(fact, c, dispute.unit)),
  );
  return {
    ruleId,
    severity,
    confidence: confidence(dispute.camps),
    message,
    subject: group.key.subject,
    attribute: group.key.attribute,
    articlesStating: new Set(group.facts.map((f) => f.article)).size,
    link: linkOf(group.key),
    camps: dispute.described,
    evidence,
  };
}

function textOrder(a: Fact, b: Fact): number {
  return (a.article < b.article ? -1 : a.article > b.article ? 1 : 0) || a.mention.start - b.mention.start;
}

/** Some article in one camp: different articles, not one article contradicting itself. */
function disagree(camps: FactCamp[]): boolean {
  const sets = camps.map((c) => new Set(articlesOf(c)));
  return sets.some((a, i) =>
    sets.some((b, j) => i !== j && [...a].some((x) => !b.has(x)) && [...b].some((x) => !a.has(x))),
  );
}

/** Readings a camp's label names at most; the rest are counted ("or 2 other readings"). */
const LABEL_READINGS = 3;

/**
 * What the camp's articles say, each article by the reading it gives most, the readings most
 * articles give first: "N articles say X" holds for every article counted, so "dozens" is never
 * counted under "about 45–55" (the label is then "about 45–55 or 24–99").
 */
function campReading(model: Model, camp: FactCamp, unit?: DisplayUnit): string {
  const byArticle = new Map<string, string[]>();
  for (const fact of [...camp.facts].sort(textOrder)) {
    const said = byArticle.get(fact.article) ?? [];
    said.push(describeValue(model, fact.mention.value, unit));
    byArticle.set(fact.article, said);
  }
  const readings = [...byArticle.values()].map((said) => mostFrequent(said) ?? '');
  const articles = new Map<string, number>();
  for (const r of readings) articles.set(r, (articles.get(r) ?? 0) + 1);
  const ranked = [...articles.entries()].sort((a, b) => b[1] - a[1]).map(([reading]) => reading);
  const named = ranked.slice(0, LABEL_READINGS);
  const rest = ranked.length - named.length;
  if (rest > 0) return `${named.join(', ')} or ${rest} other reading${rest === 1 ? '' : 's'}`;
  return named.length < 2 ? (named[0] ?? '') : `${named.slice(0, -1).join(', ')} or ${named.at(-1)}`;
}

/** How sure we are of the least sure camp's best fact. */
function confidence(camps: FactCamp[]): number {
  const best = camps.map((c) => Math.max(...c.facts.map((f) => f.confidence)));
  return Math.round(Math.min(...best) * 100) / 100;
}
