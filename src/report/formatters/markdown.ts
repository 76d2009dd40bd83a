/**
 * GitHub-flavoured Markdown, to paste into a pull-request comment or append to
 * `$GITHUB_STEP_SUMMARY`: a heading with the counts, one table row per finding, then each
 * finding's camps with their evidence. Article text is escaped so that it renders as the
 * words it is: no markup, HTML, table cells, @mentions or #references come out of it.
 */
import { ruleMeta } from '../../compare/rules/index.js';
import { forTerminal } from '../../text/escape.js';
import type { Evidence, Finding, Report, Severity, StoryInfo } from '../../types.js';
import { articlesCount, campEvidence, skippedFiles, summaryText } from './common.js';
import { MAX_EVIDENCE, plain, type Formatter } from './style.js';

const ICON: Record<Severity, string> = { error: '🔴', warning: '🟠', info: '🔵' };

/**
 * Text as Markdown that shows exactly that text on one line: white space folded and control
 * characters shown as escapes (forTerminal); the punctuation that means something inside a
 * line backslash-escaped (emphasis, code, links, HTML, entities, strikethrough, math, and `|`
 * so that table cells hold); and a zero-width space after `@`, `#`, `://` and `www` so that
 * GitHub makes no mention, issue reference or link of "@user", "#123" or a URL. The text is
 * never put at the start of a line, so line-start markup (`-`, `1.`, `>`) needs no escape.
 */
export function mdText(text: string): string {
  return forTerminal(text)
    .replace(/[\\`*_[\]<>|~&$#]/g, (c) => `\\${c}`)
    .replace(/(@|\\#)(?=[\p{L}\p{N}_])/gu, '$1&#8203;')
    .replace(/(:)(?=\/\/)|\b(www)(?=\.)/gi, '$1$2&#8203;');
}

/** A code span that holds any text: the fence is longer than any run of backticks inside. */
export function codeSpan(text: string): string {
  const clean = forTerminal(text);
  const longest = Math.max(0, ...[...clean.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad =
    clean.startsWith('`') ||
    clean.endsWith('`') ||
    (clean.startsWith(' ') && clean.endsWith(' ') && clean.trim() !== '')
      ? ' '
      : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}

function fileName(path: string): string {
  return path.split('/').pop() ?? path;
}

function tableRow(finding: Finding, index: number, stories: StoryInfo[] = []): string {
  const articles = [...new Set(finding.camps.flatMap((c) => c.articles))].sort();
  // a batch of several stories: each finding says which story it is about
  const story = stories.length > 1 ? stories[finding.story ?? 0] : undefined;
  const cells = [
    `${index + 1}`,
    `${ICON[finding.severity]} ${finding.severity}`,
    mdText(finding.ruleId),
    (story ? `**${mdText(story.id)}** (${mdText(story.title)}): ` : '') + mdText(finding.message),
    articles.map((a) => mdText(fileName(a))).join('<br>'),
  ];
  return `| ${cells.join(' | ')} |`;
}

function evidenceLine(e: Evidence): string {
  const where = codeSpan(`${e.path}:${e.line}:${e.column}`);
  return `  - ${where} “${mdText(e.text)}” → ${mdText(e.value.reading)}`;
}

function section(finding: Finding, index: number, articleCount: number, maxEvidence: number): string {
  const rule = ruleMeta[finding.ruleId];
  const lines = [
    `### ${index + 1}. ${ICON[finding.severity]} ${mdText(finding.message)}`,
    '',
    [
      finding.severity,
      `${mdText(finding.ruleId)} (${mdText(rule.title)})`,
      `${finding.articlesStating} of ${articleCount} articles state this`,
      ...(finding.link ? [`linked by ${mdText(finding.link)}`] : []),
      `confidence ${finding.confidence.toFixed(2)}`,
      codeSpan(rule.docs),
    ].join(' · '),
    '',
  ];
  finding.camps.forEach((camp, c) => {
    lines.push(`- **${mdText(camp.reading)}** (${articlesCount(camp.articles.length)})`);
    const { shown, more } = campEvidence(finding, c, maxEvidence);
    for (const e of shown) lines.push(evidenceLine(e));
    if (more) lines.push(`  - ${more}`);
  });
  return lines.join('\n');
}

/** GitHub takes at most this many characters in a comment or a step summary (counted as UTF-8 bytes, to be safe). */
export const MARKDOWN_LIMIT = 65_536;
const size = (text: string): number => new TextEncoder().encode(text).length;

export const markdown: Formatter = (report: Report, { maxEvidence = MAX_EVIDENCE } = { style: plain }) => {
  const { summary } = report;
  const head = `## factdiff: ${summaryText(report)}`;
  const skipped = skippedFiles(report);
  // files that could not be read are named: no article goes missing unseen
  const notRead =
    skipped.length > 0
      ? [
          '**Not read:**\n\n' +
            skipped.map((a) => `- ${codeSpan(a.path)}: ${mdText(a.reason ?? 'not read')}`).join('\n'),
        ]
      : [];
  if (report.findings.length === 0) return `${[head, ...notRead].join('\n\n')}\n`;
  const table = [
    '| # | severity | rule | finding | articles |',
    '|---:|---|---|---|---|',
    ...report.findings.map((f, i) => tableRow(f, i, report.stories)),
  ].join('\n');
  const sections = report.findings.map((f, i) => section(f, i, summary.articles, maxEvidence));
  const whole = `${[head, ...notRead, table, ...sections].join('\n\n')}\n`;
  return size(whole) <= MARKDOWN_LIMIT ? whole : cut(report, [head, ...notRead], sections);
};

/**
 * The report within GitHub's limit: whole findings from the most severe down (the table lists the same
 * ones), and a line saying how many were left out.
 */
function cut(report: Report, top: string[], sections: string[]): string {
  const note = (left: number): string =>
    `_${left} more ${left === 1 ? 'finding' : 'findings'} left out to stay within GitHub's ` +
    `${MARKDOWN_LIMIT.toLocaleString('en-US')} characters: see the JSON report for all._`;
  let kept = sections.length;
  const render = (k: number): string => {
    const table = ['| # | severity | rule | finding | articles |', '|---:|---|---|---|---|'];
    const rows = report.findings.slice(0, k).map((f, i) => tableRow(f, i, report.stories));
    const parts = [...top, [...table, ...rows].join('\n'), ...sections.slice(0, k), note(sections.length - k)];
    return `${parts.join('\n\n')}\n`;
  };
  while (kept > 0 && size(render(kept)) > MARKDOWN_LIMIT) kept--;
  return render(kept);
}
