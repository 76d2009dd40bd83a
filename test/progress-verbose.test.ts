/** The progress bar and --verbose: pure parts, and main() with a terminal on stderr. */
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import {
  inCi,
  PROGRESS_MIN_ARTICLES,
  PROGRESS_MIN_CHARS,
  progressFor,
  progressLine,
  useProgress,
} from '../src/cli/progress.js';
import { StageLog } from '../src/cli/verbose.js';
import { readBatch, type ReadProgress } from '../src/batch/index.js';
import { MODEL } from './helpers/model.js';
import { captureIo } from './helpers/io.js';
import { manyArticles } from './helpers/many.js';
import { STAGES } from '../src/pipeline.js';

describe('progressLine', () => {
  const read = (articles: number, ofArticles: number, chars = 0, ofChars = 0) => ({
    articles,
    ofArticles,
    chars,
    ofChars,
  });
  it.each([
    [read(0, 10), 80, 'factdiff: reading articles [░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░] 0/10'],
    [read(5, 10), 80, 'factdiff: reading articles [████████████████████░░░░░░░░░░░░░░░░░░░░] 5/10'],
    [read(10, 10), 80, 'factdiff: reading articles [████████████████████████████████████████] 10/10'],
    // a narrow terminal: a shorter bar, then the count alone
    [read(1, 2), 50, 'factdiff: reading articles [████████░░░░░░░░] 1/2'],
    [read(1, 2), 32, 'factdiff: reading articles 1/2'],
    // the bar fills by characters: one long article moves it while it is read
    [
      read(0, 1, 2_500_000, 5_000_000),
      80,
      'factdiff: reading articles [█████████████████░░░░░░░░░░░░░░░░] 0/1 · 2.5/5.0 MB',
    ],
    // what is read is told in the total's unit, from nothing
    [
      read(0, 1, 500_000, 5_000_000),
      80,
      'factdiff: reading articles [███░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░] 0/1 · 0.5/5.0 MB',
    ],
    [read(0, 1, 0, 5_000_000), 80, 'factdiff: reading articles [░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░] 0/1 · 0.0/5.0 MB'],
    [
      read(3, 4, 30_000, 120_000),
      80,
      'factdiff: reading articles [█████████░░░░░░░░░░░░░░░░░░░░░░░░░] 3/4 · 30/120 kB',
    ],
  ])('%j in %i columns', (progress, columns, line) => {
    expect(progressLine('factdiff: reading articles', progress, columns)).toBe(line);
    expect(line.length).toBeLessThan(columns);
  });
});

