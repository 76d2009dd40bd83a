/**
 * The same articles give byte-identical output whatever their order on the command line or
 * on disk. Runs the real binary: a process per run, as CI would.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/io.js';

const BIN = path.join(ROOT, 'bin/factdiff.js');
const SEEDS = path.join(ROOT, 'fixtures/seeds');
const NAMES = readdirSync(SEEDS)
  .filter((n) => n.endsWith('.txt'))
  .sort();
const temps: string[] = [];

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function run(cwd: string, args: string[]): { code: number | null; out: string } {
  const { FORCE_COLOR: _f, NO_COLOR: _n, ...env } = process.env;
  const result = spawnSync(process.execPath, [BIN, ...args, '--no-config'], { cwd, encoding: 'utf8', env });
  expect(result.stderr).toBe('');
  return { code: result.status, out: result.stdout };
}

/** A folder holding `articles/` with the seeds written in the given order (its entries are made in that order). */
function copyInOrder(order: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'factdiff-order-'));
  temps.push(dir);
  mkdirSync(path.join(dir, 'articles'));
  for (const name of order) copyFileSync(path.join(SEEDS, name), path.join(dir, 'articles', name));
  // an unrelated file written last in one folder and first in the other changes nothing either
  writeFileSync(path.join(dir, 'articles', 'README'), 'not an article');
  return dir;
}

describe('determinism', () => {
  it.each(['json', 'stylish'])('%s: the seeds given in two different orders print the same bytes', (format) => {
    const forward = run(ROOT, [...NAMES.map((n) => `fixtures/seeds/${n}`), '-f', format]);
    const shuffled = [3, 0, 4, 2, 1].map((i) => `fixtures/seeds/${NAMES[i]}`);
    const backward = run(ROOT, [...shuffled, '-f', format]);
    expect(forward.code).toBe(1);
    expect(backward.code).toBe(forward.code);
    expect(Buffer.from(backward.out).equals(Buffer.from(forward.out))).toBe(true);
  });

  it.each(['json', 'stylish'])('%s: copies made on disk in different orders print the same bytes', (format) => {
    // Two folders, created one after the other, their files written in opposite orders.
    const first = copyInOrder(NAMES);
    const second = copyInOrder([...NAMES].reverse());
    const a = run(first, ['articles', '-f', format]);
    const b = run(second, ['articles', '-f', format]);
    expect(a.out.length).toBeGreaterThan(0);
    expect(Buffer.from(b.out).equals(Buffer.from(a.out))).toBe(true);
  });
});
