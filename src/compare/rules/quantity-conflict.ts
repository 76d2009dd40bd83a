/**
 * quantity-conflict: values for one fact whose intervals (with their hedges and rounding)
 * cannot overlap. One finding per fact, with the articles grouped into camps that agree.
 */
import { describeValue, durationUnit } from '../../normalize/describe.js';
import { gap } from '../../normalize/interval.js';
import type { Camp, Fact, FactGroup, Finding, Model } from '../../types.js';
import { articlesOf, disputeCamps, type FactCamp } from '../camps.js';
import { conflictMessage, updateMessage } from '../messages.js';
import type { Rule, RuleContext } from './rule.js';

/** A gap between camps of at least this share of the smaller value is an error; a narrower one a warning. */
const ERROR_GAP = 0.1;
/** For clock times, in minutes. */
const ERROR_GAP_CLOCK = 30;

export const quantityConflict: Rule = {
  id: 'quantity-conflict',
  check(input, ctx) {
    const dates = new Map(input.articles.map((a) => [a.article.path, a.article.date]));
    return input.groups.flatMap((group) => checkGroup(group, dates, ctx));
  },
};

function checkGroup(group: FactGroup, dates: Map<string, string | undefined>, ctx: RuleContext): Finding[] {
  const camps = disputeCamps(group.facts);
  if (camps.length < 2 || !disagree(camps)) return [];
  const values = camps.flatMap((c) => c.facts.map((f) => f.mention.value));
  const unit = group.key.dimension === 'duration' ? durationUnit(ctx.model, values) : undefined;
  const described: Camp[] = camps.map((camp) => ({
    reading: campReading(ctx.model, camp, unit),
    articles: articlesOf(camp),
  }));
  const evidence = camps.flatMap((camp, c) =>
    [...camp.facts].sort(textOrder).map((fact) => ctx.evidence(fact, c, unit)),
  );
  const rising = risingToll(group, camps, dates);
  const finding: Finding = {
    ruleId: rising ? 'update' : 'quantity-conflict',
    severity: rising ? 'warning' : vagueSide(camps) ? 'info' : severity(camps, group.key.dimension === 'time-of-day'),
    confidence: confidence(camps),
    message: rising ? updateMessage(group.key, described, rising) : conflictMessage(group.key, described),
    subject: group.key.subject,
    attribute: group.key.attribute,
    articlesStating: new Set(group.facts.map((f) => f.article)).size,
    camps: described,
    evidence,
  };
  return [finding];
}

function textOrder(a: Fact, b: Fact): number {
  return (a.article < b.article ? -1 : a.article > b.article ? 1 : 0) || a.mention.start - b.mention.start;
}

/** A side that says only "dozens" or "several" makes no precise claim: a note, not a conflict. */
function vagueSide(camps: FactCamp[]): boolean {
  return camps.some((c) => c.facts.every((f) => f.mention.value.hedge === 'vague'));
}

/** Tolls that grow as reports come in: counts of people, not of anything else. */
const TOLLS = new Set(['killed', 'injured', 'missing', 'arrested', 'evacuated', 'rescued']);

/**
 * When every article is dated and each higher camp was published no earlier than every
 * lower one (and some later), the numbers are a toll rising over time, not a contradiction.
 * Returns each camp's date range, or null.
 */
function risingToll(group: FactGroup, camps: FactCamp[], dates: Map<string, string | undefined>): string[] | null {
  if (group.key.dimension !== 'count' || !TOLLS.has(group.key.attribute)) return null;
  const campDates = camps.map((c) => articlesOf(c).map((a) => dates.get(a)));
  if (campDates.some((ds) => ds.some((d) => !d))) return null;
  const sorted = campDates.map((ds) => (ds as string[]).sort());
  let later = false;
  for (let i = 1; i < sorted.length; i++) {
    const previousLast = sorted[i - 1]?.at(-1) as string;
    const first = sorted[i]?.[0] as string;
    if (first < previousLast) return null;
    if (first > previousLast) later = true;
  }
  return later ? sorted.map((ds) => (ds[0] === ds.at(-1) ? (ds[0] as string) : `${ds[0]}…${ds.at(-1)}`)) : null;
}

/** Some article in one camp: different articles, not one article contradicting itself. */
function disagree(camps: FactCamp[]): boolean {
  const sets = camps.map((c) => new Set(articlesOf(c)));
  return sets.some((a, i) =>
    sets.some((b, j) => i !== j && [...a].some((x) => !b.has(x)) && [...b].some((x) => !a.has(x))),
  );
}

/** The reading most of the camp's mentions give (ties: the first in text order). */
function campReading(model: Model, camp: FactCamp, unit?: [string, number]): string {
  const counts = new Map<string, number>();
  for (const fact of camp.facts) {
    const reading = describeValue(model, fact.mention.value, unit);
    counts.set(reading, (counts.get(reading) ?? 0) + 1);
  }
  let best = '';
  let most = 0;
  for (const [reading, n] of counts) if (n > most) [best, most] = [reading, n];
  return best;
}

function severity(camps: FactCamp[], clock: boolean): Finding['severity'] {
  let widest = 0;
  for (let i = 1; i < camps.length; i++) {
    const a = (camps[i - 1] as FactCamp).common;
    const b = (camps[i] as FactCamp).common;
    const g = gap(a, b);
    const scale = Math.min(Math.abs(a.high), Math.abs(b.low)) || 1;
    widest = Math.max(widest, clock ? g / ERROR_GAP_CLOCK : g / scale / ERROR_GAP);
  }
  return widest >= 1 ? 'error' : 'warning';
}

/** How sure we are of the least sure camp's best fact. */
function confidence(camps: FactCamp[]): number {
  const best = camps.map((c) => Math.max(...c.facts.map((f) => f.confidence)));
  return Math.round(Math.min(...best) * 100) / 100;
}
