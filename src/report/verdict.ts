/**
 * The verdict of a check: the exit code a CI job reads. 0 clean; 1 findings at or above
 * --fail-on, or more warnings than --max-warnings; 2 inputs that could not be read (unless
 * --skip-unreadable), no article checked at all, and bad usage or input (the CLI's).
 */
import type { Report } from '../types.js';

export const FAIL_ON = ['error', 'warning', 'info', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export const EXIT = { ok: 0, findings: 1, error: 2 } as const;

export interface VerdictOptions {
  failOn: FailOn;
  maxWarnings?: number;
}

/** The exit code of a report, and what to tell besides ("too many warnings"). */
export function verdict(
  report: Report,
  options: VerdictOptions,
  unread: boolean,
): { exitCode: number; notes: string[] } {
  const { errors, warnings, infos } = report.summary;
  const counted =
    options.failOn === 'error'
      ? errors
      : options.failOn === 'warning'
        ? errors + warnings
        : options.failOn === 'info'
          ? errors + warnings + infos
          : 0;
  const notes: string[] = [];
  let exitCode: number = counted > 0 ? EXIT.findings : EXIT.ok;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    notes.push(`too many warnings: ${warnings} (--max-warnings ${options.maxWarnings})`);
    exitCode = EXIT.findings;
  }
  // a run that checked nothing must not pass: a misconfigured CI job would go green
  if (!report.articles.some((a) => a.status === 'checked')) {
    notes.push('no article was checked: every input was skipped (see the lines above)');
    return { exitCode: EXIT.error, notes };
  }
  return { exitCode: unread ? EXIT.error : exitCode, notes };
}
