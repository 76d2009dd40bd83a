import type { ArticleSummary, SkippedInput } from '../../types.js';
import type { ReportFilter } from './index.js';

/**
 * The files that could not be read, listed among the report's articles (status `skipped`, with
 * the reason), everything kept in path order. The summary still counts the articles checked.
 */
export function listSkipped(skipped: readonly SkippedInput[]): ReportFilter {
  return (report) => {
    if (skipped.length === 0) return report;
    const entries: ArticleSummary[] = skipped.map((s) => ({
      path: s.path,
      words: 0,
      status: 'skipped',
      reason: s.reason,
    }));
    const articles = [...report.articles, ...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { ...report, articles };
  };
}
