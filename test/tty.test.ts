/**
 * The real binary in a pseudo-terminal (util-linux `script` gives it one): colour and the
 * progress bar appear there, and nowhere else (pipes, CI, machine formats).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROGRESS_MIN_ARTICLES } from '../src/cli/progress.js';
import { ROOT } from './helpers/io.js';
import { manyArticles } from './helpers/many.js';

const BIN = path.join(ROOT, 'bin/factdiff.js');
const ANSI_COLOUR = /\u001b\[\d+(?:;\d+)*m/;
const PROGRESS = /\rfactdiff: reading articles \[[█░]+\] \d+\/\d+/;
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

/** The environment of a person's shell: no CI variables, no colour overrides. */
function shellEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, TERM: 'xterm-256color', ...extra };
  for (const name of [
    'CI',
    'CONTINUOUS_INTEGRATION',
    'GITHUB_ACTIONS',
    'GITLAB_CI',
    'BUILDKITE',
    'TF_BUILD',
    'JENKINS_URL',
    'TEAMCITY_VERSION',
    'FORCE_COLOR',
    'NO_COLOR',
  ]) {
    if (!(name in extra)) delete env[name];
  }
  return env;
}

/** Runs factdiff with stdout and stderr on a terminal; what the terminal showed. */
function inTerminal(args: string[], env: Record<string, string> = {}): { code: number | null; screen: string } {
  const quoted = [process.execPath, BIN, ...args].map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
  const result = spawnSync('script', ['-qefc', quoted, '/dev/null'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: shellEnv(env),
  });
  return { code: result.status, screen: result.stdout };
}

/** Runs factdiff with stdout and stderr piped. */
function piped(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: shellEnv(env),
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe.skipIf(!hasScript)('in a terminal (pty)', () => {
  const dir = manyArticles(PROGRESS_MIN_ARTICLES + 5);
  const args = [dir, '--jobs', '1', '--group', 'none'];

  it('colours the report and draws the progress bar, then erases it', () => {
    const { code, screen } = inTerminal(args);
    expect(code).toBe(1);
    expect(screen).toMatch(ANSI_COLOUR);
    expect(screen).toMatch(PROGRESS);
    expect(screen).toContain(` ${PROGRESS_MIN_ARTICLES + 5}/${PROGRESS_MIN_ARTICLES + 5}`);
    // erased before the report: the first finding starts a clean line
    expect(screen).toMatch(/\r\u001b\[K(?:\u001b\[\d+m)*error/);
  });

  it('draws no bar in CI, for a machine format or with --no-progress, and no colour in JSON', () => {
    for (const [extra, env] of [
      [[], { CI: 'true' }],
      [['-f', 'json'], {}],
      [['--no-progress'], {}],
    ] as const) {
      const { screen } = inTerminal([...args, ...extra], env);
      expect(screen, `${extra.join(' ')} ${JSON.stringify(env)}`).not.toMatch(PROGRESS);
      if (extra[0] === '-f') expect(screen).not.toMatch(ANSI_COLOUR);
    }
  });

  it('with few articles, draws no bar', () => {
    expect(inTerminal(['fixtures/seeds']).screen).not.toMatch(PROGRESS);
  });
});

describe('piped', () => {
  it('has neither colour nor a progress bar, on stdout or stderr', () => {
    const dir = manyArticles(PROGRESS_MIN_ARTICLES + 5);
    const { code, out, err } = piped([dir, '--jobs', '1', '--group', 'none']);
    expect(code).toBe(1);
    expect(out).not.toMatch(ANSI_COLOUR);
    expect(out + err).not.toMatch(/reading articles/);
    expect(err).toBe('');
  });
});
