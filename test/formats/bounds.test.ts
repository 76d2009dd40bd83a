/** Output for people stays bounded: evidence per camp (--max-evidence), and markdown within GitHub's limit. */
import { describe, expect, it } from 'vitest';
import { markdown, MARKDOWN_LIMIT } from '../../src/report/formatters/markdown.js';
import { stylish } from '../../src/report/formatters/stylish.js';
import { plain } from '../../src/report/formatters/style.js';
import type { Evidence, Report } from '../../src/types.js';
import { seedsReport } from './helpers.js';

/** The seeds report with the first finding's first camp told by `n` pieces of evidence in `articles` files. */
async function crowded(n: number, articles: number): Promise<Report> {
  const report = await seedsReport();
  const finding = report.findings[0]!;
  const model = finding.evidence.find((e) => e.camp === 0)!;
  const many: Evidence[] = Array.from({ length: n }, (_, i) => ({ ...model, path: `wire/${i % articles}.txt` }));
  finding.evidence = [...many, ...finding.evidence.filter((e) => e.camp !== 0)];
  return report;
}

describe('evidence per camp', () => {
  it('shows five and counts the rest, by default', async () => {
    const text = stylish(await crowded(40, 7), { style: plain });
    expect(text).toContain('… and 35 more in 7 articles');
    expect(text.split('\n').filter((l) => l.includes('wire/'))).toHaveLength(5);
  });

  it('takes --max-evidence, and shows all when only one would be left out', async () => {
    expect(stylish(await crowded(40, 7), { style: plain, maxEvidence: 2 })).toContain('… and 38 more in 7 articles');
    expect(markdown(await crowded(6, 2), { style: plain })).not.toContain('more in');
  });
});

describe('markdown size', () => {
  it("keeps a big report within GitHub's limit, cutting whole findings and saying how many", async () => {
    const report = await seedsReport();
    const [first] = report.findings;
    // three hundred findings, each with a long message
    report.findings = Array.from({ length: 300 }, (_, i) => ({ ...first!, message: `${'x'.repeat(400)} ${i}` }));
    const text = markdown(report, { style: plain });
    expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(MARKDOWN_LIMIT);
    const left = /_(\d+) more findings left out to stay within GitHub's 65,536 characters/.exec(text);
    expect(Number(left?.[1])).toBeGreaterThan(0);
    const shown = text.split('\n').filter((l) => /^### \d+\./.test(l)).length;
    expect(shown + Number(left?.[1])).toBe(300);
  });
});
