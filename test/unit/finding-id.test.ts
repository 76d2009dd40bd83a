/**
 * A finding's id is what it compares (rule, subject, attribute) and what each side read; its title
 * (the message) is wording, free to change: fingerprints, baselines and suppressions never read it.
 */
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/report/fingerprint.js';
import { suppress } from '../../src/report/filters/suppressions.js';
import type { Report } from '../../src/types.js';
import { checkArticles } from '../helpers/pipeline.js';

const report = checkArticles(
  [
    { path: 'a.txt', text: 'Police fired 20 rounds at the car on Monday.' },
    { path: 'b.txt', text: 'Police fired 12 rounds at the car on Monday.' },
  ],
  { group: 'none' },
);
const reworded: Report = { ...report, findings: report.findings.map((f) => ({ ...f, message: 'Another title' })) };

describe('finding ids apart from titles', () => {
  it('has a finding to check', () => {
    expect(report.findings.length).toBeGreaterThan(0);
  });

  it('a reworded title keeps the fingerprint', () => {
    expect(reworded.findings.map(fingerprint)).toEqual(report.findings.map(fingerprint));
  });

  it('a suppression by subject and attribute matches whatever the title says', () => {
    const [first] = report.findings;
    const filter = suppress(
      [{ subject: first?.subject ?? '', attribute: first?.attribute ?? '', reason: 'test' }],
      '/',
      '/',
    );
    expect(filter(reworded).findings).toHaveLength(report.findings.length - 1);
    expect(first?.attribute).not.toContain('number of');
  });
});
