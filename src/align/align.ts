import type { Fact, FactKey, Mention, ParsedArticle } from '../types.js';
import { anchor } from './anchor.js';

/** Facts about one thing, from any number of articles. */
export interface FactGroup {
  key: FactKey;
  facts: Fact[];
}

export function keyString(key: FactKey): string {
  return `${key.subject}|${key.attribute}|${key.dimension}|${key.qualifier ?? ''}`;
}

/** Ties each mention to what it is about and groups the facts by that key, in a stable order. */
export function align(articles: { parsed: ParsedArticle; mentions: Mention[] }[]): FactGroup[] {
  const groups = new Map<string, FactGroup>();
  for (const { parsed, mentions } of articles) {
    for (const mention of mentions) {
      const anchored = anchor(mention, parsed.tokens[mention.sentence] ?? []);
      if (!anchored) continue;
      const id = keyString(anchored.key);
      let group = groups.get(id);
      if (!group) groups.set(id, (group = { key: anchored.key, facts: [] }));
      group.facts.push({ key: anchored.key, article: parsed.article.path, mention, confidence: anchored.confidence });
    }
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, group]) => group);
}
