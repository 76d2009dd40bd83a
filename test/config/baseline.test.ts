/**
 * Baselines (--baseline, --update-baseline), the fingerprint they rest on, and the CI flags
 * --max-warnings and --quiet. Run in-process (main()) from temporary folders: no config here
 * changes model data.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { buildBaseline, isKnown, parseBaseline, serializeBaseline } from '../../src/report/baseline.js';
import { dropBaselined } from '../../src/report/filters/index.js';
import { FINGERPRINT_KEY, fingerprint } from '../../src/report/fingerprint.js';
import { fingerprint as sarifFingerprint } from '../../src/report/formatters/sarif.js';
import type { Report } from '../../src/types.js';
import { captureIo, ROOT } from '../helpers/io.js';

const SEEDS = path.join(ROOT, 'fixtures/seeds');
const temps: string[] = [];

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder with the seeds in `articles/` (and an empty config, so that no config above it is read). */
function project(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'factdiff-baseline-'));
  temps.push(dir);
  cpSync(SEEDS, path.join(dir, 'articles'), { recursive: true });
  writeFileSync(path.join(dir, 'factdiff.config.json'), '{}');
  return dir;
}

async function run(cwd: string, args: string[]) {
  const io = captureIo({ cwd });
  const code = await main(args, io);
  return { code, out: io.out, err: io.err };
}

async function report(cwd: string, args: string[]): Promise<Report> {
  const { out } = await run(cwd, [...args, '-f', 'json']);
  return JSON.parse(out) as Report;
}

const prints = (r: Report): string[] => r.findings.map(fingerprint).sort();

describe('the fingerprint', () => {
  it('is the one SARIF reports (moved, not changed)', () => {
    expect(sarifFingerprint).toBe(fingerprint);
    expect(FINGERPRINT_KEY).toBe('factdiffFinding/v1');
  });

  it('survives a paragraph inserted at the top of any article, and the files given in another order', async () => {
    const dir = project();
    const before = await report(dir, ['articles']);
    expect(before.findings.length).toBeGreaterThan(0);
    const files = readdirSync(path.join(dir, 'articles')).sort();
    for (const name of files) {
      const file = path.join(dir, 'articles', name);
      const text = readFileSync(file, 'utf8');
      writeFileSync(
        file,
        `An editor's note added later, about nothing in particular and touching no fact here.\n\n${text}`,
      );
      const after = await report(dir, ['articles']);
      writeFileSync(file, text);
      // the evidence moved down two lines (so the test tests something) …
      const moved = after.findings.flatMap((f) => f.evidence).filter((e) => e.path === `articles/${name}`);
      const was = before.findings.flatMap((f) => f.evidence).filter((e) => e.path === `articles/${name}`);
      expect(moved.map((e) => e.line)).toEqual(was.map((e) => e.line + 2));
      // … and every fingerprint stayed
      expect(prints(after)).toEqual(prints(before));
    }
    const reversed = await report(
      dir,
      files.reverse().map((f) => `articles/${f}`),
    );
    expect(prints(reversed)).toEqual(prints(before));
  });
});

