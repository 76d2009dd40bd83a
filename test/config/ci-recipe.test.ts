/**
 * The README's CI recipe works: the factdiff command line is taken from its YAML block and
 * run (the real binary, for `npx factdiff`) on a copy of the seeds in `articles/`; it must exit
 * 0 and write valid SARIF 2.1.0 to the file the upload step reads.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { Log } from 'sarif';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/io.js';

const require = createRequire(import.meta.url);
const BIN = path.join(ROOT, 'bin/factdiff.js');
const temps: string[] = [];

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** The first ```yaml block under the README's "## CI recipe" heading. */
function recipe(): string {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.split(/^## /m).find((s) => s.startsWith('CI recipe\n'));
  expect(section, 'README.md has a "## CI recipe" section').toBeDefined();
  const block = /```yaml\n([\s\S]*?)```/.exec(section ?? '');
  expect(block, 'the CI recipe has a yaml block').not.toBeNull();
  return block?.[1] ?? '';
}

/** The `run:` lines that call factdiff, as argument lists (after `npx factdiff`). */
function factdiffCommands(yaml: string): string[][] {
  return yaml
    .split('\n')
    .map((line) => /^\s*(?:-\s+)?run:\s*(.*)$/.exec(line)?.[1]?.trim())
    .filter((cmd): cmd is string => cmd !== undefined && /^npx factdiff(\s|$)/.test(cmd))
    .map((cmd) => {
      // plain words only, so that splitting on spaces is what a shell would do
      expect(cmd).toMatch(/^[\w ./=-]+$/);
      return cmd.split(/\s+/).slice(2);
    });
}

function sarifValidator() {
  const schema = JSON.parse(
    readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
  ) as Record<string, unknown>;
  const ajv = new Ajv04.default({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats.default(ajv);
  return ajv.compile(schema);
}

describe('the README CI recipe', () => {
  it('runs factdiff on a folder of articles and writes valid SARIF where the upload step reads it', () => {
    const yaml = recipe();
    const commands = factdiffCommands(yaml);
    expect(commands).toHaveLength(1);
    const args = commands[0]!;
    const sarifFile = /^\s*sarif_file:\s*(\S+)\s*$/m.exec(yaml)?.[1];
    expect(yaml).toMatch(/uses:\s*github\/codeql-action\/upload-sarif@v\d+/);
    expect(sarifFile).toBeDefined();

    const dir = mkdtempSync(path.join(tmpdir(), 'factdiff-ci-'));
    temps.push(dir);
    cpSync(path.join(ROOT, 'fixtures/seeds'), path.join(dir, 'articles'), { recursive: true });
    const { FORCE_COLOR: _f, NO_COLOR: _n, ...env } = process.env;
    const result = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');

    const log = JSON.parse(readFileSync(path.join(dir, sarifFile!), 'utf8')) as Log;
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const results = log.runs[0]?.results ?? [];
    expect(results.map((r) => r.ruleId)).toContain('quantity-conflict');
    for (const r of results) {
      expect(r.partialFingerprints?.['factdiffFinding/v1']).toMatch(/^[0-9a-f]{64}$/);
      for (const place of r.locations ?? [])
        expect(place.physicalLocation?.artifactLocation?.uri).toMatch(/^articles\//);
    }
  });
});
