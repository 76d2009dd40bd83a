/**
 * Files that cannot be read: each is listed in the report as skipped with a reason, told on
 * stderr in one line, and never loses the other files' results. Exit code 2 unless --skip-unreadable.
 */
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeError, ingest } from '../../src/ingest/read-inputs.js';
import { formatSize, parseSize } from '../../src/ingest/size.js';
import { main } from '../../src/cli/main.js';
import { captureIo } from '../helpers/io.js';
import { MODEL } from '../helpers/model.js';
import {
  cleanOutput,
  cleanup,
  permissionsApply,
  run,
  runJson,
  SEED,
  SEED_A,
  SEED_B,
  tempDir,
  write,
} from './helpers.js';

let dir: string;

beforeAll(() => {
  dir = tempDir();
});
afterAll(() => cleanup(dir));

/** Whether chmod 000 stops this process from reading (not as root). */
const DENIES = (() => {
  const probe = tempDir();
  try {
    return permissionsApply(probe);
  } finally {
    cleanup(probe);
  }
})();
const AS_ROOT = ' (skipped: running as root, chmod 000 does not stop reading, so permission denied cannot be made)';

/** A folder in the temp dir with the two seed articles that disagree (exit 1 on their own). */
function folderWithSeeds(name: string): string {
  const folder = path.join(dir, name);
  mkdirSync(folder, { recursive: true });
  write(folder, 'a.txt', SEED(SEED_A));
  write(folder, 'b.txt', SEED(SEED_B));
  return folder;
}

/** The seeds and a PNG-like file named .txt. */
function binaryFolder(): string {
  const folder = folderWithSeeds('binary');
  write(
    folder,
    'image.txt',
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
  );
  return folder;
}

