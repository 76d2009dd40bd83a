/**
 * Multi-word lexicon phrases ("more than", "or so") matched against tokens,
 * compiled once from the data files.
 */
import { tokenize } from './tokens.js';
import type { Token } from '../types.js';

export interface PhraseMatch<T> {
  value: T;
  /** First token index of the phrase. */
  first: number;
  /** Index after the last token of the phrase. */
  next: number;
}

export class PhraseTable<T> {
  private readonly phrases: { words: string[]; value: T }[];

  constructor(entries: Record<string, T> | [string, T][]) {
    const list = Array.isArray(entries) ? entries : Object.entries(entries);
    // Longest first, so "just over" wins over "over".
    this.phrases = list
      .map(([phrase, value]) => ({ words: tokenize(phrase.toLowerCase()).map((t) => t.lower), value }))
      .sort((a, b) => b.words.length - a.words.length);
  }

  /** The longest phrase that ends right before token `i`. */
  endingBefore(tokens: Token[], i: number): PhraseMatch<T> | null {
    for (const { words, value } of this.phrases) {
      const first = i - words.length;
      if (first < 0) continue;
      if (words.every((w, k) => tokens[first + k]?.lower === w)) return { value, first, next: i };
    }
    return null;
  }

  /** The longest phrase that starts at token `i`. */
  startingAt(tokens: Token[], i: number): PhraseMatch<T> | null {
    for (const { words, value } of this.phrases) {
      if (words.every((w, k) => tokens[i + k]?.lower === w)) return { value, first: i, next: i + words.length };
    }
    return null;
  }
}
