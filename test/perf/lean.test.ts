/**
 * A reading is plain data: it holds no tokens (the stages after reading make them again from
 * the text and the sentence spans, `tokenizeArticle`), no getters and nothing that reads a
 * module's state (docs/performance.md, "Memory"). Correctness only.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/extract/read.js';
import { tokenize, tokenizeArticle } from '../../src/text/tokens.js';
import type { Article } from '../../src/types.js';
import { ROOT } from '../helpers/io.js';
import { MODEL } from '../helpers/model.js';

const articles: Article[] = readdirSync(path.join(ROOT, 'fixtures/seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ path: `fixtures/seeds/${f}`, text: readFileSync(path.join(ROOT, 'fixtures/seeds', f), 'utf8') }));

/** Every getter found in a value, by its path ("parsed.tokens"). */
function getters(value: unknown, at = ''): string[] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(Object.getOwnPropertyDescriptors(value)).flatMap(([key, d]) =>
    d.get ? [`${at}${key}`] : getters(d.value, `${at}${key}.`),
  );
}

describe('readings', () => {
  it('keep no tokens and no getters: plain data, the same after a structured clone', () => {
    for (const article of articles) {
      const reading = readArticle(MODEL, article);
      expect(Object.keys(reading.parsed).sort()).toEqual(['article', 'sentences', 'words']);
      expect(getters(reading)).toEqual([]);
      expect(structuredClone(reading)).toEqual(reading);
    }
  });

  it('give the plain tokens of each sentence again, without NLP tags, one array per sentence', () => {
    for (const article of articles) {
      const { parsed } = readArticle(MODEL, article);
      const { tokens } = tokenizeArticle(parsed);
      expect(tokens.length).toBe(parsed.sentences.length);
      expect(tokens).toEqual(parsed.sentences.map((s) => tokenize(article.text, s)));
      expect(tokens.flat().every((t) => t.tags === undefined)).toBe(true);
      // each call makes them anew: nothing is remembered between stages
      expect(tokenizeArticle(parsed).tokens).not.toBe(tokens);
    }
  });

  it('are the same whatever was read before (no state kept between articles)', () => {
    const alone = articles.map((a) => JSON.stringify(readArticle(MODEL, a)));
    const reversed = [...articles].reverse().map((a) => JSON.stringify(readArticle(MODEL, a)));
    expect(reversed.reverse()).toEqual(alone);
  });
});

describe('tokenize', () => {
  it('tells numbers, words and marks apart as before (a number starts with a digit, a word has a letter)', () => {
    const tokens = tokenize('Russia’s 1,200 troops—about 10:30 a.m.; Ünal’s 3rd (x2) ½ ٣');
    expect(tokens.map((t) => [t.text, t.kind, t.lower])).toEqual([
      ['Russia’s', 'word', 'russia’s'],
      ['1,200', 'number', '1,200'],
      ['troops', 'word', 'troops'],
      ['—', 'punct', '—'],
      ['about', 'word', 'about'],
      ['10:30', 'number', '10:30'],
      ['a', 'word', 'a'],
      ['.', 'punct', '.'],
      ['m', 'word', 'm'],
      ['.', 'punct', '.'],
      [';', 'punct', ';'],
      ['Ünal’s', 'word', 'ünal’s'],
      ['3', 'number', '3'],
      ['rd', 'word', 'rd'],
      ['(', 'punct', '('],
      ['x', 'word', 'x'],
      ['2', 'number', '2'],
      [')', 'punct', ')'],
      ['½', 'punct', '½'],
      ['٣', 'punct', '٣'],
    ]);
  });
});
