/**
 * SARIF output: valid against the SARIF 2.1.0 JSON schema (the copy shipped in the
 * @microsoft/jest-sarif package, MIT, read from node_modules: no network), rules from the
 * registry, one result per finding at its evidence, and fingerprints that survive reruns.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { Log, Result } from 'sarif';
import { describe, expect, it } from 'vitest';
import { ruleMeta as rules } from '../../src/compare/rules/index.js';
import { endPosition } from '../../src/report/formatters/common.js';
import { FINGERPRINT_KEY, fingerprint, pathToUri, sarif } from '../../src/report/formatters/sarif.js';
import { plain } from '../../src/report/formatters/style.js';
import type { Finding, Report } from '../../src/types.js';
import { HOSTILE, hostileReport, RAW_CONTROL, seedsReport } from './helpers.js';

const require = createRequire(import.meta.url);
const SCHEMA_PATH = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
// The schema's `language` pattern has a stray `]`, legal only without the `u` flag.
const ajv = new Ajv04.default({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats.default(ajv);
const validate = ajv.compile(schema);

function toLog(report: Report): Log {
  return JSON.parse(sarif(report, { style: plain })) as Log;
}

function results(log: Log): Result[] {
  return log.runs[0]?.results ?? [];
}

describe('sarif', () => {
  it('uses the SARIF 2.1.0 schema (draft-04) from the package', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-04/schema#');
    expect(String(schema.title)).toContain('SARIF) Version 2.1.0');
  });

  it('is valid SARIF 2.1.0 for the seeds', async () => {
    const log = toLog(await seedsReport());
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(log.version).toBe('2.1.0');
  });

  it('has a validator that does reject invalid SARIF', async () => {
    const log = toLog(await seedsReport());
    const result = results(log)[0]!;
    (result as { level: string }).level = 'info';
    result.locations![0]!.physicalLocation!.region!.startLine = 0;
    expect(validate(log)).toBe(false);
    expect(validate({ version: '2.1.0' })).toBe(false);
  });

  it('is valid SARIF 2.1.0 for hostile text and for no findings', async () => {
    const hostile = await hostileReport();
    expect(validate(toLog(hostile)), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const empty = {
      ...hostile,
      findings: [],
      summary: { ...hostile.summary, findings: 0, errors: 0, warnings: 0, infos: 0 },
    };
    const log = toLog(empty);
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(results(log)).toEqual([]);
  });

  it('describes the tool and every rule of the registry', async () => {
    const report = await seedsReport();
    const driver = toLog(report).runs[0]!.tool.driver;
    expect(driver.name).toBe('factdiff');
    expect(driver.version).toBe(report.tool.version);
    expect(driver.informationUri).toMatch(/^https:\/\//);
    expect(driver.rules?.map((r) => r.id)).toEqual(Object.keys(rules));
    for (const rule of driver.rules ?? []) {
      const info = rules[rule.id as keyof typeof rules];
      expect(rule.name).toMatch(/^[A-Z][A-Za-z]+$/);
      expect(rule.shortDescription?.text).toBe(info.title);
      expect(rule.fullDescription?.text).toBe(info.description);
      expect(rule.helpUri?.endsWith(`/${info.docs}`)).toBe(true);
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration?.level);
    }
  });

  it('gives one result per finding: level, message, first evidence as location, the rest related', async () => {
    const report = await seedsReport();
    const log = toLog(report);
    const driverRules = log.runs[0]!.tool.driver.rules ?? [];
    expect(results(log)).toHaveLength(report.findings.length);
    results(log).forEach((result, i) => {
      const finding = report.findings[i]!;
      expect(result.ruleId).toBe(finding.ruleId);
      expect(driverRules[result.ruleIndex!]?.id).toBe(finding.ruleId);
      expect(result.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[finding.severity]);
      expect(result.message.text).toBe(finding.message);
      const places = [...(result.locations ?? []), ...(result.relatedLocations ?? [])];
      expect(result.locations).toHaveLength(1);
      expect(places).toHaveLength(finding.evidence.length);
      places.forEach((place, j) => {
        const e = finding.evidence[j]!;
        const physical = place.physicalLocation!;
        expect(physical.artifactLocation).toEqual({ uri: e.path, uriBaseId: '%SRCROOT%' });
        expect(physical.region).toMatchObject({
          startLine: e.line,
          startColumn: e.column,
          endLine: e.line,
          endColumn: e.column + e.text.length,
        });
        expect(place.message?.text).toContain(`"${finding.camps[e.camp]!.reading}"`);
      });
    });
  });

  it('quotes the region it points at (seeds: the region is the evidence text in the file)', async () => {
    const report = await seedsReport();
    for (const result of results(toLog(report))) {
      for (const place of [...(result.locations ?? []), ...(result.relatedLocations ?? [])]) {
        const { artifactLocation, region } = place.physicalLocation!;
        const lines = readFileSync(artifactLocation!.uri!, 'utf8')
          .replace(/^\uFEFF/, '')
          .split(/\r\n|\n|\r/);
        expect(region!.endLine).toBe(region!.startLine);
        expect(lines[region!.startLine! - 1]!.slice(region!.startColumn! - 1, region!.endColumn! - 1)).toBe(
          region!.snippet!.text,
        );
      }
    }
  });

  it('computes end positions across line breaks (\\n, \\r\\n, lone \\r)', () => {
    const at = (text: string) => ({ start: 100, end: 100 + text.length, text });
    expect(endPosition({ line: 3, column: 10, ...at('two hours') })).toEqual({ endLine: 3, endColumn: 19 });
    expect(endPosition({ line: 3, column: 10, ...at('two\nhours') })).toEqual({ endLine: 4, endColumn: 6 });
    expect(endPosition({ line: 3, column: 10, ...at('a\r\nb\rcd\n') })).toEqual({ endLine: 6, endColumn: 1 });
    expect(endPosition({ line: 1, column: 1, ...at('') })).toEqual({ endLine: 1, endColumn: 1 });
    // an .html span holds markup between the words: its end is not told by the words
    expect(endPosition({ line: 3, column: 10, start: 100, end: 120, text: 'Trump’s' })).toEqual({});
  });

  it('gives a multi-line evidence its end line and column', async () => {
    const report = await hostileReport();
    const e = report.findings[0]!.evidence[0]!;
    const region = results(toLog(report))[0]!.locations![0]!.physicalLocation!.region!;
    expect(region.endLine).toBe(e.line + 2);
    expect(region.endColumn).toBe(`last ${HOSTILE}`.length + 1);
  });

  it('keeps URIs relative and encoded', async () => {
    expect(pathToUri('fixtures/seeds/000.txt')).toBe('fixtures/seeds/000.txt');
    expect(pathToUri('odd dir/a,x:y%z #1.txt')).toBe('odd%20dir/a%2Cx%3Ay%25z%20%231.txt');
    expect(pathToUri('<stdin>')).toBe('%3Cstdin%3E');
    const uri = results(toLog(await hostileReport()))[0]!.locations![0]!.physicalLocation!.artifactLocation!.uri!;
    expect(uri).toMatch(/^odd%20dir\//);
    expect(decodeURIComponent(uri)).toMatch(/^odd dir\/.*,x:y%z #1\.txt$/);
  });

  it('makes artifact URIs relative to --sarif-root, and a file outside it an absolute file URI', async () => {
    const report = await seedsReport();
    const uris = (sarifRoot: { root: string; cwd: string }) =>
      results(JSON.parse(sarif(report, { style: plain, sarifRoot })) as Log).map(
        (r) => r.locations![0]!.physicalLocation!.artifactLocation!,
      );
    const first = report.findings[0]!.evidence[0]!.path; // fixtures/seeds/…, relative to the working directory
    expect(uris({ root: '/repo', cwd: '/repo' })[0]).toEqual({ uri: first, uriBaseId: '%SRCROOT%' });
    // run from a sub-folder of the work tree: the URI still starts at the root, with no ../
    expect(uris({ root: '/repo', cwd: '/repo/sub' })[0]).toEqual({ uri: `sub/${first}`, uriBaseId: '%SRCROOT%' });
    // a root below the articles' folder: the article is outside it, so it is named absolutely
    expect(uris({ root: '/repo/elsewhere', cwd: '/repo' })[0]).toEqual({ uri: `file:///repo/${first}` });
    const log = JSON.parse(sarif(report, { style: plain, sarifRoot: { root: '/repo/x', cwd: '/repo' } })) as Log;
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('fingerprints a finding by rule, subject, attribute, readings and articles only', async () => {
    const report = await seedsReport();
    const prints = results(toLog(report)).map((r) => r.partialFingerprints?.[FINGERPRINT_KEY]);
    expect(prints.every((p) => typeof p === 'string' && /^[0-9a-f]{64}$/.test(p))).toBe(true);
    expect(new Set(prints).size).toBe(prints.length);

    const finding = report.findings[0]!;
    const moved: Finding = {
      ...finding,
      confidence: 0.5,
      message: 'reworded',
      camps: [...finding.camps].reverse().map((c) => ({ ...c, articles: [...c.articles].reverse() })),
      evidence: finding.evidence.map((e) => ({
        ...e,
        line: e.line + 7,
        column: 1,
        start: e.start + 100,
        end: e.end + 100,
      })),
    };
    expect(fingerprint(moved)).toBe(fingerprint(finding));
    const reread = {
      ...finding,
      camps: finding.camps.map((c, i) => (i === 0 ? { ...c, reading: 'about 60 min' } : c)),
    };
    expect(fingerprint(reread)).not.toBe(fingerprint(finding));
    const another = {
      ...finding,
      camps: finding.camps.map((c, i) => (i === 0 ? { ...c, articles: [...c.articles, 'fixtures/seeds/new.txt'] } : c)),
    };
    expect(fingerprint(another)).not.toBe(fingerprint(finding));
    expect(fingerprint({ ...finding, subject: 'ceasefire' })).not.toBe(fingerprint(finding));
  });

  it('sends no control character raw, and keeps the text exactly through serialization', async () => {
    const report = await hostileReport();
    const text = sarif(report, { style: plain });
    expect(text).not.toMatch(RAW_CONTROL);
    const result = results(JSON.parse(text) as Log)[0]!;
    expect(result.message.text).toBe(report.findings[0]!.message);
    expect(result.locations![0]!.physicalLocation!.region!.snippet!.text).toBe(report.findings[0]!.evidence[0]!.text);
  });
});
