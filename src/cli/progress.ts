/**
 * The progress bar on stderr for long runs: shown only where a person watches (stderr is a
 * terminal, the format is for people, not in CI) and when there are many articles; --progress
 * and --no-progress decide instead. One line, redrawn in place, erased before the report.
 */
import type { Io } from './io.js';

/** Fewer articles than this are read too fast for a bar to help. */
export const PROGRESS_MIN_ARTICLES = 20;
/** Redraws at most this often (ms). */
const EVERY_MS = 100;

/** Environment variables CI services set. */
const CI_VARIABLES = [
  'CI',
  'CONTINUOUS_INTEGRATION',
  'GITHUB_ACTIONS',
  'GITLAB_CI',
  'BUILDKITE',
  'TF_BUILD',
  'JENKINS_URL',
  'TEAMCITY_VERSION',
];

export function inCi(env: Io['env']): boolean {
  return CI_VARIABLES.some((name) => {
    const value = env[name];
    return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
  });
}

/** The one place that decides whether a progress bar is drawn. */
export function useProgress(flag: boolean | undefined, human: boolean, articles: number, io: Io): boolean {
  if (flag !== undefined) return flag;
  return human && io.stderrIsTTY === true && !inCi(io.env) && articles >= PROGRESS_MIN_ARTICLES;
}

/** "reading articles [██████░░░░░░░░] 120/982": fits in `columns`. */
export function progressLine(label: string, done: number, total: number, columns: number): string {
  const count = ` ${done}/${total}`;
  const room = Math.max(0, Math.min(40, columns - label.length - count.length - 4));
  if (room < 5) return `${label}${count}`.slice(0, Math.max(0, columns - 1));
  const filled = total > 0 ? Math.round((room * Math.min(done, total)) / total) : room;
  return `${label} [${'█'.repeat(filled)}${'░'.repeat(room - filled)}]${count}`;
}

export interface Progress {
  /** `done` of `total` articles read. */
  reading(done: number, total: number): void;
  /** A step with no count ("comparing 12 stories"). */
  step(label: string): void;
  /** Erases the line; call before anything else is printed. */
  end(): void;
}

const SILENT: Progress = { reading() {}, step() {}, end() {} };

export function progressFor(on: boolean, io: Io, now: () => number = () => performance.now()): Progress {
  if (!on) return SILENT;
  const columns = io.stderrColumns ?? 80;
  let drawn = false;
  let last = -Infinity;
  const draw = (line: string): void => {
    io.stderr(`\r${line}\x1b[K`);
    drawn = true;
  };
  return {
    reading(done, total) {
      const t = now();
      if (done < total && t - last < EVERY_MS) return;
      last = t;
      draw(progressLine('factdiff: reading articles', done, total, columns));
    },
    step(label) {
      draw(`factdiff: ${label}`.slice(0, Math.max(0, columns - 1)));
    },
    end() {
      if (drawn) io.stderr('\r\x1b[K');
      drawn = false;
    },
  };
}
