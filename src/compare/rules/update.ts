/**
 * update (warning): a toll that rose as reports came in. When every article is dated and each
 * higher camp was published no earlier than every lower one (and some later), the numbers are
 * a count growing over time, not a contradiction; the older figures are out of date.
 */
import type { Camp, FactGroup, FactKey } from '../../types.js';
import { articlesOf, disputeOf, quantityFinding, type FactCamp } from '../camps.js';
import { capitalized, keyLabel } from '../labels.js';
import { docsOf, type Rule } from './rule.js';

/** Tolls that grow as reports come in: counts of people, not of anything else. */
const TOLLS = new Set(['killed', 'injured', 'missing', 'arrested', 'evacuated', 'rescued']);

export const update: Rule = {
  meta: {
    id: 'update',
    title: 'Update',
    description:
      'A toll rose as reports came in: later articles give higher numbers. ' +
      'Not a contradiction, but the older figures are out of date.',
    defaultSeverity: 'warning',
    docs: docsOf('update'),
  },
  check(input, ctx) {
    const dates = new Map(input.articles.map((a) => [a.article.path, a.article.date]));
    return input.groups.flatMap((group) => {
      const dispute = disputeOf(ctx.model, group);
      const rising = dispute ? risingToll(group, dispute.camps, dates) : null;
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
  group: FactGroup,
  camps: FactCamp[],
  dates: Map<string, string | undefined>,
): string[] | null {
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
