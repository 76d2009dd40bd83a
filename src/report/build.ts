import type { Finding, ParsedArticle, Report } from '../types.js';

export interface ToolInfo {
  name: string;
  version: string;
}

export function buildReport(articles: ParsedArticle[], findings: Finding[], tool: ToolInfo): Report {
  const count = (s: Finding['severity']): number => findings.filter((f) => f.severity === s).length;
  return {
    schemaVersion: 1,
    tool,
    articles: articles.map((a) => ({ path: a.article.path, words: a.words, status: 'checked' as const })),
    findings,
    summary: {
      articles: articles.length,
      findings: findings.length,
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
    },
  };
}
