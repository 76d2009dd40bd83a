/**
 * Hostile text: control characters and ANSI escapes never reach the terminal raw, and
 * pathological inputs take time linear in their size (four times the input, about four times
 * the time: a quadratic step would take sixteen).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pieces } from '../../src/extract/nlp.js';
import { extractQuotes } from '../../src/extract/quotes.js';
import { check } from '../../src/pipeline.js';
import { forTerminal } from '../../src/text/escape.js';
import { cleanOutput, cleanup, run, tempDir, write } from './helpers.js';

let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => cleanup(dir));

const TOOL = { name: 'factdiff', version: '0.0.0' };

describe('control characters never reach the terminal raw', () => {
  it('ANSI escapes and controls in article text and file names are shown escaped in stylish output', async () => {
    const folder = path.join(dir, 'ansi');
    mkdirSync(folder);
    write(folder, 'a\u001b[31m\u0007.txt', 'Date: 2025-03-18\n\nPresident \u001b[2J\u001b[31mTrump\u001b]0;pwned\u0007 spoke with Putin. The call lasted nearly 90 minutes, \u001b[5moff\u001b[0m officials\u202e said.\n');
    write(folder, 'b.txt', 'Date: 2025-03-18\n\nPresident Trump spoke with Putin. The call lasted more than two hours, officials said.\n');
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

/** The fastest of three runs, in ms (the others are noise: GC, other processes). */
function fastest(fn: () => void): number {
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const sentence = 'The call lasted two hours and 30 minutes, officials said ';
/** Pathological inputs by name: n → text of size about n. */
const PATHOLOGICAL: [string, (n: number) => string, number][] = [
  ['a single line with no sentence end', (n) => sentence.repeat(Math.ceil(n / sentence.length)).slice(0, n), 10_000],
  ['digits', (n) => '7'.repeat(n), 100_000],
  ['"more than " repeated', (n) => `${'more than '.repeat(n / 10)}5 people`, 25_000],
  ['nested quotes', (n) => `${'“'.repeat(n / 2)}hello${'”'.repeat(n / 2)}`, 20_000],
  ['unclosed quote marks', (n) => '"a '.repeat(n / 3), 15_000],
  ['one very long word', (n) => 'a'.repeat(n), 250_000],
  ['abbreviations compromise cannot split ("Mr. Mr. …")', (n) => 'Mr. '.repeat(n / 4), 10_000],
  ['control characters', (n) => '\u001b[31m\u0007'.repeat(n / 6), 20_000],
];

describe('pathological inputs take linear time', () => {
  beforeAll(() => {
    check([{ path: 'warm.txt', text: 'The call lasted two hours.' }], TOOL); // load the NLP model
  });

  it.each(PATHOLOGICAL)(
    '%s: 4× the size takes less than 10× the time',
    (_name, make, n) => {
      const small = make(n);
      const large = make(4 * n);
      const tSmall = fastest(() => check([{ path: 'x.txt', text: small }], TOOL));
      const tLarge = fastest(() => check([{ path: 'x.txt', text: large }], TOOL));
      // below 50 ms the ratio is noise
      expect(tLarge, `${n} chars: ${tSmall.toFixed(0)} ms; ${4 * n} chars: ${tLarge.toFixed(0)} ms`).toBeLessThan(Math.max(10 * tSmall, 50));
    },
    120_000,
  );

  it.each([
    ['"more than " × 50,000', `${'more than '.repeat(50_000)}5 people`],
    ['100,000 digits', '7'.repeat(100_000)],
    ['10,000 nested quotes', `${'“'.repeat(10_000)}hello${'”'.repeat(10_000)}`],
    ['a word of 1,000,000 letters', 'a'.repeat(1_000_000)],
  ])('%s: checked in under 30 s', (_name, text) => {
    const t0 = performance.now();
    const report = check([{ path: 'x.txt', text }], TOOL);
    expect(report.articles).toHaveLength(1);
    expect(performance.now() - t0).toBeLessThan(30_000);
  }, 60_000);

  it('quotes: 100,000 opening marks with their closing marks far away take milliseconds, not minutes', () => {
    const text = `${'“'.repeat(100_000)}hello${'”'.repeat(100_000)}`;
    const t = fastest(() => extractQuotes(text, []));
    expect(t).toBeLessThan(2_000);
    expect(extractQuotes(text, [])).toHaveLength(1);
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