describe('unreadable files are skipped, listed and counted', () => {
  it('a binary file: listed as skipped, the others checked, exit 2, one line on stderr', async () => {
    binaryFolder();
    const { code, report, err } = await runJson(['binary'], dir);
    expect(code).toBe(2);
    expect(report.articles).toEqual([
      expect.objectContaining({ path: 'binary/a.txt', status: 'checked' }),
      expect.objectContaining({ path: 'binary/b.txt', status: 'checked' }),
      { path: 'binary/image.txt', words: 0, status: 'skipped', reason: 'binary file (NUL bytes in the first 8 KB)' },
    ]);
    expect(report.summary.articles).toBe(2);
    expect(report.summary.errors).toBe(1); // the findings of the readable files are all there
    expect(err).toBe('factdiff: error: cannot read binary/image.txt: binary file (NUL bytes in the first 8 KB)\n');
  });

  it('--skip-unreadable: still listed as skipped, exit code from the findings only', async () => {
    binaryFolder();
    const { code, report, err } = await runJson(['binary', '--skip-unreadable'], dir);
    expect(code).toBe(1);
    expect(report.articles.filter((a) => a.status === 'skipped')).toHaveLength(1);
    expect(err).toBe('factdiff: warning: skipped binary/image.txt: binary file (NUL bytes in the first 8 KB)\n');
    const never = await runJson(['binary', '--skip-unreadable', '--fail-on', 'never'], dir);
    expect(never.code).toBe(0);
  });

  it('a file of control bytes without NULs is binary too', async () => {
    const folder = path.join(dir, 'controls');
    mkdirSync(folder);
    write(folder, 'x.md', new Uint8Array(Array.from({ length: 4000 }, (_, i) => (i % 3 === 0 ? 1 + (i % 7) : 65))));
    const { code, report } = await runJson(['controls', '--skip-unreadable'], dir);
    expect(code).toBe(2); // nothing checked: no run may pass on that
    expect(report.articles).toEqual([
      {
        path: 'controls/x.md',
        words: 0,
        status: 'skipped',
        reason: expect.stringMatching(/^binary file \(\d+% control bytes in the first 8 KB\)$/),
      },
    ]);
  });

  it('a file over --max-file-size is skipped unread; the limit takes suffixes', async () => {
    const folder = folderWithSeeds('size');
    write(folder, 'big.txt', `The call lasted two hours. ${'x'.repeat(4000)}`);
    const small = await runJson(['size', '--max-file-size', '3kb'], dir);
    expect(small.code).toBe(2);
    expect(small.report.articles.find((a) => a.path === 'size/big.txt')).toEqual({
      path: 'size/big.txt',
      words: 0,
      status: 'skipped',
      reason: 'too large (3.9 KB; the limit is 3 KB, see --max-file-size)',
    });
    const large = await runJson(['size', '--max-file-size', '10MB'], dir);
    expect(large.code).toBe(1);
    expect(large.report.articles.every((a) => a.status === 'checked')).toBe(true);
    const bad = await run(['size', '--max-file-size', 'lots'], dir);
    expect(bad.code).toBe(2);
    expect(bad.err.trim().split('\n')).toHaveLength(1);
    expect(bad.err).toContain("'lots' is invalid");
  });

  it('the default limit is 5 MB', async () => {
    const folder = path.join(dir, 'default-size');
    mkdirSync(folder);
    write(folder, 'huge.txt', 'a'.repeat(5 * 1024 * 1024 + 1));
    write(folder, 'fits.txt', 'The call lasted two hours.');
    const { report } = await runJson(['default-size'], dir);
    expect(report.articles.map((a) => [a.path, a.status, a.reason])).toEqual([
      ['default-size/fits.txt', 'checked', undefined],
      ['default-size/huge.txt', 'skipped', 'too large (5242881 bytes; the limit is 5 MB, see --max-file-size)'],
    ]);
  });

  it.skipIf(!DENIES)(`a file without read permission: "permission denied"${DENIES ? '' : AS_ROOT}`, async () => {
    const folder = folderWithSeeds('denied');
    const locked = write(folder, 'locked.txt', SEED(SEED_A));
    chmodSync(locked, 0);
    const { code, report, err } = await runJson(['denied'], dir);
    expect(code).toBe(2);
    expect(report.articles.find((a) => a.path === 'denied/locked.txt')).toEqual({
      path: 'denied/locked.txt',
      words: 0,
      status: 'skipped',
      reason: 'permission denied',
    });
    expect(err).toBe('factdiff: error: cannot read denied/locked.txt: permission denied\n');
    chmodSync(locked, 0o644);
  });

  it.skipIf(!DENIES)(`a folder that cannot be listed is listed as skipped${DENIES ? '' : AS_ROOT}`, async () => {
    const folder = folderWithSeeds('denied-folder');
    const inner = path.join(folder, 'private');
    mkdirSync(inner);
    write(inner, 'c.txt', SEED(SEED_A));
    chmodSync(inner, 0);
    const { code, report } = await runJson(['denied-folder'], dir);
    chmodSync(inner, 0o755);
    expect(code).toBe(2);
    expect(report.articles.find((a) => a.path === 'denied-folder/private')).toEqual({
      path: 'denied-folder/private',
      words: 0,
      status: 'skipped',
      reason: 'cannot list the folder: permission denied',
    });
  });

  it('describes file-system errors in a few words', () => {
    const err = (code: string) => Object.assign(new Error(code), { code });
    expect(describeError(err('EACCES'))).toBe('permission denied');
    expect(describeError(err('EPERM'))).toBe('permission denied');
    expect(describeError(err('ELOOP'))).toMatch(/symbolic link loop/);
    expect(describeError(err('ENAMETOOLONG'))).toMatch(/invalid path/);
    expect(describeError(new Error('first line\nsecond'))).toBe('first line');
  });
});

describe('symbolic links', () => {
  it('a looping or broken link is skipped; a link back up the tree is not followed (no hang)', async () => {
    const folder = folderWithSeeds('links');
    symlinkSync('loop2.txt', path.join(folder, 'loop1.txt'));
    symlinkSync('loop1.txt', path.join(folder, 'loop2.txt'));
    symlinkSync('nowhere.txt', path.join(folder, 'broken.txt'));
    mkdirSync(path.join(folder, 'sub'));
    symlinkSync('..', path.join(folder, 'sub', 'up'));
    symlinkSync('..', path.join(folder, 'sub', 'up2'));
    symlinkSync('.', path.join(folder, 'sub', 'self'));
    symlinkSync(path.join(folder, 'a.txt'), path.join(folder, 'sub', 'link-to-a.txt'));
    const { code, report, err } = await runJson(['links'], dir);
    expect(code).toBe(2);
    expect(report.articles.map((a) => [a.path, a.status, a.reason])).toEqual([
      ['links/a.txt', 'checked', undefined],
      ['links/b.txt', 'checked', undefined],
      ['links/broken.txt', 'skipped', 'broken symbolic link (its target does not exist)'],
      ['links/loop1.txt', 'skipped', 'symbolic link loop (too many levels of symbolic links)'],
      ['links/loop2.txt', 'skipped', 'symbolic link loop (too many levels of symbolic links)'],
      ['links/sub/link-to-a.txt', 'checked', undefined],
    ]);
    expect(err).toContain(
      'factdiff: warning: links/sub/up: symbolic link to a folder already read (a loop?): not followed\n',
    );
    expect(cleanOutput(err)).toBe(true);
  });

  it('a looping link named on the command line is skipped, not a usage error', async () => {
    folderWithSeeds('links');
    const { code, report } = await runJson(['links/a.txt', 'links/loop1.txt', 'links/broken.txt'], dir);
    expect(code).toBe(2);
    expect(report.articles.map((a) => a.status)).toEqual(['checked', 'skipped', 'skipped']);
  });

  it('globs do not follow links to folders (a loop would never end)', async () => {
    folderWithSeeds('links');
    const { report } = await runJson(['links/**/*.txt', '--skip-unreadable'], dir);
    expect(report.articles.map((a) => a.path)).toEqual([
      'links/a.txt',
      'links/b.txt',
      'links/broken.txt',
      'links/loop1.txt',
      'links/loop2.txt',
      'links/sub/link-to-a.txt',
    ]);
  });
});

