/**
 * update (warning): a toll that rose as reports came in, or an event's length so far that grew
 * ("four days of riots", then "eight days"). When every article is dated and each higher camp
 * was published no earlier than every lower one (and some later), the numbers are a figure
 * growing over time, not a contradiction; the older figures are out of date.
 */
import type { Camp, FactGroup, FactKey, Model } from '../../types.js';
import { eventish } from '../../align/identity.js';
import { articlesOf, disputeOf, quantityFinding, type FactCamp } from '../camps.js';
import { capitalized, keyLabel } from '../labels.js';
import { docsOf, type Rule } from './rule.js';

/** Tolls that grow as reports come in: counts of people, not of anything else. */
const TOLLS = new Set(['killed', 'injured', 'missing', 'arrested', 'evacuated', 'rescued']);
/** Units of an event's length told in days or more ("four days of riots"): it grows while the event goes on. */
const DAYS_OR_MORE = new Set(['day', 'week', 'month', 'year']);

/**
 * A figure that grows while the story goes on: a toll, or the length so far of the story's event told
 * in days or more ("four days of riots"), not a length read from a sentence's grammar or likeness (a
 * prison sentence, a contract).
 */
export function growsOverTime(model: Model, group: FactGroup): boolean {
  return group.key.dimension === 'count' ? TOLLS.has(group.key.attribute) : lengthSoFar(model, group);
}

/**
 * The length so far of the story's event, told in days or more ("four days of riots", "the strike,
 * now in its third week"): two articles of unknown days may tell it at two times. A toll, by
 * contrast, is told of the event, and two tolls of undated articles that differ are a conflict.
 */
export function lengthSoFar(model: Model, group: FactGroup): boolean {
  const { key } = group;
  if (key.dimension !== 'duration' || key.attribute !== 'duration' || key.alike) return false;
  return group.facts.every(
    ({ mention: m }) =>
      // told in days or more: "30 hours of talks" is time spent, not days gone by
      DAYS_OR_MORE.has(m.value.unitKey ?? '') &&
      // not a term the thing has ("an eight-year deal")
      m.role !== 'modifier' &&
      // tied to an event word, or read from grammar as a tally of something ("four days of riots")
      (key.frame ? (m.frame?.written ?? '').startsWith('of ') : eventish(model, key.subject)),
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
