import type { ReportFilter } from './index.js';
import { withFindings } from './summary.js';

/** --quiet: errors only; the summary counts the rest as `hidden` (the exit code was read before). */
export const errorsOnly: ReportFilter = (report) => {
  const errors = report.findings.filter((f) => f.severity === 'error');
  return withFindings(report, errors, { hidden: report.findings.length - errors.length });
};
