/**
 * update (warning): a toll that rose as reports came in, or an event's length so far that grew
 * ("four days of riots", then "eight days"). When every article is dated and each higher camp
 * was published no earlier than every lower one (and some later), the numbers are a figure
 * growing over time, not a contradiction; the older figures are out of date.
 */
import type { Camp, FactGroup, FactKey, Model } from '../../types.js';
import { articlesOf, disputeOf, quantityFinding, type FactCamp } from '../camps.js';
import { capitalized, keyLabel } from '../labels.js';
import { docsOf, type Rule } from './rule.js';

/** Tolls that grow as reports come in: counts of people, not of anything else. */
const TOLLS = new Set(['killed', 'injured', 'missing', 'arrested', 'evacuated', 'rescued']);

/**
 * A figure that grows while the story goes on: a toll, or the time gone by so far, told as a tally
 * ("four days of riots").
 */
export function growsOverTime(model: Model, group: FactGroup): boolean {
  return group.key.dimension === 'count' ? TOLLS.has(group.key.attribute) : lengthSoFar(model, group);
}

/**
 * The time gone by so far, told as a tally of something in days or more ("four days of riots",
 * "two decades of war": model/attributes.json `lengthSoFar`): two articles of unknown days may
 * tell it at two times. Not a term ("an eight-year deal", "jailed for 10 years"), a plan ("a
 * ceasefire of 30 days") or a length told whole ("the strike lasted three weeks"): those are
 * not tallies. A toll, by contrast, is told of the event, and two tolls of undated articles that
 * differ are a conflict.
 */
export function lengthSoFar(model: Model, group: FactGroup): boolean {
  const { key } = group;
  if (key.dimension !== 'duration' || key.attribute !== 'duration' || key.alike || !key.frame) return false;
  const units = model.attributes.lengthSoFar ?? [];
  return group.facts.every(
    ({ mention: m }) =>
      units.includes(m.value.unitKey ?? '') && m.role !== 'modifier' && (m.frame?.written ?? '').startsWith('of '),
  );
}

export const update: Rule = {
  meta: {
    id: 'update',
    title: 'Update',
    description:
      "A toll rose as reports came in, or an event's length so far grew: later articles give higher numbers. " +
      'Not a contradiction, but the older figures are out of date.',
    defaultSeverity: 'warning',
    docs: docsOf('update'),
  },
  check(input, ctx) {
    const dates = new Map(input.articles.map((a) => [a.article.path, a.article.date]));
    return input.groups.flatMap((group) => {
      const dispute = disputeOf(ctx.model, group);
      const rising = dispute ? risingToll(ctx.model, group, dispute.camps, dates) : null;
      if (!dispute || !rising) return [];
      return [quantityFinding('update', 'warning', message(group.key, dispute.described, rising), group, dispute, ctx)];
    });
  },
};

/** "Number killed in the earthquake rose as reports came in: 5 (2013-07-02) → 24 (2013-07-03)". */
export function message(key: FactKey, camps: Camp[], dates: string[]): string {
  const label = keyLabel(key);
  const steps = camps.map((c, i) => `${c.reading} (${dates[i]})`).join(' → ');
  return `${capitalized(label)} rose as reports came in: ${steps}`;
}

/** Each camp's date range when the camps are a toll rising over time, else null. */
export function risingToll(
  model: Model,
  group: FactGroup,
  camps: FactCamp[],
  dates: Map<string, string | undefined>,
): string[] | null {
  if (!growsOverTime(model, group)) return null;
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
