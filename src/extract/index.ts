import type { ParsedArticle, RawQuantityMention } from '../types.js';
import { extractQuantities } from './quantities.js';

/** Every mention in an article, in text order. */
export function extractMentions(parsed: ParsedArticle): RawQuantityMention[] {
  return parsed.tokens.flatMap((tokens, s) => extractQuantities(parsed.article.text, tokens, s, parsed.article.date));
}
