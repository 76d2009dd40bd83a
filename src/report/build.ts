import { headlineOf, titleOf } from '../group/headlines.js';
import type { Finding, ParsedArticle, Report, StoryInfo, ToolInfo } from '../types.js';

export function buildReport(
  articles: ParsedArticle[],
  findings: Finding[],
  tool: ToolInfo,
  stories: string[][] = [articles.map((a) => a.article.path)],
): Report {
  const count = (s: Finding['severity']): number => findings.filter((f) => f.severity === s).length;
  const storyOf = new Map(stories.flatMap((paths, i) => paths.map((p) => [p, i] as [string, number])));
  const headline = new Map(articles.map((a) => [a.article.path, headlineOf(a.article)]));
  const placed = findings.map((f) => ({ ...f, story: storyOf.get(f.evidence[0]?.path ?? '') ?? 0 }));
  return {
    schemaVersion: 1,
    tool,
    articles: articles.map((a) => ({
      path: a.article.path,
      words: a.words,
      status: 'checked' as const,
      story: storyOf.get(a.article.path) ?? 0,
    })),
    stories: storyCounts(
      stories.map((paths, i) => ({
        id: `story-${i + 1}`,
        title: titleOf(paths.map((p) => headline.get(p) ?? '')),
        articles: paths,
        errors: 0,
        warnings: 0,
        infos: 0,
      })),
      placed,
    ),
    findings: placed,
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

/** The stories with their findings counted by severity. */
export function storyCounts(stories: StoryInfo[], findings: Finding[]): StoryInfo[] {
  const counted = stories.map((s) => ({ ...s, errors: 0, warnings: 0, infos: 0 }));
  const field = { error: 'errors', warning: 'warnings', info: 'infos' } as const;
  for (const f of findings) {
    const story = counted[f.story ?? 0];
    if (story) story[field[f.severity]] += 1;
  }
  return counted;
}
