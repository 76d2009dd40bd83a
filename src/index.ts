/**
 * factdiff as a library: the pure pipeline and its readers. No I/O here.
 */
import { parseArticle } from './extract/parse.js';
import { extractQuantities } from './extract/quantities.js';
import { normalizeMention } from './normalize/index.js';
import { parseNumber } from './normalize/numbers.js';
import { numberWords } from './model/lexicon.js';
import { tokenize } from './text/tokens.js';
import type { QuantityMention } from './types.js';

export { analyze, check, read, readAll } from './pipeline.js';
export { groupArticles } from './align/group.js';
export { describe as describeValue } from './normalize/describe.js';
export type * from './types.js';

/** Every quantity in a text, normalized. `date` (YYYY-MM-DD, the publication date) resolves relative dates. */
export function readQuantities(text: string, date?: string): QuantityMention[] {
  const parsed = parseArticle({ path: '-', text });
  return parsed.tokens.flatMap((tokens, s) => extractQuantities(text, tokens, s, date).map(normalizeMention));
}

const PRONOUN_ONE = new Set(numberWords.pronounOne);

export interface NumberMention {
  start: number;
  end: number;
  text: string;
  value: number;
}

/** Every number in a text, written in digits or words, whatever it counts or measures. */
export function readNumbers(text: string): NumberMention[] {
  const tokens = tokenize(text);
  const found: NumberMention[] = [];
  for (let i = 0; i < tokens.length;) {
    const previous = tokens[i - 1];
    const token = tokens[i] as (typeof tokens)[number];
    const glued = previous && !token.spaceBefore && (previous.kind === 'number' || previous.kind === 'word');
    // "the one you mentioned", "which one": a pronoun
    const pronoun = token.lower === 'one' && PRONOUN_ONE.has(previous?.lower ?? '');
    const parsed = glued || pronoun ? null : parseNumber(tokens, i);
    const after = parsed ? tokens[parsed.next] : undefined;
    // "180ml", "29km", "4th": digits glued to a unit or suffix are part of a measure, not a number.
    if (!parsed || (after && !after.spaceBefore && after.kind === 'word')) {
      i++;
      continue;
    }
    const last = tokens[parsed.next - 1] as (typeof tokens)[number];
    found.push({ start: token.start, end: last.end, text: text.slice(token.start, last.end), value: parsed.value });
    i = parsed.next;
  }
  return found;
}
