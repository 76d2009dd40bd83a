import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PhraseTable } from '../../src/text/phrases.js';
import { tokenize } from '../../src/text/tokens.js';

/** What a look-up must return: a scan of every phrase, longest first (the table before it was indexed). */
function scan(entries: [string, number][]) {
  const phrases = entries
    .map(([p, value]) => ({ words: tokenize(p.toLowerCase()).map((t) => t.lower), value }))
    .sort((a, b) => b.words.length - a.words.length);
  return {
    startingAt: (text: string, i: number) => {
      const tokens = tokenize(text);
      const hit = phrases.find(({ words }) => words.every((w, k) => tokens[i + k]?.lower === w));
      return hit ? { value: hit.value, first: i, next: i + hit.words.length } : null;
    },
    endingBefore: (text: string, i: number) => {
      const tokens = tokenize(text);
      const hit = phrases.find(
        ({ words }) => i - words.length >= 0 && words.every((w, k) => tokens[i - words.length + k]?.lower === w),
      );
      return hit ? { value: hit.value, first: i - hit.words.length, next: i } : null;
    },
  };
}

describe('PhraseTable', () => {
  it.each([
    ['more than 5', 0, { value: 1, first: 0, next: 2 }],
    ['just over 5', 0, { value: 3, first: 0, next: 2 }],
    ['over 5', 0, { value: 2, first: 0, next: 1 }],
    ['More Than 5', 0, { value: 1, first: 0, next: 2 }],
    ['less 5', 0, null],
  ])('startingAt(%j, %i)', (text, i, expected) => {
    const table = new PhraseTable<number>({ 'more than': 1, over: 2, 'just over': 3 });
    expect(table.startingAt(tokenize(text), i)).toEqual(expected);
  });

  it('endingBefore finds the longest phrase that ends at i', () => {
    const table = new PhraseTable<number>({ 'or so': 1, so: 2, 'or more': 3 });
    expect(table.endingBefore(tokenize('5 hours or so'), 4)).toEqual({ value: 1, first: 2, next: 4 });
    expect(table.endingBefore(tokenize('5 hours so'), 3)).toEqual({ value: 2, first: 2, next: 3 });
    expect(table.endingBefore(tokenize('5 hours'), 2)).toBeNull();
  });

  it('indexed look-ups answer as a scan of every phrase does', () => {
    const word = fc.constantFrom('more', 'than', 'over', 'just', 'so', 'or', 'a', 'few', '5', '-');
    const phrase = fc.array(word, { minLength: 0, maxLength: 3 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.uniqueArray(phrase, { maxLength: 8 }), fc.array(word, { maxLength: 8 }), (keys, words) => {
        const entries = keys.map((k, n) => [k, n] as [string, number]);
        const table = new PhraseTable<number>(entries);
        const naive = scan(entries);
        const text = words.join(' ');
        const tokens = tokenize(text);
        for (let i = 0; i <= tokens.length; i++) {
          expect(table.startingAt(tokens, i)).toEqual(naive.startingAt(text, i));
          expect(table.endingBefore(tokens, i)).toEqual(naive.endingBefore(text, i));
        }
      }),
    );
  });
});
