/** The pipeline's stages on articles in memory, with the tests' model. */
import { readArticle } from '../../src/extract/read.js';
import { check, mentionsOf } from '../../src/pipeline.js';
import { tokenizeArticle } from '../../src/text/tokens.js';
import type { Article, ArticleMentions, Entity, QuantityMention, Report, TokenizedArticle } from '../../src/types.js';
import { MODEL } from './model.js';

export const TOOL = { name: 'factdiff', version: '0.0.0-test' };

/** The articles read, their names typed batch-wide, and the entities merged: what group and align take. */
export function mentionsIn(articles: Article[]): { mentions: ArticleMentions[]; entities: Entity[] } {
  return mentionsOf(
    MODEL,
    articles,
    articles.map((a) => readArticle(MODEL, a)),
  );
}

/** One article read on its own (names typed with what it alone knows). */
export function mentionsOfOne(article: Article): ArticleMentions {
  return mentionsIn([article]).mentions[0] as ArticleMentions;
}

/** A check of articles in memory with the tests' model. */
export function checkArticles(articles: Article[], options: Parameters<typeof check>[1] | object = {}): Report {
  return check(articles, { model: MODEL, tool: TOOL, ...options });
}

/** Quantity-conflict messages (error or warning) of one-story articles 0.txt, 1.txt, …, dated `date` if given. */
export function conflictMessages(texts: string[], date?: string): string[] {
  return checkArticles(
    texts.map((text, i) => ({ path: `${i}.txt`, text, ...(date ? { date } : {}) })),
    { group: 'none' },
  )
    .findings.filter((f) => f.ruleId === 'quantity-conflict' && f.severity !== 'info')
    .map((f) => f.message);
}

/** What align takes: each article's tokens (made again, as the pipeline does per story) and its quantities. */
export function forAlign(mentions: ArticleMentions[]): { parsed: TokenizedArticle; mentions: QuantityMention[] }[] {
  return mentions.map((a) => ({ parsed: tokenizeArticle(a.parsed), mentions: a.mentions }));
}
