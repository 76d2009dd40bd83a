import { describe, expect, it } from 'vitest';
import { compact } from '../../src/report/formatters/compact.js';
import { plain } from '../../src/report/formatters/style.js';
import { RAW_CONTROL, hostileReport, seedsReport } from './helpers.js';

describe('compact', () => {
  it('prints one path:line:col line per finding at its first evidence, then the count', async () => {
    const report = await seedsReport();
    const lines = compact(report, { style: plain }).trimEnd().split('\n');
    expect(lines).toHaveLength(report.findings.length + 1);
    expect(lines[0]).toMatch(
      /^fixtures\/seeds\/\S+\.txt:\d+:\d+: error Duration of the call: .* \[quantity-conflict\]$/,
    );
    expect(lines.at(-1)).toBe(`${report.findings.length} findings in 5 articles`);
  });

  it('lets no control character of article text through', async () => {
    expect(compact(await hostileReport(), { style: plain })).not.toMatch(RAW_CONTROL);
  });
});