describe('--baseline and --update-baseline', () => {
  it('writes a sorted, stable baseline and exits 0; then reports only what is not in it', async () => {
    const dir = project();
    const write = await run(dir, ['articles', '--baseline', 'ci/baseline.json', '--update-baseline']);
    expect(write).toEqual({ code: 0, out: '', err: 'factdiff: wrote 5 fingerprints to ci/baseline.json\n' });
    const text = readFileSync(path.join(dir, 'ci/baseline.json'), 'utf8');
    const file = JSON.parse(text);
    expect(file.factdiffBaseline).toBe(1);
    expect(file.fingerprint).toBe(FINGERPRINT_KEY);
    expect(Object.keys(file.findings[0])).toEqual([
      'fingerprint',
      'ruleId',
      'message',
      'subject',
      'attribute',
      'readings',
      'articles',
    ]);
    const order = file.findings.map((f: { fingerprint: string }) => f.fingerprint);
    expect(order).toEqual([...order].sort());
    // the same again, and in another file order: byte for byte
    await run(dir, [
      'articles/004_bff241c1b6aff0a8.txt',
      'articles',
      '--baseline',
      'ci/baseline.json',
      '--update-baseline',
    ]);
    expect(readFileSync(path.join(dir, 'ci/baseline.json'), 'utf8')).toBe(text);

    const clean = await run(dir, ['articles', '--baseline', 'ci/baseline.json', '-f', 'json']);
    expect(clean.code).toBe(0);
    expect(JSON.parse(clean.out).summary).toEqual({
      articles: 5,
      stories: 1,
      findings: 0,
      errors: 0,
      warnings: 0,
      infos: 0,
      baselined: 5,
    });

    // a finding not in the baseline is reported (and fails the run)
    file.findings = file.findings.filter((f: { ruleId: string }) => f.ruleId !== 'quantity-conflict');
    writeFileSync(path.join(dir, 'ci/baseline.json'), JSON.stringify(file));
    const fresh = await run(dir, ['articles', '--baseline', 'ci/baseline.json', '-f', 'json']);
    expect(fresh.code).toBe(1);
    expect(JSON.parse(fresh.out).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['quantity-conflict']);
    expect(JSON.parse(fresh.out).summary.baselined).toBe(4);
    // the human formats say how many were left out
    const stylish = await run(dir, ['articles', '--baseline', 'ci/baseline.json', '--no-color']);
    expect(stylish.out).toMatch(/✖ 1 finding \(1 error, 0 warnings, 0 info\) in 5 articles; 4 in the baseline\n$/);
    const markdown = await run(dir, ['articles', '--baseline', 'ci/baseline.json', '-f', 'markdown']);
    expect(markdown.out).toContain('in 5 articles; 4 in the baseline');
    const none = await run(dir, ['articles', '--baseline', 'ci/baseline.json', '--no-color', '--update-baseline']);
    expect(none.code).toBe(0);
    expect((await run(dir, ['articles', '--baseline', 'ci/baseline.json', '--no-color'])).out).toBe(
      '✔ no discrepancies found in 5 articles; 5 in the baseline\n',
    );
  });

  it('is an input error (exit 2, one line) when missing, malformed or made with another fingerprint', async () => {
    const dir = project();
    expect(await run(dir, ['articles', '--update-baseline'])).toEqual({
      code: 2,
      out: '',
      err: 'factdiff: error: --update-baseline needs --baseline <file>: the file to write\n',
    });
    expect((await run(dir, ['articles', '--baseline', 'none.json'])).err).toBe(
      'factdiff: error: cannot read the baseline none.json: no such file (make it with --update-baseline)\n',
    );
    for (const [content, message] of [
      ['{', /^factdiff: error: b\.json: not a factdiff baseline: not valid JSON/],
      ['[]', /^factdiff: error: b\.json: not a factdiff baseline \(expected/],
      [
        '{"factdiffBaseline": 1, "fingerprint": "factdiffFinding/v0", "findings": []}',
        /made with fingerprint "factdiffFinding\/v0"/,
      ],
      ['{"factdiffBaseline": 1, "findings": []}', /b\.json: has no "fingerprint" key \(this factdiff uses "factdiff/],
      [
        '{"factdiffBaseline": 1, "fingerprint": "factdiffFinding/v1", "findings": [{"fingerprint": "x"}]}',
        /b\.json: findings\[0\]\.fingerprint: expected 64 lower-case hex digits/,
      ],
    ] as const) {
      writeFileSync(path.join(dir, 'b.json'), content);
      const result = await run(dir, ['articles', '--baseline', 'b.json']);
      expect(result.code).toBe(2);
      expect(result.err).toMatch(message);
      expect(result.err.trim().split('\n')).toHaveLength(1);
    }
  });

  it('keeps one entry per fingerprint', () => {
    const finding = {
      ruleId: 'attribution-conflict' as const,
      subject: 'quotation',
      attribute: 'speaker',
      camps: [
        { reading: 'A', articles: ['x.txt'] },
        { reading: 'B', articles: ['y.txt'] },
      ],
    };
    const full = (message: string) => ({
      ...finding,
      severity: 'info' as const,
      confidence: 0.6,
      message,
      articlesStating: 2,
      evidence: [],
    });
    const baseline = buildBaseline([full('second'), full('first')]);
    const entry = {
      fingerprint: fingerprint(finding),
      ruleId: 'attribution-conflict',
      message: 'first',
      subject: 'quotation',
      attribute: 'speaker',
      readings: ['A', 'B'],
      articles: ['x.txt', 'y.txt'],
    };
    expect(baseline.findings).toEqual([entry]);
    expect(parseBaseline(serializeBaseline(baseline), 'b.json')).toEqual({
      prints: new Set([fingerprint(finding)]),
      entries: [entry],
    });
    const r = {
      schemaVersion: 1,
      tool: { name: 'factdiff', version: '0' },
      articles: [],
      findings: [full('a')],
      summary: { articles: 2, stories: 1, findings: 1, errors: 0, warnings: 0, infos: 1 },
    } satisfies Report;
    expect(dropBaselined({ prints: new Set([fingerprint(finding)]), entries: [] })(r).summary).toEqual({
      articles: 2,
      stories: 1,
      findings: 0,
      errors: 0,
      warnings: 0,
      infos: 0,
      baselined: 1,
    });
  });
});

describe('--max-warnings and --quiet', () => {
  it('--max-warnings n exits 1 when warnings exceed n, whatever --fail-on says', async () => {
    const dir = project();
    expect((await run(dir, ['articles', '--fail-on', 'never', '--max-warnings', '1'])).code).toBe(0);
    const over = await run(dir, ['articles', '--fail-on', 'never', '--max-warnings', '0']);
    expect(over.code).toBe(1);
    expect(over.err).toBe('factdiff: too many warnings: 1 (--max-warnings 0)\n');
    const bad = await run(dir, ['articles', '--max-warnings', '-1']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("option '--max-warnings <n>' argument '-1' is invalid");
  });

  it('--quiet reports errors only; the exit code still counts the rest', async () => {
    const dir = project();
    const quiet = await run(dir, ['articles', '--quiet', '-f', 'json']);
    const r = JSON.parse(quiet.out) as Report;
    expect(r.findings.map((f) => f.severity)).toEqual(['error']);
    expect(r.summary).toMatchObject({ findings: 1, errors: 1, warnings: 0, infos: 0 });
    expect((await run(dir, ['articles', '--quiet', '--fail-on', 'never', '--max-warnings', '0'])).code).toBe(1);
    const stylish = await run(dir, ['articles', '--quiet']);
    expect(stylish.out).toMatch(/\n✖ 1 finding \(1 error, 0 warnings, 0 info\) in 5 articles; 4 hidden by --quiet\n$/);
  });
});

describe('a baseline in a growing batch', () => {
  const finding = (camps: { reading: string; articles: string[] }[]) =>
    ({
      ruleId: 'quantity-conflict' as const,
      subject: 'call',
      attribute: 'duration',
      camps,
      severity: 'error' as const,
      confidence: 0.8,
      message: 'Duration of the call',
      articlesStating: 3,
      evidence: [],
    }) satisfies Report['findings'][number];
  const before = finding([
    { reading: 'about 81–90 min', articles: ['a.txt'] },
    { reading: 'more than 120 min', articles: ['b.txt'] },
  ]);
  const known = parseBaseline(serializeBaseline(buildBaseline([before])), 'b.json');

  it('keeps a finding baselined when an article joins one of its camps', () => {
    const grown = finding([
      { reading: 'about 81–90 min', articles: ['a.txt', 'c.txt'] },
      { reading: 'more than 120 min', articles: ['b.txt'] },
    ]);
    expect(fingerprint(grown)).not.toBe(fingerprint(before));
    expect(isKnown(known, grown)).toBe(true);
  });

  it('makes it new again when a new camp, a new reading, appears', () => {
    const camp = finding([
      { reading: 'about 81–90 min', articles: ['a.txt'] },
      { reading: 'more than 120 min', articles: ['b.txt'] },
      { reading: '45 min', articles: ['c.txt'] },
    ]);
    expect(isKnown(known, camp)).toBe(false);
  });

  it('on the seeds: an article added after --update-baseline leaves the findings baselined', async () => {
    const dir = project();
    await run(dir, ['articles', '--baseline', 'b.json', '--update-baseline']);
    // a second outlet's copy of the first seed: it joins the camps of the findings that article is in
    const first = readdirSync(path.join(dir, 'articles')).sort()[0] as string;
    cpSync(path.join(dir, 'articles', first), path.join(dir, 'articles', `zz-copy-${first}`));
    const after = await report(dir, ['articles', '--baseline', 'b.json']);
    expect(after.summary.baselined).toBeGreaterThan(0);
    expect(after.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('makes it new again when one of its articles is gone', () => {
    const fewer = finding([
      { reading: 'about 81–90 min', articles: ['c.txt'] },
      { reading: 'more than 120 min', articles: ['b.txt'] },
    ]);
    expect(isKnown(known, fewer)).toBe(false);
  });
});
