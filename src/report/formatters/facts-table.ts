/** `factdiff facts` for people: one table per article. */
import { forTerminal } from '../../text/escape.js';
import type { FactRecord, FactsReport } from '../facts.js';
import { counted } from './common.js';
import type { Style } from './style.js';

const COLUMNS = ['where', 'as written', 'dimension', 'hedge', 'reading', 'tied to'] as const;

function row(m: FactRecord): string[] {
  const tied = m.fact
    ? m.fact.label + (m.fact.era ? ` (${m.fact.era})` : '') + (m.fact.qualifier ? ` [${m.fact.qualifier}]` : '')
    : m.role === 'offset'
      ? '(offset in time)'
      : m.trend
        ? `(trend: ${m.trend})`
        : '–';
  const noun = m.dimension === 'count' && (m.noun || m.verb) ? ` [${[m.noun, m.verb].filter(Boolean).join(', ')}]` : '';
  return [`${m.line}:${m.column}`, forTerminal(m.text), m.dimension, m.hedge, forTerminal(m.reading) + noun, tied];
}

export function factsTable(report: FactsReport, style: Style): string {
  const blocks: string[] = [];
  for (const article of report.articles) {
    const rows = report.mentions.filter((m) => m.path === article.path).map(row);
    const date = article.date ? `, ${article.date}` : '';
    const about = `${article.words} words${date}, ${counted(rows.length, 'quantity', 'quantities')}`;
    const head = `${style.bold(forTerminal(article.path))} ${style.dim(`(${about})`)}`;
    if (rows.length === 0) {
      blocks.push(head);
      continue;
    }
    const widths = COLUMNS.map((c, i) => Math.max(c.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (cells: readonly string[]) =>
      cells
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd();
    blocks.push([head, `  ${style.dim(line(COLUMNS))}`, ...rows.map((r) => `  ${line(r)}`)].join('\n'));
  }
  return `${blocks.join('\n\n')}\n`;
}
