/** Markdown for pull-request comments and step summaries: a table that article text cannot break. */
import { describe, expect, it } from 'vitest';
import { codeSpan, markdown, mdText } from '../../src/report/formatters/markdown.js';
import { plain } from '../../src/report/formatters/style.js';
import { hostileReport, RAW_CONTROL, seedsReport } from './helpers.js';

/** Cells of a GFM table row: split on pipes that no backslash escapes. */
function cells(row: string): string[] {
  return row
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/);
}

describe('markdown', () => {
  it('escapes markup, HTML, pipes, mentions and links in article text', () => {
    expect(mdText('a | b')).toBe('a \\| b');
    expect(mdText('*x* _y_ `z` [l](u) <b> ~s~ $m$ &amp; \\')).toBe(
      '\\*x\\* \\_y\\_ \\`z\\` \\[l\\](u) \\<b\\> \\~s\\~ \\$m\\$ \\&amp; \\\\',
    );
    expect(mdText('ask @octocat about #12')).toBe('ask @&#8203;octocat about \\#&#8203;12');
    expect(mdText('see https://x.example or www.x.example')).toBe(
      'see https:&#8203;//x.example or www&#8203;.x.example',
    );
    expect(mdText('two\r\nlines\u001b[31m')).toBe('two lines\\\\u001b\\[31m');
  });

  it('makes code spans that hold any backticks', () => {
    expect(codeSpan('a.txt:1:2')).toBe('`a.txt:1:2`');
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`x``')).toBe('``` `x`` ```');
  });

  it('heads with the counts, tables the findings, then lists each camp with its evidence', async () => {
    const report = await seedsReport();
    const out = markdown(report, { style: plain });
    const lines = out.split('\n');
    expect(lines[0]).toBe('## factdiff: 5 findings (1 error, 1 warning, 3 info) in 5 articles');
    const rows = lines.filter((l) => l.startsWith('| '));
    expect(rows).toHaveLength(report.findings.length + 1);
    for (const row of rows) expect(cells(row)).toHaveLength(5);
    expect(out).toContain('`fixtures/seeds/003_322494230f4a479f.txt:3:208` “nearly 90 minutes” → about 81–90 min');
    expect(out).toContain('- **more than 120 min** (2 articles)');
    expect(out.match(/^### /gm)).toHaveLength(report.findings.length);
  });

  it('says so when there is nothing to report', async () => {
    const report = await seedsReport();
    const empty = {
      ...report,
      findings: [],
      summary: { ...report.summary, findings: 0, errors: 0, warnings: 0, infos: 0 },
    };
    expect(markdown(empty, { style: plain })).toBe('## factdiff: no discrepancies found in 5 articles\n');
  });

  it('keeps hostile article text inside its cell, its line and its words', async () => {
    const report = await hostileReport();
    const out = markdown(report, { style: plain });
    expect(out).not.toMatch(RAW_CONTROL);
    const lines = out.split('\n');
    const rows = lines.filter((l) => l.startsWith('| '));
    expect(rows).toHaveLength(report.findings.length + 1);
    for (const row of rows) expect(cells(row)).toHaveLength(5);
    // no raw HTML, no unescaped link or emphasis, no mention
    expect(out).not.toMatch(/(?<!\\)<img/);
    expect(out).not.toMatch(/(?<!\\)\[link/);
    expect(out).not.toMatch(/@octocat/);
    expect(out).not.toMatch(/(?<!\\)`tick/);
    // every line is either ours or starts with our own prefix
    for (const line of lines) expect(line).toMatch(/^(|## |\| |\|---|### |- \*\*|  - `|error|warning|info)/);
  });
});