describe('special files and names', () => {
  it('a named pipe in a folder is skipped without being opened (no hang)', async () => {
    const folder = folderWithSeeds('fifo');
    try {
      execFileSync('mkfifo', [path.join(folder, 'pipe.txt')]);
    } catch {
      return; // no mkfifo here
    }
    const { code, report } = await runJson(['fifo'], dir);
    expect(code).toBe(2);
    expect(report.articles.find((a) => a.path === 'fifo/pipe.txt')).toEqual({
      path: 'fifo/pipe.txt',
      words: 0,
      status: 'skipped',
      reason: 'not a regular file (a named pipe)',
    });
  });

  it('names with spaces, unicode and newlines: read, escaped on the terminal, kept as they are in JSON', async () => {
    const folder = path.join(dir, 'names');
    mkdirSync(folder);
    write(folder, 'with  two spaces.txt', SEED(SEED_A));
    write(folder, 'ünïcødé 東京.txt', SEED(SEED_B));
    write(folder, 'new\nline\u001b[31m.txt', SEED(SEED_B));
    write(folder, 'binary\nname.txt', new Uint8Array([0, 1, 2]));
    const { report, err } = await runJson(['names'], dir);
    expect(report.articles.map((a) => a.path)).toEqual([
      'names/binary\nname.txt',
      'names/new\nline\u001b[31m.txt',
      'names/with  two spaces.txt',
      'names/ünïcødé 東京.txt',
    ]);
    expect(err).toBe(
      'factdiff: error: cannot read names/binary\\u000aname.txt: binary file (NUL bytes in the first 8 KB)\n',
    );
    const stylish = await run(['names', '--no-color'], dir);
    expect(stylish.out).toContain('names/new line\\u001b[31m.txt:');
    expect(cleanOutput(stylish.out)).toBe(true);
    expect(cleanOutput(stylish.err)).toBe(true);
  });

  it('an empty file is checked (0 words), not skipped', async () => {
    const folder = path.join(dir, 'empty-file');
    mkdirSync(folder);
    write(folder, 'empty.txt', '');
    const { code, report } = await runJson(['empty-file'], dir);
    expect(code).toBe(0);
    expect(report.articles).toEqual([
      expect.objectContaining({ path: 'empty-file/empty.txt', words: 0, status: 'checked' }),
    ]);
  });

  it('when every file is skipped the report is still written', async () => {
    const folder = path.join(dir, 'all-skipped');
    mkdirSync(folder);
    write(folder, 'x.txt', new Uint8Array([0, 0, 0]));
    const { code, report } = await runJson(['all-skipped'], dir);
    expect(code).toBe(2);
    expect(report.summary.articles).toBe(0);
    expect(report.articles).toEqual([
      { path: 'all-skipped/x.txt', words: 0, status: 'skipped', reason: 'binary file (NUL bytes in the first 8 KB)' },
    ]);
    // --skip-unreadable forgives files it could not read, not a run that checked no article at all
    const text = await run(['all-skipped', '--skip-unreadable'], dir);
    expect(text.code).toBe(2);
    expect(text.err).toMatch(/no article was checked/);
  });

  it('facts and entities skip the same files, with the same exit codes', async () => {
    binaryFolder();
    for (const command of ['facts', 'entities']) {
      const plain = await run([command, 'binary', '--no-color'], dir);
      expect(plain.code).toBe(2);
      expect(plain.err).toBe(
        'factdiff: error: cannot read binary/image.txt: binary file (NUL bytes in the first 8 KB)\n',
      );
      expect(plain.out.length).toBeGreaterThan(0);
      expect((await run([command, 'binary', '--skip-unreadable'], dir)).code).toBe(0);
    }
  });
});

