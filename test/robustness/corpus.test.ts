/**
 * A sample of the ECB+ corpus (real news: 30 files, every k-th in path order) through every
 * subcommand: no crash, no internal error, a report that fits the schema and quotes its files.
 * The corpus is read where it lies (<repo>/../shared/corpora/ecbplus/), never copied; the test is
 * skipped, saying so, when it is not there. The whole corpus: see docs/robustness.md.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/types.js';
import { ROOT } from '../helpers/io.js';
import { run, validateReport } from './helpers.js';

const CORPUS = path.resolve(ROOT, '../shared/corpora/ecbplus');
const SAMPLE = 30;
const present = existsSync(CORPUS) && statSync(CORPUS).isDirectory();

/** Every .txt file under the corpus, relative to the repository, sorted; then every k-th of them. */
function sample(): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.txt')) files.push(path.relative(ROOT, full).split(path.sep).join('/'));
    }
  };
  walk(CORPUS);
  files.sort();
  const step = Math.max(1, Math.floor(files.length / SAMPLE));
  return files.filter((_, i) => i % step === 0).slice(0, SAMPLE);
}

describe.skipIf(!present)(`ECB+ corpus sample${present ? '' : ` (skipped: no corpus at ${CORPUS})`}`, () => {
  const files = present ? sample() : [];

  it('the sample is 30 files', () => {
    expect(files).toHaveLength(SAMPLE);
  });

  it('factdiff: a report that fits the schema, every file checked, evidence quoting the files', async () => {
    const { code, out, err } = await run([...files, '--format', 'json'], ROOT);
    expect(err).not.toMatch(/internal error/);
    expect([0, 1]).toContain(code);
    const report = JSON.parse(out) as Report;
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    expect(report.articles.map((a) => a.path)).toEqual(files);
    expect(report.articles.every((a) => a.status === 'checked')).toBe(true);
    for (const e of report.findings.flatMap((f) => f.evidence)) {
      expect(readFileSync(path.join(ROOT, e.path), 'utf8').slice(e.start, e.end)).toBe(e.text);
    }
    const stylish = await run([...files, '--no-color'], ROOT);
    expect(stylish.code).toBe(code);
    expect(stylish.out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  }, 120_000);

  it.each([['facts'], ['entities']])(
    'factdiff %s: exit 0, every output format',
    async (command) => {
      for (const format of ['json', 'ndjson', command === 'facts' ? 'table' : 'text']) {
        const { code, out, err } = await run([command, ...files, '--format', format, '--no-color'], ROOT);
        expect(err).toBe('');
        expect(code).toBe(0);
        if (format === 'json') expect(() => JSON.parse(out)).not.toThrow();
        if (format === 'ndjson')
          for (const line of out.trim().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
      }
    },
    180_000,
  );
});
