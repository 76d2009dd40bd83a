/**
 * Positions in reports made from articles that were not plain text (HTML): the pipeline works on
 * the article's words, and these put every evidence position (start, end, line, column) back
 * into the file, so that `path:line:col` opens at the words in an editor. `text` stays the words
 * as read (entities decoded, tags left out).
 */
import { LineIndex } from '../../text/lines.js';
import type { SourceText } from '../../util/offset-map.js';
import type { FactsReport } from '../facts.js';
import type { ReportFilter } from './index.js';

interface Positioned {
  path: string;
  start: number;
  end: number;
  line: number;
  column: number;
}

/** A function that moves a position of an article's text into its file (unchanged for plain text). */
function mover(sources: ReadonlyMap<string, SourceText>): <T extends Positioned>(p: T) => T {
  const lines = new Map<string, LineIndex>();
  return (p) => {
    const source = sources.get(p.path);
    if (!source) return p;
    let index = lines.get(p.path);
    if (!index) lines.set(p.path, (index = new LineIndex(source.text)));
    const { start, end } = source.map.toSource(p.start, p.end);
    return { ...p, start, end, ...index.locate(start) };
  };
}

/** Every evidence position of a report put back into the file its article was made from. */
export function remapPositions(sources: ReadonlyMap<string, SourceText>): ReportFilter {
  return (report) => {
    if (sources.size === 0) return report;
    const move = mover(sources);
    return { ...report, findings: report.findings.map((f) => ({ ...f, evidence: f.evidence.map(move) })) };
  };
}

/** The same for the `facts` report's mentions. */
export function remapFacts(report: FactsReport, sources: ReadonlyMap<string, SourceText>): FactsReport {
  if (sources.size === 0) return report;
  return { ...report, mentions: report.mentions.map(mover(sources)) };
}
