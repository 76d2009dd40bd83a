import type { Span, Token } from '../types.js';

/**
 * Numbers (with `,` `.` `:` groups: "1,200", "1.5", "10:00"), words (with inner apostrophes: "Russia’s"),
 * or any other single non-space character. Each alternative is linear: no backtracking blow-up.
 */
const TOKEN = /\d+(?:[.,:]\d+)*|\p{L}+(?:['’]\p{L}+)*|[^\s\p{L}\d]/gu;

/**
 * Token texts already seen, so that a word repeated through a batch ("the", "said", "police")
 * is one string in memory rather than one per occurrence: the tokens of a large batch are
 * kept until its report is built (docs/performance.md). Bounded, so that a long-running
 * process holds at most this many.
 */
const seen = new Map<string, string>();
const SEEN_MAX = 1 << 18;

function shared(text: string): string {
  const known = seen.get(text);
  if (known !== undefined) return known;
  if (seen.size < SEEN_MAX) seen.set(text, text);
  return text;
}

/** Splits `text.slice(span.start, span.end)` into tokens whose offsets point into `text`. */
export function tokenize(text: string, span: Span = { start: 0, end: text.length }): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(span.start, span.end);
  let previousEnd = -1;
  for (const match of slice.matchAll(TOKEN)) {
    const start = span.start + (match.index ?? 0);
    const raw = shared(match[0]);
    const first = raw.charCodeAt(0);
    const kind = first >= 48 && first <= 57 ? 'number' : /\p{L}/u.test(raw) ? 'word' : 'punct';
    tokens.push({
      text: raw,
      lower: shared(raw.toLowerCase()),
      start,
      end: start + raw.length,
      kind,
      spaceBefore: previousEnd !== start,
    });
    previousEnd = start + raw.length;
  }
  return tokens;
}