describe('useProgress: where a bar is drawn', () => {
  const io = (stderrIsTTY: boolean, env: Record<string, string> = {}) => captureIo({ stderrIsTTY, env });
  const many = PROGRESS_MIN_ARTICLES;
  it.each([
    ['a terminal, a human format, many articles', undefined, true, many, io(true), true],
    ['stderr piped', undefined, true, many, io(false), false],
    ['a machine format', undefined, false, many, io(true), false],
    ['few articles', undefined, true, many - 1, io(true), false],
    ['one long article', undefined, true, 1, io(true), true, PROGRESS_MIN_CHARS],
    ['CI=true', undefined, true, many, io(true, { CI: 'true' }), false],
    ['GITHUB_ACTIONS', undefined, true, many, io(true, { GITHUB_ACTIONS: 'true' }), false],
    ['CI=false', undefined, true, many, io(true, { CI: 'false' }), true],
    ['--no-progress', false, true, many, io(true), false],
    ['--progress, even piped', true, false, 1, io(false), true],
  ] as const)('%s', (_, flag, human, articles, where, expected, chars?: number) => {
    expect(useProgress(flag, human, articles, where, chars)).toBe(expected);
  });
  it('knows CI services by their variables', () => {
    expect([{ CI: '1' }, { BUILDKITE: 'true' }, { CI: '' }, { CI: '0' }, {}].map(inCi)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});

describe('progressFor', () => {
  it('redraws one line at most every 100 ms, always the last, and erases it', () => {
    const io = captureIo({ stderrColumns: 80 });
    let t = 0;
    const bar = progressFor(true, io, () => t);
    const read = (articles: number) => ({ articles, ofArticles: 3, chars: 0, ofChars: 0 });
    bar.reading(read(1));
    t = 50;
    bar.reading(read(2)); // too soon: not drawn
    t = 60;
    bar.reading(read(3)); // the last is always drawn
    bar.step('comparing');
    bar.end();
    const draws = io.err.split('\r').filter(Boolean);
    expect(draws.map((d) => d.replace(/\u001b\[K$/, ''))).toEqual([
      expect.stringContaining(' 1/3'),
      expect.stringContaining(' 3/3'),
      'factdiff: comparing',
      '',
    ]);
    expect(io.err.endsWith('\r\u001b[K')).toBe(true);
  });
  it('writes nothing when off', () => {
    const io = captureIo();
    const bar = progressFor(false, io);
    bar.reading({ articles: 1, ofArticles: 1, chars: 0, ofChars: 0 });
    bar.step('x');
    bar.end();
    expect(io.err).toBe('');
  });
});

describe('reading progress within a long article', () => {
  it('moves by characters while one article is read, then counts it', async () => {
    const text = 'The storm killed 40 people in the valley on Monday, officials said.\n\n'.repeat(600);
    const seen: ReadProgress[] = [];
    await readBatch([{ path: 'long.txt', text }], MODEL, { jobs: 1, onRead: (p) => seen.push(p) });
    const within = seen.filter((p) => p.articles === 0 && p.chars > 0);
    expect(within.length).toBeGreaterThan(3);
    expect(within.every((p, i) => i === 0 || p.chars > (within[i - 1] as ReadProgress).chars)).toBe(true);
    expect(seen.at(-1)).toEqual({ articles: 1, ofArticles: 1, chars: text.length, ofChars: text.length });
  });
});

describe('StageLog', () => {
  it('sums stages seen again, in the order first seen, and aligns the columns', () => {
    const log = new StageLog();
    log.add('read', 1234.4);
    log.add('align', 2.25);
    log.add('align', 1);
    log.note('read', '3 quantities');
    expect(log.format(1300)).toBe(
      ['factdiff: read   1,234 ms  3 quantities', 'factdiff: align    3.3 ms', 'factdiff: total  1,300 ms', ''].join(
        '\n',
      ),
    );
  });
});

describe('main() with progress and --verbose', () => {
  it('draws the bar on a terminal stderr for many articles and erases it before the report', async () => {
    const dir = manyArticles(PROGRESS_MIN_ARTICLES);
    const io = captureIo({ stderrIsTTY: true, stderrColumns: 100 });
    await main([dir, '--no-color', '--jobs', '1', '--group', 'none'], io);
    expect(io.err).toContain(`reading articles [`);
    expect(io.err).toContain(` ${PROGRESS_MIN_ARTICLES}/${PROGRESS_MIN_ARTICLES}`);
    expect(io.err.endsWith('\r\u001b[K')).toBe(true);
    expect(io.out).not.toContain('\r');
    // the same with a machine format, or in CI: nothing on stderr
    for (const [args, env] of [
      [['-f', 'json'], {}],
      [[], { CI: 'true' }],
    ] as const) {
      const quiet = captureIo({ stderrIsTTY: true, env });
      await main([dir, '--jobs', '1', ...args], quiet);
      expect(quiet.err).toBe('');
    }
  });

  it('--verbose prints each stage with its time and counts on stderr, and nothing else changes', async () => {
    const plain = captureIo();
    const verbose = captureIo();
    const code = await main(['fixtures/seeds', '-f', 'json', '--verbose'], verbose);
    expect(code).toBe(await main(['fixtures/seeds', '-f', 'json'], plain));
    expect(verbose.out).toBe(plain.out);
    const all = verbose.err.trimEnd().split('\n');
    // after the stage times, a line a story with the keys it was grouped on
    expect(all.at(-1)).toMatch(/^factdiff: story-1 \(5 articles\): grouped on .*Vladimir Putin/);
    const lines = all.slice(0, -1);
    // the import of the pipeline, then every stage in the order src/pipeline.ts runs them
    expect(lines.map((l) => /^factdiff: (\w+) /.exec(l)?.[1])).toEqual(['load', ...STAGES, 'total']);
    for (const line of lines) expect(line).toMatch(/^factdiff: \w+ +[\d,.]+ ms/);
    expect(verbose.err).toMatch(/ingest +[\d.,]+ ms  5 articles, [\d,]+ words/);
    expect(verbose.err).toMatch(/group +[\d.,]+ ms  1 story/);
    expect(verbose.err).toMatch(/compare +[\d.,]+ ms  5 findings/);
  });
});
