import type { ParsedArticle, Span, Token, TokenizedArticle } from '../types.js';

/**
 * Numbers (with `,` `.` `:` groups: "1,200", "1.5", "10:00"), words (with inner apostrophes: "Russia’s"),
 * or any other single non-space character. Each alternative is linear: no backtracking blow-up.
 */
const TOKEN = /(\d+(?:[.,:]\d+)*)|(\p{L}+(?:['’]\p{L}+)*)|[^\s\p{L}\d]/gu;

/** Splits `text.slice(span.start, span.end)` into tokens whose offsets point into `text`. */
/** Whether the NLP adapter gave the token one of these tags (an untagged token has none). */
export const hasTag = (t: Token | undefined, ...tags: string[]): boolean =>
  Boolean(t?.tags?.some((x) => tags.includes(x)));

export function tokenize(text: string, span: Span = { start: 0, end: text.length }): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(span.start, span.end);
  let previousEnd = -1;
  for (const match of slice.matchAll(TOKEN)) {
    const start = span.start + (match.index ?? 0);
    const raw = match[0];
    // which alternative matched: a number starts with a digit, only a word holds a letter
    const kind = match[1] !== undefined ? 'number' : match[2] !== undefined ? 'word' : 'punct';
    tokens.push({
      text: raw,
      lower: raw.toLowerCase(),
      start,
      end: start + raw.length,
      kind,
      spaceBefore: previousEnd !== start,
    });
    previousEnd = start + raw.length;
  }
  return tokens;
}

/**
 * The article with each sentence's tokens, without NLP tags: what the stages after reading
 * read (grouping, align, compare). Made by each that needs them and let go after it.
 */
export function tokenizeArticle(parsed: ParsedArticle): TokenizedArticle {
  return { ...parsed, tokens: parsed.sentences.map((s) => tokenize(parsed.article.text, s)) };
}
