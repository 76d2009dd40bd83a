import { isKnown, type KnownFindings } from '../baseline.js';
import type { ReportFilter } from './index.js';
import { withFindings } from './summary.js';

/** --baseline: the findings it does not hold (baseline.ts isKnown); the summary counts the others as `baselined`. */
export function dropBaselined(known: KnownFindings): ReportFilter {
  return (report) => {
    const findings = report.findings.filter((f) => !isKnown(known, f));
    return withFindings(report, findings, { baselined: report.findings.length - findings.length });
  };
}