describe('usage errors stay one-line errors with exit 2', () => {
  it('a missing path, an empty folder, a glob matching nothing', async () => {
    mkdirSync(path.join(dir, 'no-articles'), { recursive: true });
    writeFileSync(path.join(dir, 'no-articles', 'notes.pdf'), 'x');
    for (const [args, message] of [
      [['nope/none.txt'], 'factdiff: error: no such file or directory: nope/none.txt\n'],
      [['no-articles'], 'factdiff: error: no articles in no-articles (looked for .txt, .md, .html, .htm files)\n'],
      [['nope/*.txt'], 'factdiff: error: no files match nope/*.txt\n'],
    ] as const) {
      const { code, out, err } = await run([...args], dir);
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err).toBe(message);
    }
  });

  it('a missing path with control characters in it is shown escaped', async () => {
    const { err } = await run(['no\u001b[2Jsuch'], dir);
    expect(err).toBe('factdiff: error: no such file or directory: no\\u001b[2Jsuch\n');
  });
});

describe('ingest on its own', () => {
  it('returns articles and skipped entries sorted by path, with warnings', async () => {
    const folder = folderWithSeeds('api');
    write(folder, '0.txt', new Uint8Array([0]));
    write(folder, 'latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9]));
    const result = await ingest(['api'], { cwd: dir, model: MODEL });
    expect(result.articles.map((a) => a.path)).toEqual(['api/a.txt', 'api/b.txt', 'api/latin1.txt']);
    expect(result.skipped).toEqual([{ path: 'api/0.txt', reason: 'binary file (NUL bytes in the first 8 KB)' }]);
    expect(result.warnings).toEqual([
      { path: 'api/latin1.txt', message: 'invalid UTF-8 at byte 3 (line 1); invalid bytes read as U+FFFD �' },
    ]);
  });

  it('parses and shows sizes', () => {
    expect(parseSize('10mb')).toBe(10 * 1024 * 1024);
    expect(parseSize('10 MB')).toBe(10 * 1024 * 1024);
    expect(parseSize('500kb')).toBe(500 * 1024);
    expect(parseSize('1.5k')).toBe(1536);
    expect(parseSize('2GiB')).toBe(2 * 1024 ** 3);
    expect(parseSize('1234')).toBe(1234);
    expect(parseSize('0')).toBe(0);
    for (const bad of ['', 'mb', '-1', '10 parsecs', '1e9', '10m b']) expect(parseSize(bad)).toBeUndefined();
    expect(formatSize(5 * 1024 * 1024)).toBe('5 MB');
    expect(formatSize(1536)).toBe('1.5 KB');
    expect(formatSize(1)).toBe('1 byte');
  });
});

describe('internal errors', () => {
  const failing = (env: Record<string, string> = {}) => {
    const io = captureIo({
      cwd: dir,
      env,
      readStdin: async () => {
        throw new Error('stdin broke\nsecond line \u001b[31m');
      },
    });
    return io;
  };

  it('one line, no stack trace; the stack with --verbose or FACTDIFF_DEBUG', async () => {
    const quiet = failing();
    expect(await main(['-'], quiet)).toBe(2);
    expect(quiet.err).toBe('factdiff: internal error: stdin broke (please report it, with the input that caused it)\n');
    const verbose = failing();
    expect(await main(['-', '--verbose'], verbose)).toBe(2);
    expect(verbose.err).toMatch(/^factdiff: internal error: stdin broke .*\nError: stdin broke\n[^]*\n\s+at /);
    const debug = failing({ FACTDIFF_DEBUG: '1' });
    await main(['-'], debug);
    expect(debug.err).toMatch(/\n\s+at /);
  });

  it('--help lists the robustness options', async () => {
    const { out } = await run(['--help'], dir);
    expect(out).toContain('--max-file-size <size>');
    expect(out).toContain('--skip-unreadable');
    expect(out).toContain('--verbose');
  });
});
