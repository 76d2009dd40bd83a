/**
 * The progress bar on stderr for long runs: shown only where a person watches (stderr is a
 * terminal, the format is for people, not in CI) and when there are many articles; --progress
 * and --no-progress decide instead. One line, redrawn in place, erased before the report.
 */
import type { ReadProgress } from '../batch/index.js';
import type { Io } from './io.js';

/** Fewer articles than this are read too fast for a bar to help... */
export const PROGRESS_MIN_ARTICLES = 20;
/** ...unless they hold this many characters or more (a few seconds of reading: one long article). */
export const PROGRESS_MIN_CHARS = 200_000;
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
export function useProgress(flag: boolean | undefined, human: boolean, articles: number, io: Io, chars = 0): boolean {
  if (flag !== undefined) return flag;
  const long = articles >= PROGRESS_MIN_ARTICLES || chars >= PROGRESS_MIN_CHARS;
  return human && io.stderrIsTTY === true && !inCi(io.env) && long;
}

/** "1.2/5.0 MB", "30/120 kB": characters read of how many, both in the total's unit. */
function sizes(done: number, total: number): string {
  if (total >= 1e6) return `${(done / 1e6).toFixed(1)}/${(total / 1e6).toFixed(1)} MB`;
  return `${Math.round(done / 1e3)}/${Math.max(1, Math.round(total / 1e3))} kB`;
}

/**
 * "reading articles [██████░░░░░░░░] 120/982 · 1.2/5.0 MB": fits in `columns`. The bar fills by
 * characters read (one long article moves it too); the count says articles, and the size when given.
 */
export function progressLine(label: string, read: ReadProgress, columns: number): string {
  const size = read.ofChars > 0 ? ` · ${sizes(read.chars, read.ofChars)}` : '';
  const count = ` ${read.articles}/${read.ofArticles}${size}`;
  const room = Math.max(0, Math.min(40, columns - label.length - count.length - 4));
  if (room < 5) return `${label}${count}`.slice(0, Math.max(0, columns - 1));
  const [done, total] = read.ofChars > 0 ? [read.chars, read.ofChars] : [read.articles, read.ofArticles];
  const filled = total > 0 ? Math.round((room * Math.min(done, total)) / total) : room;
  return `${label} [${'█'.repeat(filled)}${'░'.repeat(room - filled)}]${count}`;
}

export interface Progress {
  /** How far reading is. */
  reading(read: ReadProgress): void;
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
    reading(read) {
      const t = now();
      if (read.articles < read.ofArticles && t - last < EVERY_MS) return;
      last = t;
      draw(progressLine('factdiff: reading articles', read, columns));
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
