/**
 * Hostile text: control characters and ANSI escapes never reach the terminal raw, and
 * pathological inputs are read without error (their time, linear in their size, is measured by
 * `npm run bench`).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NLP_PIECE, pieces } from '../../src/extract/nlp.js';
import { extractQuotes } from '../../src/extract/quotes.js';
import { MODEL } from '../helpers/model.js';
import { checkArticles } from '../helpers/pipeline.js';
import { forTerminal } from '../../src/text/escape.js';
import { cleanOutput, cleanup, run, tempDir, write } from './helpers.js';
import { PATHOLOGICAL } from '../../scripts/pathological.mjs';

let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => cleanup(dir));

describe('control characters never reach the terminal raw', () => {
  it('ANSI escapes and controls in article text and file names are shown escaped in stylish output', async () => {
    const folder = path.join(dir, 'ansi');
    mkdirSync(folder);
    write(
      folder,
      'a\u001b[31m\u0007.txt',
      'Date: 2025-03-18\n\nPresident \u001b[2J\u001b[31mTrump\u001b]0;pwned\u0007 spoke with Putin. ' +
        'The call lasted nearly 90 minutes, \u001b[5moff\u001b[0m officials\u202e said.\n',
    );
    write(
      folder,
      'b.txt',
      'Date: 2025-03-18\n\nPresident Trump spoke with Putin. The call lasted more than two hours, officials said.\n',
    );
    const plain = await run(['ansi', '--no-color'], dir);
    expect(plain.code).toBe(1);
    expect(plain.out).toContain('ansi/a\\u001b[31m\\u0007.txt:3:70');
    expect(plain.out).toContain('\\u001b[5moff\\u001b[0m officials\\u202e said.');
    expect(cleanOutput(plain.out)).toBe(true);
    expect(plain.out).not.toContain('\u202e');
    // with colour, the only escapes are factdiff's own colours (SGR sequences)
    const coloured = await run(['ansi', '--color'], dir);
    expect(cleanOutput(coloured.out.replace(/\u001b\[\d+(;\d+)*m/g, ''))).toBe(true);
    // facts table too
    const facts = await run(['facts', 'ansi', '--no-color'], dir);
    expect(cleanOutput(facts.out)).toBe(true);
  });

  it('forTerminal escapes controls, bidi overrides and zero-width characters', () => {
    expect(forTerminal('a\u001b[31mb\u0000c\u202ed\u200be')).toBe('a\\u001b[31mb\\u0000c\\u202ed\\u200be');
    expect(forTerminal('line\r\nbreak\ttab')).toBe('line break tab');
  });
});

describe('pathological inputs are read', () => {
  // How long they take (4× the size, less than 10× the time) is measured by `npm run bench`
  // (scripts/pathological.mjs), not here: tests do not time.
  it.each(PATHOLOGICAL)(
    '%s (4n characters)',
    (_name, make, n) => {
      const text = make(4 * n);
      const report = checkArticles([{ path: 'x.txt', text }]);
      expect(report.articles).toEqual([expect.objectContaining({ path: 'x.txt', status: 'checked' })]);
    },
    120_000,
  );

  it.each([
    ['"more than " × 50,000', `${'more than '.repeat(50_000)}5 people`, 100_002],
    // text with no break at all is cut into NLP pieces of 5,000 characters (NLP_PIECE), a sentence each
    ['100,000 digits', '7'.repeat(100_000), 100_000 / NLP_PIECE],
    ['10,000 nested quotes', `${'“'.repeat(10_000)}hello${'”'.repeat(10_000)}`, 1],
    ['a word of 1,000,000 letters', 'a'.repeat(1_000_000), 1_000_000 / NLP_PIECE],
  ])(
    '%s: checked, every word counted',
    (_name, text, words) => {
      const report = checkArticles([{ path: 'x.txt', text }]);
      expect(report.articles).toHaveLength(1);
      expect(report.articles[0]?.words).toBe(words);
    },
    60_000,
  );

  it('quotes: 100,000 opening marks with their closing marks far away make one quotation', () => {
    const text = `${'“'.repeat(100_000)}hello${'”'.repeat(100_000)}`;
    expect(extractQuotes(MODEL, text, [])).toHaveLength(1);
  });
});

describe('NLP pieces', () => {
  it('short text is one piece; long text is cut at paragraph breaks first, into pieces of at most the limit', () => {
    expect(pieces('short text', 100)).toEqual([{ start: 0, end: 10 }]);
    const para = `${'word '.repeat(12)}.\n\n`;
    const text = para.repeat(20);
    const spans = pieces(text, 200);
    expect(spans[0]?.start).toBe(0);
    expect(spans.at(-1)?.end).toBe(text.length);
    for (let i = 0; i < spans.length; i++) {
      const s = spans[i] as { start: number; end: number };
      expect(s.end - s.start).toBeLessThanOrEqual(200);
      if (i > 0) expect(s.start).toBe(spans[i - 1]?.end);
      if (i < spans.length - 1) expect(text.slice(s.end - 2, s.end)).toBe('\n\n');
    }
  });

  it('never cuts a surrogate pair, and a long word is cut all the same', () => {
    const text = '😀'.repeat(1000);
    for (const s of pieces(text, 101)) {
      expect(s.end - s.start).toBeLessThanOrEqual(101);
      expect(text.charCodeAt(s.start)).toBe(0xd83d);
    }
  });

  it('prefers a paragraph that does not open with a quote mark (it may continue the quotation)', () => {
    const text = `${'a'.repeat(60)}\n\n${'b'.repeat(20)}\n\n“${'c'.repeat(10)}`;
    const [first] = pieces(text, 90);
    expect(text.slice(0, first?.end)).toBe(`${'a'.repeat(60)}\n\n`);
  });
});
