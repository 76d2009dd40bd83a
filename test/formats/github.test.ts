/** GitHub Actions annotations: one per finding, escaped, then the stylish text with commands stopped. */
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, github } from '../../src/report/formatters/github.js';
import { plain } from '../../src/report/formatters/style.js';
import { stylish } from '../../src/report/formatters/stylish.js';
import { hostileReport, RAW_CONTROL, seedsReport } from './helpers.js';

const ANNOTATION = /^::(error|warning|notice) ([^:]*)::(.*)$/;

function parse(line: string) {
  const m = ANNOTATION.exec(line);
  if (!m) return undefined;
  const props = Object.fromEntries(
    (m[2] ?? '').split(',').map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]),
  );
  return { command: m[1], props, data: m[3] ?? '' };
}

const unescapeData = (s: string): string => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string): string => unescapeData(s.replace(/%3A/g, ':').replace(/%2C/g, ','));

describe('github', () => {
  it('escapes data and properties as the runner expects', () => {
    expect(escapeData('100%\r\nnext: a,b')).toBe('100%25%0D%0Anext: a,b');
    expect(escapeProperty('100%\r\nnext: a,b')).toBe('100%25%0D%0Anext%3A a%2Cb');
    expect(escapeData('%0A')).toBe('%250A');
  });

  it('annotates each finding at its first evidence, then prints the stylish report', async () => {
    const report = await seedsReport();
    const out = github(report, { style: plain });
    const lines = out.split('\n');
    const annotations = lines.slice(0, report.findings.length).map(parse);
    annotations.forEach((a, i) => {
      const finding = report.findings[i]!;
      const e = finding.evidence[0]!;
      expect(a?.command).toBe({ error: 'error', warning: 'warning', info: 'notice' }[finding.severity]);
      expect(a?.props).toEqual({
        file: e.path,
        line: String(e.line),
        col: String(e.column),
        endLine: String(e.line),
        endColumn: String(e.column + e.text.length),
        title: expect.stringContaining(finding.ruleId),
      });
      const message = unescapeData(a?.data ?? '');
      expect(message.split('\n')[0]).toBe(finding.message);
      expect(message).toContain(`${e.path}:${e.line}:${e.column} "${e.text}"`);
    });
    const stop = lines[report.findings.length]!;
    expect(stop).toMatch(/^::stop-commands::factdiff-[0-9a-f]{32}$/);
    const token = stop.slice('::stop-commands::'.length);
    expect(out.endsWith(`\n::${token}::\n`)).toBe(true);
    const text = out.slice(out.indexOf(`${stop}\n`) + stop.length + 1, out.length - `::${token}::\n`.length);
    expect(text).toBe(stylish(report, { style: plain }));
  });

  it('gives no end column to an annotation over several lines', async () => {
    const report = await hostileReport();
    const a = parse(github(report, { style: plain }).split('\n')[0]!);
    const e = report.findings[0]!.evidence[0]!;
    expect(a?.props.line).toBe(String(e.line));
    expect(a?.props.endLine).toBe(String(e.line + 2));
    expect(a?.props.endColumn).toBeUndefined();
  });

  it('keeps hostile article text from escaping its annotation or issuing commands', async () => {
    const report = await hostileReport();
    // a camp reading taken from an article, shown at the start of a stylish line
    report.findings[0]!.camps[0]!.reading = '::error file=x.txt::injected';
    const out = github(report, { style: plain });
    expect(out).not.toMatch(RAW_CONTROL);
    const lines = out.split('\n');
    const n = report.findings.length;
    for (const line of lines.slice(0, n)) {
      const a = parse(line);
      expect(a).toBeDefined();
      expect(Object.keys(a!.props)).toEqual(expect.arrayContaining(['file', 'line', 'col', 'title']));
      expect(unescapeProperty(a!.props.file!)).toMatch(/^odd dir\/.*,x:y%z #1\.txt$/);
      expect(a!.data).not.toMatch(/[\r\n]/);
    }
    // After the annotations, the runner reads commands only until the stop; the stylish text
    // (which has a line starting with "::warning" from the article) cannot end it early.
    const stop = lines[n]!;
    const token = stop.slice('::stop-commands::'.length);
    const body = lines.slice(n + 1, -2);
    expect(body.some((l) => l.trimStart().startsWith('::'))).toBe(true);
    expect(body.some((l) => l.includes(token))).toBe(false);
    expect(lines.at(-2)).toBe(`::${token}::`);
  });
});
