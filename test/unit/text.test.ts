import { describe, expect, it } from 'vitest';
import { tagText } from '../../src/extract/nlp.js';
import { splitSentences as split } from '../../src/extract/sentences.js';

const splitSentences = (text: string) => split(text, tagText(text).sentences);
import { LineIndex } from '../../src/text/lines.js';
import { forTerminal } from '../../src/text/escape.js';
import { tokenize } from '../../src/text/tokens.js';

describe('splitSentences', () => {
  it('splits at sentence ends and line breaks, keeping abbreviations', () => {
    const text = 'Headline with no period\nMr. Smith met the U.S. envoy. He left.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Headline with no period',
      'Mr. Smith met the U.S. envoy.',
      'He left.',
    ]);
  });

  it('covers every non-space character, opening quotes included', () => {
    const text = 'He spoke. “Putin is afraid,” Zelenskyy stated.\r\n\r\nDone';
    const sentences = splitSentences(text);
    const covered = sentences.map((s) => text.slice(s.start, s.end)).join('');
    expect(covered.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    for (let i = 1; i < sentences.length; i++)
      expect(sentences[i]!.start).toBeGreaterThanOrEqual(sentences[i - 1]!.end);
  });

  it('handles empty and blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\t ')).toEqual([]);
  });
});

describe('LineIndex', () => {
  it.each([
    ['a\nbc\nd', 3, { line: 2, column: 2 }],
    ['a\r\nbc\r\nd', 4, { line: 2, column: 2 }],
    ['a\rbc', 3, { line: 2, column: 2 }],
    ['abc', 0, { line: 1, column: 1 }],
  ])('%j offset %d', (text, offset, expected) => {
    expect(new LineIndex(text).locate(offset)).toEqual(expected);
  });
});

describe('tokenize', () => {
  it('keeps numbers, words and punctuation with offsets', () => {
    const text = 'Over 1,200 people—Russia’s 30-day, 10:00.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual([
      'Over',
      '1,200',
      'people',
      '—',
      'Russia’s',
      '30',
      '-',
      'day',
      ',',
      '10:00',
      '.',
    ]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens[6]?.spaceBefore).toBe(false);
  });
});

describe('forTerminal', () => {
  it('escapes control characters and ANSI sequences', () => {
    expect(forTerminal('a\u001b[31mred\u0007')).toBe('a\\u001b[31mred\\u0007');
    expect(forTerminal('line\n  break')).toBe('line break');
  });
});
