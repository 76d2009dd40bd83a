import type { Report } from '../types.js';

export const FAIL_ON = ['error', 'warning', 'info', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export const EXIT = { ok: 0, findings: 1, error: 2 } as const;

/** 1 when any finding is at or above the threshold, else 0. */
export function exitCodeFor(report: Report, failOn: FailOn): number {
  const { errors, warnings, infos } = report.summary;
  const counted =
    failOn === 'error'
      ? errors
      : failOn === 'warning'
        ? errors + warnings
        : failOn === 'info'
          ? errors + warnings + infos
          : 0;
  return counted > 0 ? EXIT.findings : EXIT.ok;
}
