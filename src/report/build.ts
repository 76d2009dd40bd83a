import type { ArticleSummary, Finding, ParsedArticle, Report } from '../types.js';

export interface ToolInfo {
  name: string;
  version: string;
}

export function buildReport(
  articles: ParsedArticle[],
  findings: Finding[],
  tool: ToolInfo,
  stories: string[][] = [articles.map((a) => a.article.path)],
): Report {
  const count = (s: Finding['severity']): number => findings.filter((f) => f.severity === s).length;
  const storyOf = new Map(stories.flatMap((paths, i) => paths.map((p) => [p, i] as [string, number])));
  return {
    schemaVersion: 1,
    tool,
    articles: articles.map((a) => ({
      path: a.article.path,
      words: a.words,
      status: 'checked' as const,
      story: storyOf.get(a.article.path) ?? 0,
    })),
    findings,
    summary: {
      articles: articles.length,
      stories: stories.length,
      findings: findings.length,
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
    },
  };
}

/**
 * The report with the files that could not be read listed among its articles (status `skipped`,
 * with the reason), everything kept in path order. The summary still counts the articles checked.
 */
export function withSkipped(report: Report, skipped: readonly { path: string; reason: string }[]): Report {
  if (skipped.length === 0) return report;
  const entries: ArticleSummary[] = skipped.map((s) => ({
    path: s.path,
    words: 0,
    status: 'skipped',
    reason: s.reason,
  }));
  const articles = [...report.articles, ...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { ...report, articles };
}
