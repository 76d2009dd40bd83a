/** Small pieces shared by the machine-facing formatters (ndjson, sarif, github, markdown). */
import type { Evidence, Summary } from '../../types.js';

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
 * the text, counting line breaks the way src/text/lines.ts does.
 */
export function endPosition(e: Pick<Evidence, 'line' | 'column' | 'text'>): { endLine: number; endColumn: number } {
  const breaks = [...e.text.matchAll(NEWLINE)];
  const last = breaks[breaks.length - 1];
  if (!last) return { endLine: e.line, endColumn: e.column + e.text.length };
  const tail = e.text.length - ((last.index ?? 0) + last[0].length);
  return { endLine: e.line + breaks.length, endColumn: tail + 1 };
}

/** "4 findings (1 error, 1 warning, 2 info) in 5 articles", or "no discrepancies found in 5 articles". */
export function summaryText(summary: Summary): string {
  const { errors, warnings, infos, articles, findings } = summary;
  const where = `${articles} article${articles === 1 ? '' : 's'}`;
  if (findings === 0) return `no discrepancies found in ${where}${leftOutText(summary)}`;
  return `${findings} finding${findings === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${infos} info) in ${where}${leftOutText(summary)}`;
}

/** "; 2 suppressed by the config, 3 in the baseline": findings left out, or "" when none were. */
export function leftOutText(summary: Summary): string {
  const parts: string[] = [];
  if (summary.suppressed) parts.push(`${summary.suppressed} suppressed by the config`);
  if (summary.baselined) parts.push(`${summary.baselined} in the baseline`);
  return parts.length > 0 ? `; ${parts.join(', ')}` : '';
}

/** "1 article" / "3 articles". */
export function articlesCount(n: number): string {
  return `${n} article${n === 1 ? '' : 's'}`;
}
