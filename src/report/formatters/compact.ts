/**
 * One line a finding, `path:line:col: severity message [rule]`, at its first evidence: for an
 * editor's quickfix list (Vim's errorformat, VS Code problem matchers) and grep.
 */
import { forTerminal } from '../../text/escape.js';
import { counted, leftOutText } from './common.js';
import type { Formatter } from './style.js';

export const compact: Formatter = (report) => {
  const lines = report.findings.map((f) => {
    const at = f.evidence[0];
    const where = at ? `${at.path}:${at.line}:${at.column}` : '-';
    return forTerminal(`${where}: ${f.severity} ${f.message.replace(/\s+/g, ' ')} [${f.ruleId}]`);
  });
  const { findings, articles } = report.summary;
  lines.push(`${counted(findings, 'finding')} in ${counted(articles, 'article')}${leftOutText(report)}`);
  return `${lines.join('\n')}\n`;
};
