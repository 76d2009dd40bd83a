/** -o, --output-file: the report goes to a file (folders created), the exit code stays. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'factdiff-out-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--output-file', () => {
  it.each(['stylish', 'json', 'ndjson', 'sarif', 'github', 'markdown'])(
    'writes the %s report to the file, not stdout',
    async (format) => {
      const file = path.join(dir, format, 'nested', `report.${format}`);
      const toFile = await run(['fixtures/seeds', '-f', format, '-o', file]);
      const toStdout = await run(['fixtures/seeds', '-f', format]);
      expect(toFile.out).toBe('');
      expect(toFile.err).toBe('');
      expect(toFile.code).toBe(toStdout.code);
      expect(readFileSync(file, 'utf8')).toBe(toStdout.out);
    },
  );

  it('keeps the exit code of --fail-on', async () => {
    const file = path.join(dir, 'never.txt');
    expect((await run(['fixtures/seeds', '--fail-on', 'never', '--output-file', file])).code).toBe(0);
    expect((await run(['fixtures/seeds', '--output-file', file])).code).toBe(1);
  });

  it('colours the file only when --color asks', async () => {
    const file = path.join(dir, 'colour.txt');
    await run(['fixtures/seeds', '-o', file], { FORCE_COLOR: '1' });
    expect(readFileSync(file, 'utf8')).not.toMatch(/\u001b\[/);
    await run(['fixtures/seeds', '-o', file, '--color']);
    expect(readFileSync(file, 'utf8')).toMatch(/\u001b\[/);
    await run(['fixtures/seeds', '-f', 'json', '-o', file, '--color']);
    expect(readFileSync(file, 'utf8')).not.toMatch(/\u001b\[/);
  });

  it.each([
    ['a folder', () => dir],
    [
      'a path under a file',
      () => {
        const file = path.join(dir, 'plain-file');
        writeFileSync(file, '');
        return path.join(file, 'report.txt');
      },
    ],
    // Node 20's mkdir(dir, { recursive: true }) never returns here; src/cli/folders.ts must fail instead
    ...(existsSync('/proc/self')
      ? [
          ['a folder that cannot be made (under /proc)', () => '/proc/factdiff-nope/sub/report.txt'] as [
            string,
            () => string,
          ],
        ]
      : []),
  ])('fails with one line and exit 2 when it cannot write to %s', async (_what, target) => {
    const { code, out, err } = await run(['fixtures/seeds', '-o', target()]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/^factdiff: error: cannot write the report to /);
    expect(err.trim().split('\n')).toHaveLength(1);
  });
});
