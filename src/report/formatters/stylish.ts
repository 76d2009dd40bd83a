/**
 * The default output for people: one block per finding, most severe first, the camps of
 * articles side by side with the words each one wrote, and a summary line.
 */
import { ruleMeta } from '../../compare/rules/index.js';
import { forTerminal } from '../../text/escape.js';
import { campEvidence, counted, leftOutText, skippedFiles, storyBlocks, storyHeader } from './common.js';
import type { Evidence, Finding, Report, Severity } from '../../types.js';
import { MAX_EVIDENCE, rulePage, type Formatter, type Style } from './style.js';

/** Characters of sentence shown on each side of the quoted words. */
const CONTEXT = 60;
/** Quoted words longer than this are shown shortened in the middle. */
const LONGEST_QUOTE = 90;

function shorten(text: string): string {
  if (text.length <= LONGEST_QUOTE) return text;
  return `${text.slice(0, 55).replace(/\s\S*$/, '')} … ${text.slice(-30).replace(/^\S*\s/, '')}`;
}

const LABEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'info' };

export const stylish: Formatter = (report, ctx) => {
  const { style, maxEvidence = MAX_EVIDENCE } = ctx;
  const page = (finding: Finding) => rulePage(ruleMeta[finding.ruleId].docs, ctx);
  // a batch of several stories: each story's findings under a header line, stories with errors first
  const blocks = storyBlocks(report).flatMap(({ story, findings }) => [
    ...(story ? [style.bold(`── ${forTerminal(storyHeader(story))}`)] : []),
    ...findings.map((finding) =>
      formatFinding(finding, story?.articles.length ?? report.summary.articles, style, maxEvidence, page(finding)),
    ),
  ]);
  return `${[...blocks, summaryLine(report, style)].join('\n\n')}\n`;
};

function severityLabel(severity: Severity, style: Style): string {
  const text = LABEL[severity].padEnd(7);
  return severity === 'error' ? style.red(text) : severity === 'warning' ? style.yellow(text) : style.blue(text);
}

function formatFinding(
  finding: Finding,
  articleCount: number,
  style: Style,
  maxEvidence: number,
  page: string,
): string {
  const lines = [
    `${severityLabel(finding.severity, style)} ${style.bold(forTerminal(finding.message))}  ` +
      style.dim(finding.ruleId),
    style.dim(
      `        ${finding.articlesStating} of ${articleCount} articles state this · ` +
        (finding.link ? `linked by ${forTerminal(finding.link)} · ` : '') +
        `confidence ${finding.confidence.toFixed(2)} · ${page}`,
    ),
  ];
  finding.camps.forEach((camp, c) => {
    const n = camp.articles.length;
    lines.push('', `  ${style.bold(forTerminal(camp.reading))} ${style.dim(`(${counted(n, 'article')})`)}`);
    const { shown, more } = campEvidence(finding, c, maxEvidence);
    for (const e of shown) lines.push(...formatEvidence(e, style));
    if (more) lines.push(`    ${style.dim(more)}`);
  });
  return lines.join('\n');
}

function formatEvidence(e: Evidence, style: Style): string[] {
  const where = `${e.path}:${e.line}:${e.column}`;
  const quoted = style.highlight(forTerminal(shorten(e.text)));
  const line = `    ${forTerminal(where)}  "${quoted}"  ${style.dim(`→ ${forTerminal(e.value.reading)}`)}`;
  // a long quotation is its own context
  return e.text.length > LONGEST_QUOTE ? [line] : [line, `      ${snippet(e, style)}`];
}

function snippet(e: Evidence, style: Style): string {
  const before = e.context.slice(0, e.contextOffset);
  const after = e.context.slice(e.contextOffset + e.text.length);
  const left = before.length > CONTEXT ? `…${before.slice(before.length - CONTEXT).replace(/^\S*\s/, '')}` : before;
  const right = after.length > CONTEXT ? `${after.slice(0, CONTEXT).replace(/\s\S*$/, '')}…` : after;
  return style.dim(forTerminal(left)) + style.highlight(forTerminal(e.text)) + style.dim(forTerminal(right));
}

function summaryLine(report: Report, style: Style): string {
  const { errors, warnings, infos, articles, findings, hidden } = report.summary;
  const where = counted(articles, 'article');
  const leftOut = style.dim(leftOutText(report));
  const skipped = skippedFiles(report);
  // files that could not be read: named, so that no article goes missing unseen
  const notRead = skipped
    .map((a) => `${style.yellow('skipped')} ${forTerminal(a.path)}: ${forTerminal(a.reason ?? 'not read')}\n`)
    .join('');
  if (findings === 0) {
    if (skipped.length > 0) return `${notRead}${style.yellow('⚠')} no discrepancies found in ${where}${leftOut}`;
    if (hidden) return `${style.blue('ℹ')} no errors in ${where}${leftOut}`;
    return style.green(`✔ no discrepancies found in ${where}`) + leftOut;
  }
  const counts = `${counted(errors, 'error')}, ${counted(warnings, 'warning')}, ${infos} info`;
  const mark = errors > 0 ? style.red('✖') : warnings > 0 ? style.yellow('⚠') : style.blue('ℹ');
  return `${notRead}${mark} ${style.bold(counted(findings, 'finding'))} (${counts}) in ${where}${leftOut}`;
}
