/**
 * ESLint's RuleTester, for factdiff's rules: each rule's test file lists batches that must make
 * its finding (`invalid`) and batches that must stay silent (`valid`), written for the test.
 */
import { describe, expect, it } from 'vitest';
import type { Rule } from '../../src/compare/rules/index.js';
import type { Article, Finding } from '../../src/types.js';
import { checkArticles } from '../helpers/pipeline.js';

/** A batch: the articles' texts (a.txt, b.txt, …), or articles with their dates. */
export interface RuleCase {
  name: string;
  articles: (string | Omit<Article, 'path'>)[];
  /** --show-single */
  showSingle?: boolean;
}

export interface InvalidCase extends RuleCase {
  /** What the one finding of the rule must hold (a subset of its fields). */
  finding: Partial<Pick<Finding, 'severity' | 'subject' | 'attribute' | 'message'>> & { camps?: string[] };
}

export function findingsOf(rule: Rule, c: RuleCase): Finding[] {
  const articles = c.articles.map((a, i) => ({
    path: `${String.fromCharCode(97 + i)}.txt`,
    ...(typeof a === 'string' ? { text: a } : a),
  }));
  const report = checkArticles(articles, { group: 'none', showSingle: c.showSingle ?? false });
  return report.findings.filter((f) => f.ruleId === rule.meta.id);
}

export function testRule(rule: Rule, cases: { valid: RuleCase[]; invalid: InvalidCase[] }): void {
  describe(`rule ${rule.meta.id}`, () => {
    it('has its metadata: a title, a description, a default severity and its docs page', () => {
      expect(rule.meta.title.length).toBeGreaterThan(3);
      expect(rule.meta.description).toMatch(/\.$/);
      expect(['error', 'warning', 'info']).toContain(rule.meta.defaultSeverity);
      expect(rule.meta.docs).toBe(`docs/rules/${rule.meta.id}.md`);
    });

    it.each(cases.valid.map((c) => [c.name, c] as const))('stays silent: %s', (_name, c) => {
      expect(findingsOf(rule, c).map((f) => f.message)).toEqual([]);
    });

    it.each(cases.invalid.map((c) => [c.name, c] as const))('fires: %s', (_name, c) => {
      const found = findingsOf(rule, c);
      expect(found.map((f) => f.message)).toHaveLength(1);
      const { camps, ...fields } = c.finding;
      const finding = found[0] as Finding;
      expect(finding).toMatchObject(fields);
      if (camps) expect(finding.camps.map((x) => x.reading)).toEqual(camps);
    });
  });
}
