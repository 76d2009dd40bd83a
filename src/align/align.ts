import { overlaps } from '../normalize/interval.js';
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
    .map(([, group]) => ({ ...group, facts: leadFacts(group.facts) }));
}

/**
 * An article states its own story's figure first; a later value for the same key that cannot
 * be true with the first one is background (an earlier quake, another district's toll):
 * it is kept out of the comparison.
 */
function leadFacts(facts: Fact[]): Fact[] {
  const byArticle = new Map<string, Fact[]>();
  for (const f of facts) addTo(byArticle, f.article, f);
  const kept: Fact[] = [];
  for (const list of byArticle.values()) {
    const [lead, ...rest] = [...list].sort((a, b) => a.mention.start - b.mention.start);
    if (!lead) continue;
    kept.push(lead, ...rest.filter((f) => overlaps(f.mention.value, lead.mention.value)));
  }
  return kept;
}
