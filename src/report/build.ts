import type { Finding, ParsedArticle, Report, ToolInfo } from '../types.js';

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
