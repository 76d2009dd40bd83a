#!/usr/bin/env node
/** Writes docs/rules/README.md and the README's table of rules from each rule's `meta` (after a build). */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { allRules } = await import('../dist/compare/rules/index.js');
const { rulesIndexPage, withRulesTable } = await import('../dist/compare/rules/docs-index.js');
writeFileSync(join(ROOT, 'docs/rules/README.md'), rulesIndexPage(allRules));
const readme = join(ROOT, 'README.md');
writeFileSync(readme, withRulesTable(readFileSync(readme, 'utf8'), allRules));
console.log(`docs/rules/README.md and README.md: ${allRules.length} rules`);
