/**
 * The index of finding kinds in the docs (docs/rules/README.md and the README's table), made
 * from each rule's metadata: `npm run docs:rules` writes it, a test checks it is up to date.
 */
import type { Rule } from './rule.js';

const cell = (text: string): string => text.replace(/\|/g, '\\|');

/** A markdown table of the rules, each linked to its page under `base`. */
export function rulesTable(rules: readonly Rule[], base: string): string {
  const rows = rules.map(({ meta }) => {
    const severity = meta.otherSeverities ? `${meta.defaultSeverity} (${meta.otherSeverities})` : meta.defaultSeverity;
    const page = `${base}${meta.docs.slice('docs/rules/'.length)}`;
    return `| [${meta.id}](${page}) | ${cell(severity)} | ${cell(meta.description)} |`;
  });
  return ['| rule | severity | what it means |', '|---|---|---|', ...rows].join('\n');
}

/** The whole of docs/rules/README.md. */
export function rulesIndexPage(rules: readonly Rule[]): string {
  return [
    '# Finding kinds',
    '',
    '<!-- Made by `npm run docs:rules` from the `meta` of each rule in src/compare/rules/; edit those, not this. -->',
    '',
    rulesTable(rules, ''),
    '',
    'Each page says what the rule finds, with examples, and how to silence it (`rules` and',
    '`suppressions` in the config: [../config.md](../config.md)).',
    '',
  ].join('\n');
}

export const README_START = '<!-- rules: made by `npm run docs:rules` -->';
export const README_END = '<!-- /rules -->';

/** The README with its table of rules made again (between the two markers). */
export function withRulesTable(readme: string, rules: readonly Rule[]): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${README_START} … ${README_END} block`);
  return `${readme.slice(0, start + README_START.length)}\n${rulesTable(rules, 'docs/rules/')}\n${readme.slice(end)}`;
}
