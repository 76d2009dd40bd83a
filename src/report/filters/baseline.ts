import { fingerprint } from '../fingerprint.js';
import type { ReportFilter } from './index.js';
import { withFindings } from './summary.js';

/** --baseline: the findings whose fingerprint is not in it; the summary counts the others as `baselined`. */
export function dropBaselined(known: ReadonlySet<string>): ReportFilter {
  return (report) => {
    const findings = report.findings.filter((f) => !known.has(fingerprint(f)));
    return withFindings(report, findings, { baselined: report.findings.length - findings.length });
  };
}
