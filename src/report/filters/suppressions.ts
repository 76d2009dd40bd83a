import nodePath from 'node:path';
import { globMatcher } from '../../text/glob.js';
import type { Finding, Suppression } from '../../types.js';
import { fingerprint } from '../fingerprint.js';
import type { ReportFilter } from './index.js';
import { withFindings } from './summary.js';

const slash = (p: string): string => p.split(nodePath.sep).join('/');

/** Every article path a finding involves. */
function findingPaths(finding: Finding): string[] {
  return [...new Set([...finding.camps.flatMap((c) => c.articles), ...finding.evidence.map((e) => e.path)])];
}

/** A test for one suppression: all of its given fields must match. */
function matcher(s: Suppression, baseDir: string, cwd: string): (f: Finding) => boolean {
  const glob = s.path === undefined ? undefined : globMatcher(s.path);
  return (f) =>
    (s.rule === undefined || f.ruleId === s.rule) &&
    (s.subject === undefined || f.subject === s.subject) &&
    (s.attribute === undefined || f.attribute === s.attribute) &&
    (s.fingerprint === undefined || fingerprint(f) === s.fingerprint) &&
    (glob === undefined ||
      findingPaths(f).some((p) => glob(slash(nodePath.relative(baseDir, nodePath.resolve(cwd, p))))));
}

/**
 * The config's `suppressions`: findings any of them matches are dropped and counted as
 * `suppressed`. Paths are globs relative to `baseDir` (the config file's folder); the report's
 * paths are relative to `cwd`.
 */
export function suppress(suppressions: readonly Suppression[], baseDir: string, cwd: string): ReportFilter {
  return (report) => {
    if (suppressions.length === 0) return report;
    const tests = suppressions.map((s) => matcher(s, baseDir, cwd));
    const kept = report.findings.filter((f) => !tests.some((t) => t(f)));
    return withFindings(report, kept, { suppressed: report.findings.length - kept.length });
  };
}
