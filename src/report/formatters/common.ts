/** Small pieces shared by the machine-facing formatters (ndjson, sarif, github, markdown). */
import type { ArticleSummary, Evidence, Finding, Report, StoryInfo } from '../../types.js';

/**
 * JSON text in which no character that a terminal or a line-based tool could act on
 * appears raw. JSON.stringify already escapes C0 controls (ESC included); this also escapes
 * DEL, the C1 controls (U+009B is a one-byte CSI), zero-width and bidirectional controls,
 * and the Unicode line and paragraph separators. They can only occur inside strings, so
 * the result parses to the same value.
 */
export function safeJson(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(
    /[\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** A line break as the line index counts them: \r\n, \n, or a lone \r. */
const NEWLINE = /\r\n|\n|\r/g;

/**
 * Where the evidence ends: the line and column of the character just after its text
 * (1-based, UTF-16 code units, like `line`/`column`). Computed from the start position and
 * the text, counting line breaks the way src/text/lines.ts does. Unknown ({}) when the span
 * in the file is not the text (an .html article: markup and entities lie between the words).
 */
export function endPosition(
  e: Pick<Evidence, 'line' | 'column' | 'text' | 'start' | 'end'>,
): { endLine: number; endColumn: number } | Record<string, never> {
  if (e.end - e.start !== e.text.length) return {};
  const breaks = [...e.text.matchAll(NEWLINE)];
  const last = breaks[breaks.length - 1];
  if (!last) return { endLine: e.line, endColumn: e.column + e.text.length };
  const tail = e.text.length - ((last.index ?? 0) + last[0].length);
  return { endLine: e.line + breaks.length, endColumn: tail + 1 };
}

/**
 * "4 findings (1 error, 1 warning, 2 info) in 5 articles", or "no discrepancies found in 5
 * articles", with what was left out after it.
 */
/** "1 finding", "3 findings". */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function summaryText(report: Pick<Report, 'summary' | 'articles'>): string {
  const { errors, warnings, infos, articles, findings } = report.summary;
  const where = counted(articles, 'article');
  const rest = leftOutText(report);
  if (findings === 0) return `${report.summary.hidden ? 'no errors' : 'no discrepancies found'} in ${where}${rest}`;
  const counts = `${counted(errors, 'error')}, ${counted(warnings, 'warning')}, ${infos} info`;
  return `${counted(findings, 'finding')} (${counts}) in ${where}${rest}`;
}

/** Files found but not read (binary, too large, permission denied). */
export function skippedFiles(report: Pick<Report, 'articles'>): ArticleSummary[] {
  return report.articles.filter((a) => a.status === 'skipped');
}

/**
 * "; 4 below --min-confidence, 2 suppressed by the config, 3 in the baseline, 1 hidden by --quiet, 1 file not
 * read":
 * what the findings listed leave out, or "" when nothing was.
 */
export function leftOutText(report: Pick<Report, 'summary' | 'articles'>): string {
  const { suppressed, baselined, hidden, belowConfidence } = report.summary;
  const skipped = skippedFiles(report).length;
  const parts: string[] = [];
  if (belowConfidence) parts.push(`${belowConfidence} below --min-confidence`);
  if (suppressed) parts.push(`${suppressed} suppressed by the config`);
  if (baselined) parts.push(`${baselined} in the baseline`);
  if (hidden) parts.push(`${hidden} hidden by --quiet`);
  if (skipped) parts.push(`${skipped} file${skipped === 1 ? '' : 's'} not read`);
  return parts.length > 0 ? `; ${parts.join(', ')}` : '';
}

/** "1 article" / "3 articles". */
export function articlesCount(n: number): string {
  return `${n} article${n === 1 ? '' : 's'}`;
}

/**
 * A camp's evidence as the formats for people show it: the first `max`, and what is left out
 * ("… and 40 more in 3 articles"), or null when all are shown.
 */
export function campEvidence(finding: Finding, camp: number, max: number): { shown: Evidence[]; more: string | null } {
  const all = finding.evidence.filter((e) => e.camp === camp);
  // a line saying "1 more" takes the room of the line it hides
  if (all.length <= max + 1) return { shown: all, more: null };
  const rest = all.slice(max);
  const articles = new Set(rest.map((e) => e.path)).size;
  return { shown: all.slice(0, max), more: `… and ${rest.length} more in ${counted(articles, 'article')}` };
}

/** A story's findings, with the story when the batch holds more than one (else `story` is null). */
export interface StoryBlock {
  story: StoryInfo | null;
  findings: Finding[];
}

/**
 * The findings by story for the formats for people: the stories with the most errors first, then
 * the most warnings (batch order among equals), each story's findings in report order. A batch of one
 * story is one block with no story, so its report reads as before.
 */
export function storyBlocks(report: Pick<Report, 'findings' | 'stories'>): StoryBlock[] {
  const stories = report.stories ?? [];
  if (stories.length < 2) return [{ story: null, findings: report.findings }];
  return stories
    .map((story, index) => ({ story, findings: report.findings.filter((f) => (f.story ?? 0) === index) }))
    .filter((b) => b.findings.length > 0)
    .sort((a, b) => b.story.errors - a.story.errors || b.story.warnings - a.story.warnings);
}

/** "story-2 · Quake strikes coastal province · 5 articles · 1 error, 2 warnings": a story's header line. */
export function storyHeader(story: StoryInfo): string {
  const counts = [
    story.errors ? counted(story.errors, 'error') : '',
    story.warnings ? counted(story.warnings, 'warning') : '',
    story.infos ? `${story.infos} info` : '',
  ].filter(Boolean);
  return [story.id, story.title, counted(story.articles.length, 'article'), counts.join(', ')]
    .filter(Boolean)
    .join(' · ');
}
