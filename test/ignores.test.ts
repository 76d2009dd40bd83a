/** What a folder walk leaves out by default (src/ingest/ignores.ts), and --no-ignore. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { captureIo } from './helpers/io.js';

const ARTICLE = 'The ferry sank on Monday. The crossing lasted two hours, officials said.';

/** A git work tree with articles, a package's README under node_modules, and a gitignored draft. */
function project(factdiffignore?: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'factdiff-ignores-'));
  for (const folder of ['.git', 'articles', 'node_modules/pkg', 'drafts'])
    mkdirSync(path.join(dir, folder), { recursive: true });
  writeFileSync(path.join(dir, 'articles/a.txt'), ARTICLE);
  writeFileSync(path.join(dir, 'articles/b.txt'), ARTICLE);
  writeFileSync(path.join(dir, 'node_modules/pkg/README.md'), '# pkg\n\nThe call lasted 9 hours.\n');
  writeFileSync(path.join(dir, 'drafts/c.txt'), ARTICLE);
  writeFileSync(path.join(dir, '.gitignore'), 'drafts/\n');
  if (factdiffignore !== undefined) writeFileSync(path.join(dir, '.factdiffignore'), factdiffignore);
  return dir;
}

async function checked(dir: string, args: string[]): Promise<string[]> {
  const io = captureIo({ cwd: dir });
  await main(['.', '-f', 'json', ...args], io);
  return JSON.parse(io.out).articles.map((a: { path: string }) => a.path);
}

describe('default ignores of a folder walk', () => {
  it('leaves out node_modules and what .gitignore ignores', async () => {
    expect(await checked(project(), [])).toEqual(['articles/a.txt', 'articles/b.txt']);
  });

  it('reads a .factdiffignore in the working directory', async () => {
    expect(await checked(project('articles/b.txt\n'), [])).toEqual(['articles/a.txt']);
  });

  it('--no-ignore walks everything', async () => {
    expect(await checked(project('articles/b.txt\n'), ['--no-ignore'])).toEqual([
      'articles/a.txt',
      'articles/b.txt',
      'drafts/c.txt',
      'node_modules/pkg/README.md',
    ]);
  });

  it('reads a file named on the command line even where a walk would not go', async () => {
    const dir = project();
    const io = captureIo({ cwd: dir });
    await main(['drafts/c.txt', '-f', 'json'], io);
    expect(JSON.parse(io.out).articles.map((a: { path: string }) => a.path)).toEqual(['drafts/c.txt']);
  });

  it('says in --verbose what it left out and by which files', async () => {
    const io = captureIo({ cwd: project() });
    await main(['.', '--verbose', '-f', 'json'], io);
    expect(io.err).toMatch(/ingest .* 2 articles, .*2 left out by node_modules\/, \.gitignore/);
  });
});

describe('--ignore', () => {
  it('says in --verbose when a glob left out no file', async () => {
    const dir = project();
    const verbose = captureIo({ cwd: dir });
    await main(['.', '-f', 'json', '--verbose', '--ignore', 'artcles/**', '--ignore', 'articles/b.txt'], verbose);
    expect(verbose.err).toContain('factdiff: --ignore artcles/** left out no file');
    expect(verbose.err).not.toContain('--ignore articles/b.txt left out');
    const quiet = captureIo({ cwd: dir });
    await main(['.', '-f', 'json', '--ignore', 'artcles/**'], quiet);
    expect(quiet.err).toBe('');
  });
});

describe('the config key ignores', () => {
  it("leaves out what it lists, relative to the config file's folder; --no-ignore walks it all", async () => {
    const dir = project();
    writeFileSync(path.join(dir, 'factdiff.config.json'), JSON.stringify({ ignores: ['articles/b.txt'] }));
    expect(await checked(dir, [])).toEqual(['articles/a.txt']);
    expect(await checked(dir, ['--no-ignore'])).toContain('articles/b.txt');
    // run from a subfolder: the glob is still the config folder's
    const io = captureIo({ cwd: path.join(dir, 'articles') });
    await main(['.', '-f', 'json'], io);
    expect(JSON.parse(io.out).articles.map((a: { path: string }) => a.path)).toEqual(['a.txt']);
  });
});
