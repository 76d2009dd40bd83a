/**
 * GitHub Actions: one workflow-command annotation per finding, at its first evidence
 * (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`), then the whole
 * stylish report for the step log, since GitHub shows only the first few annotations of a
 * step. The stylish part is wrapped in `::stop-commands::` so that article text in it can
 * never be read as a workflow command.
 */
import { createHash } from 'node:crypto';
import { ruleMeta } from '../../compare/rules/index.js';
import { forTerminal } from '../../text/escape.js';
import type { Evidence, Finding, Severity } from '../../types.js';
import { articlesCount, endPosition } from './common.js';
import { plain, type Formatter } from './style.js';
import { stylish } from './stylish.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escapes a command's message (what follows the second `::`). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a command's property value (`file=…`, `title=…`). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Evidence as "path:line:col "words"", for the annotation message. */
function quote(e: Evidence): string {
  return `${forTerminal(e.path)}:${e.line}:${e.column} "${forTerminal(e.text)}"`;
}

/** The finding's message, then one line per camp with its evidence. Article text goes through forTerminal. */
function message(finding: Finding): string {
  const lines = [forTerminal(finding.message)];
  finding.camps.forEach((camp, c) => {
    const evidence = finding.evidence.filter((e) => e.camp === c).map(quote);
    lines.push(`${forTerminal(camp.reading)} (${articlesCount(camp.articles.length)}): ${evidence.join('; ')}`);
  });
  lines.push(`${finding.ruleId} · confidence ${finding.confidence.toFixed(2)} · ${ruleMeta[finding.ruleId].docs}`);
  return lines.join('\n');
}

function annotation(finding: Finding): string {
  const e = finding.evidence[0];
  const props: string[] = [];
  if (e) {
    const end = endPosition(e);
    props.push(`file=${escapeProperty(forTerminal(e.path))}`, `line=${e.line}`, `col=${e.column}`);
    if ('endLine' in end) {
      props.push(`endLine=${end.endLine}`);
      // GitHub takes an end column only on a one-line annotation.
      if (end.endLine === e.line) props.push(`endColumn=${end.endColumn}`);
    }
  }
  props.push(`title=${escapeProperty(`${ruleMeta[finding.ruleId].title} (${finding.ruleId})`)}`);
  return `::${COMMAND[finding.severity]} ${props.join(',')}::${escapeData(message(finding))}`;
}

export const github: Formatter = (report) => {
  const text = stylish(report, { style: plain });
  // The token that turns commands back on must not be guessable from article text: it is
  // a hash of the text it guards, which that text cannot contain.
  const token = `factdiff-${createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 32)}`;
  const annotations = report.findings.map((f) => `${annotation(f)}\n`).join('');
  return `${annotations}::stop-commands::${token}\n${text}::${token}::\n`;
};
