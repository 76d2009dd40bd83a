/** NDJSON: one finding a line, the same objects as the JSON report, nothing else. */
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/report/fingerprint.js';
import { ndjson } from '../../src/report/formatters/ndjson.js';
import { plain } from '../../src/report/formatters/style.js';
import { hostileReport, RAW_CONTROL, seedsReport } from './helpers.js';

describe('ndjson', () => {
  it('prints each finding of the JSON report on its own line', async () => {
    const report = await seedsReport();
    const out = ndjson(report, { style: plain });
    expect(out.endsWith('\n')).toBe(true);
    const lines = out.slice(0, -1).split('\n');
    expect(lines).toHaveLength(report.findings.length);
    expect(lines.map((l) => JSON.parse(l))).toEqual(report.findings);
  });

  it('prints nothing when there is no finding', async () => {
    const report = await seedsReport();
    expect(ndjson({ ...report, findings: [] }, { style: plain })).toBe('');
  });

  it('escapes every control character, and still parses back to the same text', async () => {
    const report = await hostileReport();
    const out = ndjson(report, { style: plain });
    expect(out).not.toMatch(RAW_CONTROL);
    expect(out.split('\n')).toHaveLength(report.findings.length + 1);
    expect(
      out
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual(report.findings.map((f) => ({ ...f, fingerprint: fingerprint(f) })));
  });

  it('gives each finding the fingerprint SARIF and baselines hold', async () => {
    const report = await seedsReport();
    const lines = ndjson(report, { style: plain })
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.fingerprint)).toEqual(report.findings.map((f) => fingerprint(f)));
    expect(lines[0].fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });
});
