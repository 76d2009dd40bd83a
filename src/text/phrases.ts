/**
 * Multi-word lexicon phrases ("more than", "or so") matched against tokens,
 * compiled once from the data files.
 */
import { tokenize } from './tokens.js';
import type { Token } from '../types.js';
import { addTo } from '../util/add-to.js';

export interface PhraseMatch<T> {
  value: T;
  /** First token index of the phrase. */
  first: number;
  /** Index after the last token of the phrase. */
  next: number;
}

type Phrase<T> = { words: string[]; value: T };

export class PhraseTable<T> {
  /**
   * The phrases by their first word and by their last word, each list longest first (the
   * order of the whole table, so the first match in a list is the one a scan of the whole
   * table would find). A look-up reads one short list instead of every phrase.
   */
  private readonly byFirst = new Map<string, Phrase<T>[]>();
  private readonly byLast = new Map<string, Phrase<T>[]>();
  /** A phrase of no words (an empty key) matches anywhere, after every longer one. */
  private readonly empty: Phrase<T> | undefined;

  constructor(entries: Record<string, T> | [string, T][]) {
    const list = Array.isArray(entries) ? entries : Object.entries(entries);
    // Longest first, so "just over" wins over "over".
    const phrases = list
      .map(([phrase, value]) => ({ words: tokenize(phrase.toLowerCase()).map((t) => t.lower), value }))
      .sort((a, b) => b.words.length - a.words.length);
    for (const phrase of phrases) {
      const first = phrase.words[0];
      const last = phrase.words[phrase.words.length - 1];
      if (first === undefined || last === undefined) {
        this.empty ??= phrase;
        continue;
      }
      addTo(this.byFirst, first, phrase);
      addTo(this.byLast, last, phrase);
    }
  }

  /** The longest phrase that ends right before token `i`. */
  endingBefore(tokens: Token[], i: number): PhraseMatch<T> | null {
    for (const { words, value } of this.byLast.get(tokens[i - 1]?.lower ?? '') ?? []) {
      const first = i - words.length;
      if (first < 0) continue;
      if (words.every((w, k) => tokens[first + k]?.lower === w)) return { value, first, next: i };
    }
    return this.empty && i >= 0 ? { value: this.empty.value, first: i, next: i } : null;
  }

  /** The longest phrase that starts at token `i`. */
  startingAt(tokens: Token[], i: number): PhraseMatch<T> | null {
    for (const { words, value } of this.byFirst.get(tokens[i]?.lower ?? '') ?? []) {
      if (words.every((w, k) => tokens[i + k]?.lower === w)) return { value, first: i, next: i + words.length };
    }
    return this.empty ? { value: this.empty.value, first: i, next: i } : null;
  }
}
