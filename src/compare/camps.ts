import { intersect } from '../normalize/interval.js';
import type { Fact, Interval } from '../types.js';

export interface FactCamp {
  /** What every fact in the camp allows at once. */
  common: Interval;
  facts: Fact[];
}

const order = (a: Fact, b: Fact): number => {
  const x = a.mention.value;
  const y = b.mention.value;
  return x.high - y.high || x.low - y.low || (a.article < b.article ? -1 : a.article > b.article ? 1 : 0) || a.mention.start - b.mention.start;
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
      const common = intersect(camp.common, other.mention.value);
      if (!common) continue;
      camp.common = common;
      camp.facts.push(other);
      placed.add(other);
    }
    camps.push(camp);
  }
  return camps;
}

export function articlesOf(camp: FactCamp): string[] {
  return [...new Set(camp.facts.map((f) => f.article))].sort();
}
