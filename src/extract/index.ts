import type { Model, RawQuantityMention, TokenizedArticle } from '../types.js';
import { publicationDay } from './dates.js';
import { extractQuantities } from './quantities.js';

/** Every quantity in an article, in text order. */
export function extractMentions(model: Model, parsed: TokenizedArticle): RawQuantityMention[] {
  const pub = publicationDay(parsed.article.date);
  return parsed.tokens.flatMap((tokens, s) => extractQuantities(model, parsed.article.text, tokens, s, pub));
}
