/**
 * Golden cases: each folder in fixtures/cases/ holds case.json ({args, exitCode}) and the
 * expected JSON report (expected.json) or error output (expected-stderr.txt).
 * UPDATE_GOLDEN=1 npm test rewrites the expectations from the current output (review the diff!).
 */
import { readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { htmlToText, isHtmlName } from '../src/ingest/html.js';
import type { Report } from '../src/types.js';
import { captureIo, ROOT } from './helpers/io.js';
import { MODEL } from './helpers/model.js';

const CASES = path.join(ROOT, 'fixtures/cases');
const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema/report.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);
const update = process.env.UPDATE_GOLDEN === '1';

/** The tool version changes with every release; golden files hold a placeholder. */
function stable(report: Report): Report {
  return { ...report, tool: { ...report.tool, version: '<version>' } };
}

describe.each(readdirSync(CASES).sort())('case %s', (name) => {
  const dir = path.join(CASES, name);
  const spec = JSON.parse(readFileSync(path.join(dir, 'case.json'), 'utf8')) as { args: string[]; exitCode: number };

  it('exits and reports as expected', async () => {
    const io = captureIo();
    const code = await main([...spec.args, '--format', 'json'], io);
    const expectedJson = path.join(dir, 'expected.json');
    const expectedErr = path.join(dir, 'expected-stderr.txt');
    if (update) {
      if (io.out) writeFileSync(expectedJson, `${JSON.stringify(stable(JSON.parse(io.out)), null, 2)}\n`);
      if (io.err) writeFileSync(expectedErr, io.err);
    }
    expect(code).toBe(spec.exitCode);
    if (spec.exitCode === 2) {
      expect(io.out).toBe('');
      expect(io.err).toBe(readFileSync(expectedErr, 'utf8'));
      expect(io.err.trim().split('\n')).toHaveLength(1);
      return;
    }
    expect(io.err).toBe('');
    const report = JSON.parse(io.out) as Report;
    expect(stable(report)).toEqual(JSON.parse(readFileSync(expectedJson, 'utf8')));
  });

  if (existsSync(path.join(dir, 'expected.json'))) {
    it('expected report fits the JSON schema and quotes the files exactly', () => {
      const report = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Report;
      expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
      for (const finding of report.findings) {
        for (const e of finding.evidence) {
          const text = readFileSync(path.join(ROOT, e.path), 'utf8');
          // an .html article's positions point into the markup: the span, read as HTML, is the text
          if (isHtmlName(e.path)) expect(htmlToText(MODEL, text.slice(e.start, e.end)).text).toBe(e.text);
          else expect(text.slice(e.start, e.end)).toBe(e.text);
          expect(e.context.slice(e.contextOffset, e.contextOffset + e.text.length)).toBe(e.text);
        }
      }
    });
  }
});
