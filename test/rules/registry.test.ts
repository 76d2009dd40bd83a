/** The rule registry: every rule once, each with its docs page, and the docs index made from their metadata. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rulesIndexPage, withRulesTable } from '../../src/compare/rules/docs-index.js';
import { allRules, ruleMeta } from '../../src/compare/rules/index.js';
import { ROOT } from '../helpers/io.js';

describe('the rule registry', () => {
  it('holds each rule once, under its own id, with a docs page that exists', () => {
    const ids = allRules.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of allRules) {
      expect(ruleMeta[rule.meta.id]).toBe(rule.meta);
      expect(existsSync(path.join(ROOT, rule.meta.docs))).toBe(true);
    }
  });

  it('has a test file per rule', () => {
    for (const { meta } of allRules) expect(existsSync(path.join(ROOT, `test/rules/${meta.id}.test.ts`))).toBe(true);
  });

  it('is what docs/rules/README.md and the README list (npm run docs:rules makes them)', () => {
    expect(readFileSync(path.join(ROOT, 'docs/rules/README.md'), 'utf8')).toBe(rulesIndexPage(allRules));
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(withRulesTable(readme, allRules)).toBe(readme);
  });
});
