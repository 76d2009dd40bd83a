/**
 * The user's pages (README, docs/*.md a user reads, docs/rules/*.md) against the tool: every option
 * they write in code exists in `--help` of factdiff or one of its commands, and every command line
 * they show (`npx factdiff …` in a code block) runs without a usage or input error (exit 0 or 1).
 * The pages on the repository's own scripts (eval, peer-specs, performance) are not the tool's.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { captureIo, ROOT } from './helpers/io.js';

const USER_PAGES = [
  'README.md',
  ...['config', 'formats', 'robustness', 'entities', 'quantities'].map((p) => `docs/${p}.md`),
  ...readdirSync(path.join(ROOT, 'docs/rules'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/rules/${f}`),
];
/** Code that runs another program: its options are that program's. */
const OTHER_PROGRAM = /^\s*(?:\$ )?(?:npm|node|git|npx (?!factdiff)|jq|vitest|apt|sudo|cd|curl)\b/;

/** Each piece of code of a page: inline spans and the lines of fenced blocks. */
function codeOf(page: string): string[] {
  const blocks = [...page.matchAll(/```[^\n]*\n([\s\S]*?)```/g)].flatMap((m) => (m[1] as string).split('\n'));
  const prose = page.replace(/```[^\n]*\n[\s\S]*?```/g, '');
  const spans = [...prose.matchAll(/`([^`\n]+)`/g)].map((m) => m[1] as string);
  return [...blocks, ...spans];
}

async function helpText(): Promise<string> {
  let text = '';
  for (const command of [[], ['facts'], ['entities'], ['stories']]) {
    const io = captureIo();
    await main([...command, '--help'], io);
    text += io.out;
  }
  return text;
}

describe('the docs against the tool', () => {
  const pages = USER_PAGES.map((p) => ({ name: p, text: readFileSync(path.join(ROOT, p), 'utf8') }));

  it.each(pages)('$name: every option it writes is in --help', async ({ text }) => {
    const options = new Set((await helpText()).match(/--[a-z][a-z0-9-]*/g));
    const written = codeOf(text)
      .filter((code) => !OTHER_PROGRAM.test(code) && !code.includes('| jq'))
      .flatMap((code) => code.match(/(?<![\w-])--[a-z][a-z0-9-]*/g) ?? []);
    expect(written.filter((o) => !options.has(o))).toEqual([]);
  });

  const commands = pages.flatMap(({ name, text }) =>
    [...text.matchAll(/```[^\n]*\n([\s\S]*?)```/g)]
      .flatMap((m) => (m[1] as string).split('\n'))
      .filter((line) => /^(?:\$ )?npx factdiff\b/.test(line) && !line.includes('<'))
      .map((line) => ({ name, line: line.replace(/^\$ /, '') })),
  );

  it('finds command lines to run', () => {
    expect(commands.length).toBeGreaterThan(3);
  });

  /** One folder per page, with articles/ and the seeds: a page's commands run in order, as a reader would. */
  const folders = new Map<string, string>();
  function folderOf(page: string): string {
    const known = folders.get(page);
    if (known) return known;
    const dir = mkdtempSync(path.join(tmpdir(), 'factdiff-docs-'));
    mkdirSync(path.join(dir, 'articles'));
    writeFileSync(path.join(dir, 'articles/a.txt'), 'The storm killed 40 people in the valley on Monday.\n');
    writeFileSync(path.join(dir, 'articles/b.txt'), 'The storm killed 25 people in the valley on Monday.\n');
    cpSync(path.join(ROOT, 'fixtures/seeds'), path.join(dir, 'fixtures/seeds'), { recursive: true });
    folders.set(page, dir);
    return dir;
  }

  it.each(commands)('$name: `$line` runs (exit 0 or 1)', async ({ name, line }) => {
    // the command up to a pipe, a redirection or a comment
    const args = (line.split(/\s(?:\||>>?|#)\s?/)[0] as string).split(/\s+/).slice(2);
    const io = captureIo({ cwd: folderOf(name) });
    const code = await main([...args, '--no-color'], io);
    expect(io.err, 'a usage or input error').not.toMatch(/^factdiff: (?:error|usage)/m);
    expect([0, 1]).toContain(code);
  });
});
