import { storyCounts } from '../build.js';
import type { Finding, Report } from '../../types.js';

/** The report with another list of findings: the summary's counts redone, `extra` counts added, the rest kept. */
export function withFindings(
  report: Report,
  findings: Finding[],
  extra: Pick<Report['summary'], 'suppressed' | 'baselined' | 'hidden'> = {},
): Report {
  const count = (s: Finding['severity']): number => findings.filter((f) => f.severity === s).length;
  const summary = {
    ...report.summary,
    findings: findings.length,
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
    ...extra,
  };
  return {
    ...report,
    ...(report.stories ? { stories: storyCounts(report.stories, findings) } : {}),
    findings,
    summary,
  };
}
