/**
 * The examples in docs/rules/*.md are what the tool prints: each "$ factdiff …" block is run and
 * every line it shows must be a line of the real output, in the same order (a doc may show an excerpt).
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { captureIo, ROOT } from './helpers/io.js';

const DOCS = path.join(ROOT, 'docs/rules');

/** Each block with a "$ factdiff ARGS" line: the files a "$ cat" line before it shows, its arguments, its lines. */
function examples(page: string): { files: [string, string][]; args: string[]; lines: string[] }[] {
  const found: { files: [string, string][]; args: string[]; lines: string[] }[] = [];
  for (const [, block] of page.matchAll(/```\n(\$ [^\n]*\n[\s\S]*?)```/g)) {
    const all = (block as string).trimEnd().split('\n');
    const at = all.findIndex((l) => l.startsWith('$ factdiff '));
    if (at < 0) continue;
    // "$ cat a.txt b.txt" and then one line each: one-line articles the example is run on
    const cat = all[0]?.startsWith('$ cat ') ? (all[0] as string).slice(6).split(/\s+/) : [];
    const files = cat.map((name, k): [string, string] => [name, all[1 + k] ?? '']);
    const args = (all[at] as string)
      .replace(/^\$ factdiff /, '')
      .split(/\s+/)
      .filter(Boolean);
    const lines = all.slice(at + 1).map((l) => l.trimEnd());
    found.push({ files, args, lines: lines.filter((l) => l.trim() !== '' && l.trim() !== '…') });
  }
  return found;
}

const pages = readdirSync(DOCS).filter((f) => f.endsWith('.md') && f !== 'README.md');

describe('docs/rules examples', () => {
  const cases = pages.flatMap((page) =>
    examples(readFileSync(path.join(DOCS, page), 'utf8')).map((e, i) => ({ name: `${page} #${i + 1}`, ...e })),
  );

  it('has examples to check', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases)('$name is what factdiff prints', async ({ files, args, lines }) => {
    const dir = files.length > 0 ? mkdtempSync(path.join(tmpdir(), 'factdiff-doc-')) : ROOT;
    for (const [name, text] of files) writeFileSync(path.join(dir, name), `${text}\n`);
    const io = captureIo({ cwd: dir });
    await main([...args, '--no-color'], io);
    // run in a temporary folder, the report names the rule pages by the path from there: the docs show "docs/"
    const printed = io.out
      .replaceAll(`${path.relative(dir, path.join(ROOT, 'docs')).split(path.sep).join('/')}/`, 'docs/')
      .split('\n')
      .map((l) => l.trimEnd());
    let at = 0;
    for (const line of lines) {
      const found = printed.indexOf(line, at);
      expect(found, `not printed (in this order): ${line}`).toBeGreaterThanOrEqual(0);
      at = found + 1;
    }
  });
});
