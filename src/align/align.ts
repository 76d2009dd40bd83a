import { gap, overlaps } from '../normalize/interval.js';
import type { Fact, FactKey, Mention, ParsedArticle } from '../types.js';
import type { Entity } from '../normalize/entities.js';
import { anchor } from './anchor.js';
import { articleContext } from './context.js';
import { addTo } from '../util/add-to.js';

/** Facts about one thing, from any number of articles. */
export interface FactGroup {
  key: FactKey;
  facts: Fact[];
}

export function keyString(key: FactKey): string {
  return `${key.subject}|${key.attribute}|${key.dimension}|${key.qualifier ?? ''}|${key.era ?? ''}`;
}

/** Ties each mention to what it is about and groups the facts by that key, in a stable order. */
export function align(articles: { parsed: ParsedArticle; mentions: Mention[] }[], entities: Entity[] = []): FactGroup[] {
  const groups = new Map<string, FactGroup>();
  for (const { parsed, mentions } of articles) {
    const context = articleContext(parsed, entities);
    for (const mention of mentions) {
      const anchored = anchor(mention, parsed.tokens[mention.sentence] ?? [], context);
      if (!anchored) continue;
      const id = keyString(anchored.key);
      let group = groups.get(id);
      if (!group) groups.set(id, (group = { key: anchored.key, facts: [] }));
      const fact = anchored.value ? { ...mention, value: anchored.value } : mention;
      group.facts.push({ key: anchored.key, article: parsed.article.path, mention: fact, confidence: anchored.confidence });
    }
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, group]) => ({ ...group, facts: leadFacts(group.facts, group.key.era !== undefined) }));
}

/**
 * An article states its own story's figure first; a later value for the same key that cannot
 * be true with the first one is background (an earlier quake, another district's toll):
 * it is kept out of the comparison. About another time (`past`: "last year", "in 2004") an
 * article may name several events of one kind ("last year a 6.4 quake ...; an 8.7 quake also
 * hit in May 2012"): the one it shares with the other articles is the one nearest to their values.
 */
function leadFacts(facts: Fact[], past = false): Fact[] {
  const byArticle = new Map<string, Fact[]>();
  for (const f of facts) addTo(byArticle, f.article, f);
  const kept: Fact[] = [];
  for (const [article, list] of byArticle) {
    const sorted = [...list].sort((a, b) => a.mention.start - b.mention.start);
    const others = past ? facts.filter((f) => f.article !== article) : [];
    const lead = others.length > 0 ? nearest(sorted, others) : sorted[0];
    if (!lead) continue;
    kept.push(...sorted.filter((f) => f === lead || overlaps(f.mention.value, lead.mention.value)));
  }
  return kept;
}

/** The fact whose value is nearest, in all, to the other articles' values (ties: the first). */
function nearest(candidates: Fact[], others: Fact[]): Fact | undefined {
  let best: Fact | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const distance = others.reduce((sum, o) => sum + gap(c.mention.value, o.mention.value), 0);
    if (distance < bestDistance) [best, bestDistance] = [c, distance];
  }
  return best;
}
