import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { globMatcher } from '../../src/text/glob.js';
import { captureIo } from '../helpers/io.js';

const paths = (out: string) => JSON.parse(out).articles.map((a: { path: string }) => a.path);

describe('--files-from and --ignore', () => {
  it('reads the paths a file lists (blank lines and # comments skipped)', async () => {
    const list = path.join(mkdtempSync(path.join(tmpdir(), 'factdiff-list-')), 'list.txt');
    writeFileSync(
      list,
      'fixtures/seeds/000_63af52b85db90ee2.txt\n# a comment\n\nfixtures/seeds/003_322494230f4a479f.txt\n',
    );
    const io = captureIo();
    expect(await main(['--files-from', list, '-f', 'json', '--no-config'], io)).toBe(1);
    expect(paths(io.out)).toEqual([
      'fixtures/seeds/000_63af52b85db90ee2.txt',
      'fixtures/seeds/003_322494230f4a479f.txt',
    ]);
  });

  it('leaves out files matching each --ignore glob', async () => {
    const io = captureIo();
    await main(
      ['fixtures/seeds', '--ignore', 'fixtures/seeds/00[12]*', '--ignore', '**/004_*', '-f', 'json', '--no-config'],
      io,
    );
    expect(paths(io.out)).toEqual([
      'fixtures/seeds/000_63af52b85db90ee2.txt',
      'fixtures/seeds/003_322494230f4a479f.txt',
    ]);
  });

  it('says so in one line when --ignore leaves nothing, or the list cannot be read', async () => {
    const a = captureIo();
    expect(await main(['fixtures/seeds', '--ignore', 'fixtures/**', '--no-config'], a)).toBe(2);
    expect(a.err).toBe('factdiff: error: every article was left out by --ignore\n');
    const b = captureIo();
    expect(await main(['--files-from', 'no/such/list.txt', '--no-config'], b)).toBe(2);
    expect(b.err).toBe('factdiff: error: cannot read --files-from no/such/list.txt: no such file\n');
  });

  it.each([
    ['**/*.txt', 'a/b/c.txt', true],
    ['*.txt', 'a/c.txt', false],
    ['a/*.md', 'a/x.md', true],
    ['drafts', 'drafts/x.txt', true],
    ['file?.txt', 'file1.txt', true],
    ['[ab].txt', 'c.txt', false],
  ])('glob %s on %s: %s', (glob, file, expected) => {
    expect(globMatcher(glob, { folder: true })(file)).toBe(expected);
  });
});
