import type { Finding, RuleId, RuleSetting } from '../../types.js';
import type { ReportFilter } from './index.js';
import { withFindings } from './summary.js';

/**
 * The config's `rules`: a rule turned off drops its findings, another severity replaces theirs.
 * `sort` is the report order (compare/index.ts sortFindings): a new severity can move a finding.
 */
export function ruleSettings(
  rules: Partial<Record<RuleId, RuleSetting>>,
  sort: (findings: Finding[]) => Finding[],
): ReportFilter {
  return (report) => {
    if (Object.keys(rules).length === 0) return report;
    const findings = sort(
      report.findings.flatMap((f) => {
        const setting = rules[f.ruleId];
        if (setting === 'off') return [];
        return setting === undefined || setting === f.severity ? [f] : [{ ...f, severity: setting }];
      }),
    );
    return withFindings(report, findings);
  };
}
