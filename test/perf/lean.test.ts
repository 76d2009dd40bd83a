/**
 * A reading holds no tokens: they are made from the text and the sentence spans when read, and
 * held only while a story is aligned and compared (docs/performance.md, "Memory"). Correctness
 * only: what is read must equal what was made before, and nothing is kept outside a hold.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { holdTokens, leanParsed, plainTokens, readArticle } from '../../src/pipeline.js';
import { tokenize } from '../../src/text/tokens.js';
import type { Article } from '../../src/types.js';
import { ROOT } from '../helpers/io.js';

const articles: Article[] = readdirSync(path.join(ROOT, 'fixtures/seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ path: `fixtures/seeds/${f}`, text: readFileSync(path.join(ROOT, 'fixtures/seeds', f), 'utf8') }));

describe('lean readings', () => {
  it('keep no tokens, yet read the plain tokens of each sentence', () => {
    for (const article of articles) {
      const { parsed } = readArticle(article);
      const own = Object.getOwnPropertyDescriptor(parsed, 'tokens');
      expect(own?.get).toBeTypeOf('function'); // made when read, not stored
      expect(own?.value).toBeUndefined();
      expect(own?.enumerable).toBe(true); // spreads and JSON still see them
      expect(parsed.tokens).toEqual(plainTokens(article, parsed.sentences));
      expect(parsed.tokens.length).toBe(parsed.sentences.length);
      expect(parsed.tokens.flat().every((t) => t.tags === undefined)).toBe(true);
      expect(JSON.parse(JSON.stringify(parsed)).tokens).toEqual(JSON.parse(JSON.stringify(parsed.tokens)));
    }
  });

  it('hold a story’s tokens (one array each) until released, and only the last few outside a hold', () => {
    const parsed = articles.map((a) => readArticle(a).parsed);
    expect(parsed.length).toBeGreaterThanOrEqual(5);
    const [first, ...rest] = parsed as [(typeof parsed)[0], ...typeof parsed];
    const release = holdTokens([first]);
    const held = first.tokens;
    for (const p of rest) void p.tokens; // more articles read than are remembered outside a hold
    expect(first.tokens).toBe(held);
    release();
    for (const p of rest) void p.tokens;
    expect(first.tokens).not.toBe(held); // made again
    expect(first.tokens).toEqual(held);
  });

  it('remember the article read last, so that a loop over its sentences makes its tokens once', () => {
    const p = leanParsed(articles[0] as Article, readArticle(articles[0] as Article).parsed.sentences, 0);
    expect(p.tokens).toBe(p.tokens);
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
