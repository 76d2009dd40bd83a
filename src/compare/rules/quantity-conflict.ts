/**
 * quantity-conflict: values for one fact whose intervals (with their hedges and rounding)
 * cannot overlap. One finding per fact, with the articles grouped into camps that agree.
 */
import type { FactGroup } from '../../align/align.js';
import { describe, durationUnit } from '../../normalize/describe.js';
import { gap } from '../../normalize/interval.js';
import type { Camp, Fact, Finding } from '../../types.js';
import { articlesOf, formCamps, type FactCamp } from '../camps.js';
import { conflictMessage } from '../messages.js';
import type { Rule, RuleContext } from './rule.js';

/** A gap between camps of at least this share of the smaller value is an error; a narrower one a warning. */
const ERROR_GAP = 0.1;
/** For clock times, in minutes. */
const ERROR_GAP_CLOCK = 30;

export const quantityConflict: Rule = {
  id: 'quantity-conflict',
  check(input, ctx) {
    return input.groups.flatMap((group) => checkGroup(group, ctx));
  },
};

function checkGroup(group: FactGroup, ctx: RuleContext): Finding[] {
  const camps = formCamps(group.facts);
  if (camps.length < 2 || !disagree(camps)) return [];
  const values = group.facts.map((f) => f.mention.value);
  const unit = group.key.dimension === 'duration' ? durationUnit(values) : undefined;
  const described: Camp[] = camps.map((camp) => ({ reading: campReading(camp, unit), articles: articlesOf(camp) }));
  const evidence = camps.flatMap((camp, c) => [...camp.facts].sort(textOrder).map((fact) => ctx.evidence(fact, c, unit)));
  const finding: Finding = {
    ruleId: 'quantity-conflict',
    severity: severity(camps, group.key.dimension === 'time-of-day'),
    confidence: confidence(camps),
    message: conflictMessage(group.key, described),
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

/** Some article in one camp is in no other: different articles, not one article contradicting itself. */
function disagree(camps: FactCamp[]): boolean {
  const sets = camps.map((c) => new Set(articlesOf(c)));
  return sets.some((a, i) => sets.some((b, j) => i !== j && [...a].some((x) => !b.has(x)) && [...b].some((x) => !a.has(x))));
}

/** The reading most of the camp's mentions give (ties: the first in text order). */
function campReading(camp: FactCamp, unit?: [string, number]): string {
  const counts = new Map<string, number>();
  for (const fact of camp.facts) {
    const reading = describe(fact.mention.value, unit);
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
