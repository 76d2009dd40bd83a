/**
 * Worker threads (--jobs) and the reading cache (--cache) change how fast factdiff is, never
 * what it says: the same bytes out with one thread or several, with a cold or a warm cache.
 * Correctness only: nothing here is timed (the timings are `npm run bench`).
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
  appendFileSync,
  readFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/io.js';

const BIN = path.join(ROOT, 'bin/factdiff.js');
/** One ECB+ sub-topic (18 articles), when the shared corpus is there; read in place, never copied. */
const ECB_TOPIC = path.resolve(ROOT, '../shared/corpora/ecbplus/1_ecb');
const scratch = mkdtempSync(path.join(tmpdir(), 'factdiff-perf-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(args: string[], options: { env?: Record<string, string>; nodeArgs?: string[] } = {}) {
  const { FORCE_COLOR: _f, NO_COLOR: _n, ...base } = process.env;
  const result = spawnSync(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...base, ...options.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** Every cache file under `dir`. */
function cacheFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json'))
    .sort();
}

describe('--jobs: worker threads give the same report as one thread', () => {
  const inputs = [['fixtures/seeds'], ['fixtures/cases'], ...(existsSync(ECB_TOPIC) ? [[ECB_TOPIC]] : [])];

  it.each(inputs)('factdiff %s -f json: --jobs 1 and --jobs 2 are byte-identical', (input) => {
    const one = run(['-f', 'json', '--fail-on', 'never', '--jobs', '1', input]);
    const two = run(['-f', 'json', '--fail-on', 'never', '--jobs', '2', input]);
    expect(one.err).toBe('');
    expect(one.code).toBe(0);
    expect(JSON.parse(one.out).summary.articles).toBeGreaterThan(4);
    expect(two.code).toBe(0);
    expect(two.out).toBe(one.out);
  });

  it('facts and entities too, and the default --jobs', () => {
    for (const command of [
      ['facts', '-f', 'json'],
      ['entities', '-f', 'json'],
    ]) {
      const one = run([...command, '--jobs', '1', 'fixtures/seeds']);
      expect(one.code).toBe(0);
      expect(run([...command, '--jobs', '3', 'fixtures/seeds']).out).toBe(one.out);
      expect(run([...command, 'fixtures/seeds']).out).toBe(one.out);
    }
  });

  it('rejects --jobs that is not a whole number of 1 or more', () => {
    for (const bad of ['0', '-2', 'two', '1.5']) {
      const { code, err } = run(['--jobs', bad, 'fixtures/seeds']);
      expect(code).toBe(2);
      expect(err).toContain('expected a whole number, 1 or more');
    }
  });
});

describe('--cache: a warm cache gives the same report, and a changed article is read again', () => {
  it('cold, warm and one-changed runs', () => {
    const articles = path.join(scratch, 'articles');
    const cache = path.join(scratch, 'cache');
    cpSync(path.join(ROOT, 'fixtures/seeds'), articles, { recursive: true });
    const plain = run(['-f', 'json', '--fail-on', 'never', articles]);
    const cold = run(['-f', 'json', '--fail-on', 'never', articles, '--cache', cache]);
    expect(cold.err).toBe('');
    expect(cold.out).toBe(plain.out);
    expect(existsSync(path.join(cache, 'CACHEDIR.TAG'))).toBe(true);
    const files = cacheFiles(cache);
    expect(files).toHaveLength(5);
    const warm = run(['-f', 'json', '--fail-on', 'never', `--cache=${cache}`, '--jobs', '2', articles]);
    expect(warm.out).toBe(plain.out);
    expect(cacheFiles(cache)).toEqual(files);
    // one article changed: one new cache file, and the report of the changed batch
    const changed = path.join(
      articles,
      readdirSync(articles)
        .filter((f) => f.endsWith('.txt'))
        .sort()[0] as string,
    );
    appendFileSync(changed, '\nThe call lasted 45 minutes, an aide said.\n');
    const after = run(['-f', 'json', '--fail-on', 'never', articles, '--cache', cache]);
    expect(after.out).toBe(run(['-f', 'json', '--fail-on', 'never', articles]).out);
    expect(cacheFiles(cache)).toHaveLength(6);
    // a damaged cache file is a miss, not an error, and is written again
    for (const file of cacheFiles(cache)) writeFileSync(path.join(cache, file), '{"format": 1, "parsed": ');
    expect(run(['-f', 'json', '--fail-on', 'never', articles, '--cache', cache]).out).toBe(after.out);
    const damaged = cacheFiles(cache).filter((f) => !readFileSync(path.join(cache, f), 'utf8').endsWith('}'));
    expect(damaged).toHaveLength(1); // the file of the article as it was before the change
  });

  it('the same for facts and entities', () => {
    const cache = path.join(scratch, 'cache-2');
    for (const command of [
      ['facts', '-f', 'json'],
      ['entities', '-f', 'json'],
    ]) {
      const plain = run([...command, 'fixtures/seeds']);
      expect(run([...command, 'fixtures/seeds', '--cache', cache]).out).toBe(plain.out);
      expect(run([...command, 'fixtures/seeds', '--cache', cache]).out).toBe(plain.out);
    }
  });

  it('will not take a folder of articles for its cache', () => {
    const { code, out, err } = run(['--cache', 'fixtures/seeds']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('--cache fixtures/seeds is not a factdiff cache');
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(readdirSync(path.join(ROOT, 'fixtures/seeds')).some((f) => f === 'CACHEDIR.TAG')).toBe(false);
  });
});

describe('cold start: --version and --help load no NLP model and start no worker', () => {
  // a module hook (node --import) that logs the URL of every module loaded, in any thread
  const hook = path.join(scratch, 'log-loads.mjs');
  writeFileSync(
    hook,
    `import { register } from 'node:module';\nregister('data:text/javascript,' + encodeURIComponent(${JSON.stringify(
      "import { appendFileSync } from 'node:fs';\n" +
        'export async function load(url, context, next) { ' +
        "appendFileSync(process.env.FACTDIFF_LOAD_LOG, url + '\\n'); return next(url, context); }",
    )}));\n`,
  );
  const loaded = (args: string[]): string[] => {
    const log = path.join(scratch, `loads-${args.join('').replace(/\W/g, '')}.log`);
    const result = run(args, { nodeArgs: ['--import', hook], env: { FACTDIFF_LOAD_LOG: log } });
    expect(result.code).toBe(0);
    return readFileSync(log, 'utf8').trim().split('\n');
  };

  it.each([[['--version']], [['--help']], [['facts', '--help']]])('%j', (args) => {
    const urls = loaded(args);
    expect(urls.some((u) => u.endsWith('/dist/cli/main.js'))).toBe(true); // the hook sees our modules
    expect(urls.filter((u) => /\/node_modules\/(?:compromise|tinypool)\//.test(u))).toEqual([]);
    expect(urls.filter((u) => /\/dist\/(?:parallel|cache|pipeline|extract)\b/.test(u))).toEqual([]);
  });

  it('while a check with --jobs 2 does both (the hook would see them)', () => {
    const urls = loaded(['--jobs', '2', '--fail-on', 'never', 'fixtures/seeds']);
    expect(urls.some((u) => u.includes('/node_modules/compromise/'))).toBe(true);
    expect(urls.some((u) => u.endsWith('/dist/batch/worker.js'))).toBe(true);
  });
});
