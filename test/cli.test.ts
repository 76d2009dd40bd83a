/** The real binary, as a user runs it (built by `pretest`). */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/io.js';

const BIN = path.join(ROOT, 'bin/factdiff.js');

function run(args: string[], env: Record<string, string> = {}) {
  const { FORCE_COLOR: _f, NO_COLOR: _n, ...base } = process.env;
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...base, ...env } });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const ANSI = /\u001b\[\d+m/;

describe('factdiff binary', () => {
  it('prints its version and help with exit 0', () => {
    const version = run(['--version']);
    expect(version.code).toBe(0);
    expect(version.out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('Usage: factdiff [options] [command] [paths...]');
    expect(help.out).toContain('facts [options] [paths...]');
    expect(help.out).toContain('--fail-on');
  });

  it.each([
    [['--bogus'], "unknown option '--bogus'"],
    [['--format', 'xml', 'fixtures/seeds'], "argument 'xml' is invalid"],
    [['--fail-on', 'sometimes', 'fixtures/seeds'], "argument 'sometimes' is invalid"],
    [[], 'no articles given'],
    [['no/such/dir'], 'no such file or directory: no/such/dir'],
    [['fixtures/cases/empty-folder/articles'], 'no articles in fixtures/cases/empty-folder/articles'],
    [['entites', 'fixtures/seeds'], 'no such file or directory: entites (did you mean the command "entities"?)'],
  ])('%j exits 2 with one line and no stack trace', (args, message) => {
    const { code, out, err } = run(args);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(message);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('leads the seeds report with the call-duration conflict, quoting both camps', () => {
    const { code, out } = run(['fixtures/seeds']);
    expect(code).toBe(1);
    expect(out).not.toMatch(ANSI);
    const first = out.split('\n')[0];
    expect(first).toContain('Duration of the call');
    expect(first).toContain('1 article says about 81–90 min; 2 articles say more than 120 min');
    expect(out).toContain('fixtures/seeds/003_322494230f4a479f.txt:3:208  "nearly 90 minutes"');
    expect(out).toContain('fixtures/seeds/000_63af52b85db90ee2.txt:4:113  "more than two hours"');
    expect(out).toContain('fixtures/seeds/004_bff241c1b6aff0a8.txt:1:133  "over two hours"');
    expect(out).toMatch(/5 findings \(1 error, 1 warning, 3 info\) in 5 articles\n$/);
  });

  it('--list-rules prints each rule on a line and exits 0', () => {
    const { code, out } = run(['--list-rules']);
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines.map((l) => l.split(/\s+/)[0])).toEqual(
      expect.arrayContaining(['quantity-conflict', 'role-conflict', 'attribution-conflict', 'place-conflict']),
    );
    expect(lines.find((l) => l.startsWith('quantity-conflict'))).toMatch(/^quantity-conflict\s+error\s+\S/);
    expect(lines.find((l) => l.startsWith('update'))).toMatch(/ \(docs\/rules\/update\.md\)$/);
  });

  it('names rule pages a reader can open from where factdiff ran, offline', () => {
    const { out } = run(['fixtures/seeds']);
    expect(out).toContain(' · docs/rules/quantity-conflict.md');
    const elsewhere = spawnSync(process.execPath, [BIN, path.join(ROOT, 'fixtures/seeds')], {
      cwd: tmpdir(),
      encoding: 'utf8',
    });
    const page = /· (\S+quantity-conflict\.md)$/m.exec(elsewhere.stdout)?.[1];
    // relative to where factdiff ran when the pages are below it, else absolute: either opens from there
    const opened = path.resolve(tmpdir(), page ?? '');
    expect(opened).toBe(path.join(ROOT, 'docs/rules/quantity-conflict.md'));
    expect(existsSync(opened)).toBe(true);
  });

  it('--sarif-root: artifact paths start at that folder; a folder that is not there exits 2', () => {
    const { out } = run(['fixtures/seeds', '-f', 'sarif', '--sarif-root', 'fixtures']);
    expect(out).toContain('"uri": "seeds/000_63af52b85db90ee2.txt"');
    expect(out).not.toContain('"uri": "../');
    const missing = run(['fixtures/seeds', '-f', 'sarif', '--sarif-root', 'no/such/folder']);
    expect(missing.code).toBe(2);
    expect(missing.err.trim()).toBe('factdiff: error: --sarif-root no/such/folder: no such folder');
  });

  it('--rule sets a severity or turns a rule off over the config; a bad one exits 2', () => {
    const { out } = run([
      'fixtures/seeds',
      '-f',
      'json',
      '--rule',
      'quantity-conflict=off',
      '--rule',
      'role-conflict=error',
    ]);
    const findings = JSON.parse(out).findings as { ruleId: string; severity: string }[];
    expect(findings.some((f) => f.ruleId === 'quantity-conflict')).toBe(false);
    expect(findings.find((f) => f.ruleId === 'role-conflict')?.severity).toBe('error');
    expect(run(['fixtures/seeds', '--rule', 'nope=off'])).toMatchObject({ code: 2 });
    expect(run(['fixtures/seeds', '--rule', 'update=loud']).err).toContain('expected update=off|error|warning|info');
  });

  it('--no-error-on-unmatched-pattern passes over a glob that matches nothing, and says so', () => {
    const args = ['fixtures/seeds/00[34]*.txt', 'nothing/*.txt', '-f', 'json'];
    expect(run(args)).toMatchObject({ code: 2 });
    const passed = run([...args, '--no-error-on-unmatched-pattern']);
    expect(passed.code).toBe(1);
    expect(JSON.parse(passed.out).articles).toHaveLength(2);
    expect(passed.err).toContain('nothing/*.txt: the pattern matches no file (passed over)');
    expect(run(['nothing/*.txt', '--no-error-on-unmatched-pattern'])).toMatchObject({ code: 2 });
  });

  it('applies --fail-on', () => {
    expect(run(['fixtures/seeds', '--fail-on', 'never']).code).toBe(0);
    expect(run(['fixtures/cases/agree/articles', '--fail-on', 'info']).code).toBe(0);
  });

  it('colours only when asked or on a terminal, and never in JSON', () => {
    expect(run(['fixtures/seeds'], { FORCE_COLOR: '1' }).out).toMatch(ANSI);
    expect(run(['fixtures/seeds', '--color']).out).toMatch(ANSI);
    expect(run(['fixtures/seeds', '--no-color'], { FORCE_COLOR: '1' }).out).not.toMatch(ANSI);
    expect(run(['fixtures/seeds'], { NO_COLOR: '1' }).out).not.toMatch(ANSI);
    const json = run(['fixtures/seeds', '-f', 'json'], { FORCE_COLOR: '1' });
    expect(json.out).not.toMatch(ANSI);
    expect(JSON.parse(json.out).summary.errors).toBe(1);
  });

  describe('a reader that closes the pipe', () => {
    // forty copies of the seeds: more output than a pipe holds, so writes go on after the reader left
    const dir = mkdtempSync(path.join(tmpdir(), 'factdiff-pipe-'));
    const seeds = path.join(ROOT, 'fixtures/seeds');
    for (let k = 0; k < 40; k++)
      for (const name of readdirSync(seeds)) copyFileSync(path.join(seeds, name), path.join(dir, `${k}-${name}`));

    it.each([
      [dir, '-f', 'json', '--group', 'none'],
      ['entities', dir, '-f', 'json'],
    ])('%j stops quietly', async (...args) => {
      // as `factdiff articles/ -f json | head -c 1`: the first chunk read, then the pipe closed
      const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT });
      let err = '';
      child.stderr.on('data', (chunk) => (err += String(chunk)));
      child.stdout.once('data', () => child.stdout.destroy());
      const code = await new Promise<number | null>((done) => child.on('close', done));
      expect(err).not.toMatch(/EPIPE|Error|\bat /);
      expect([0, 1]).toContain(code);
    });
  });

  it('reads globs', () => {
    const { code, out } = run(['fixtures/seeds/00[34]*.txt', '-f', 'json']);
    expect(code).toBe(1);
    expect(JSON.parse(out).articles.map((a: { path: string }) => a.path)).toEqual([
      'fixtures/seeds/003_322494230f4a479f.txt',
      'fixtures/seeds/004_bff241c1b6aff0a8.txt',
    ]);
  });
});
