/**
 * An `ArticleReading` as it crosses a thread or goes to the cache: without the article (the
 * receiver has it). Readings hold no tokens (the stages after reading tokenize again), so what
 * is cloned is small (docs/performance.md).
 */
import type { Article, ArticleReading, ParsedArticle } from '../types.js';

export interface PackedReading {
  parsed: Omit<ParsedArticle, 'article'>;
  mentions: ArticleReading['mentions'];
  names: ArticleReading['names'];
}

export function pack(reading: ArticleReading): PackedReading {
  const { sentences, words } = reading.parsed;
  return { parsed: { sentences, words }, mentions: reading.mentions, names: reading.names };
}

/** The reading of `article` again, equal to what `readArticle(model, article)` returned. */
export function unpack(packed: PackedReading, article: Article): ArticleReading {
  const { parsed, mentions, names } = packed;
  return { parsed: { article, sentences: parsed.sentences, words: parsed.words }, mentions, names };
}
