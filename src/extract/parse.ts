import { tokenize } from '../text/tokens.js';
import type { Article, ParsedArticle } from '../types.js';
import { splitSentences } from './sentences.js';

/** Sentences and their tokens: the shape every extractor reads. */
export function parseArticle(article: Article): ParsedArticle {
  const sentences = splitSentences(article.text);
  const tokens = sentences.map((s) => tokenize(article.text, s));
  const words = tokens.reduce((n, ts) => n + ts.filter((t) => t.kind !== 'punct').length, 0);
  return { article, sentences, tokens, words };
}
