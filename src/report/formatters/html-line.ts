/**
 * A quantity finding's camps on one number line (SVG): each camp a row, each reading in it a
 * bar over its interval, an open end drawn as an arrow to the edge, a hedged reading ("about",
 * "nearly") lighter than a stated one. "About 81–90 min" against "more than 120 min" is seen.
 */
import type { Finding, QuantityValue } from '../../types.js';
import { escapeHtml } from './html-escape.js';

const WIDTH = 720;
const LABEL = 230;
const ROW = 26;
const PAD = 14;

/** Units a base unit is shown in on the axis, largest first: [name, size in the base unit]. */
const AXIS_UNITS: Record<string, [string, number][]> = {
  s: [
    ['days', 86_400],
    ['h', 3600],
    ['min', 60],
    ['s', 1],
  ],
};

function axisLabel(n: number, unit: string, top: number): string {
  const [name, size] = (AXIS_UNITS[unit] ?? []).find(([, s]) => top / s >= 3) ?? [unit, 1];
  const value = n / size;
  const shown = Math.abs(value) >= 100 ? Math.round(value).toLocaleString('en-US') : String(+value.toFixed(1));
  return unit === 'count' || unit === 'item' || unit === '' ? shown : `${shown} ${name}`;
}

/** The SVG for a quantity finding whose values are on a line (not dates or clock times), else ''. */
export function numberLine(finding: Finding): string {
  const values = finding.evidence.map((e) => e.value).filter((v): v is QuantityValue => v.kind === 'quantity');
  if (values.length !== finding.evidence.length || values.length === 0) return '';
  if (values.some((v) => v.dimension === 'date' || v.dimension === 'time-of-day' || v.dimension === 'angle')) return '';
  const lows = values.map((v) => v.low);
  const highs = values.map((v) => v.high).filter((h): h is number => h !== null && Number.isFinite(h));
  const min = Math.min(...lows);
  let max = Math.max(...lows, ...highs);
  const open = values.some((v) => v.high === null || !Number.isFinite(v.high));
  if (open) max += (max - min || Math.abs(max) || 1) * 0.25; // room for the arrow of an open end
  if (max === min) max = min + 1;
  const x = (n: number): number => LABEL + ((n - min) / (max - min)) * (WIDTH - LABEL - PAD);
  const rows = finding.camps.map((camp, c) => {
    const y = PAD + c * ROW;
    const seen = new Set<string>();
    const bars = finding.evidence
      .filter((e) => e.camp === c && e.value.kind === 'quantity')
      .map((e) => e.value as QuantityValue)
      .filter((v) => !seen.has(`${v.low}|${v.high}`) && seen.add(`${v.low}|${v.high}`))
      .map((v) => bar(v, x(v.low), v.high === null || !Number.isFinite(v.high) ? null : x(v.high), y));
    return `<text x="0" y="${y + 13}">${escapeHtml(clip(camp.reading))}</text>` + `<g>${bars.join('')}</g>`;
  });
  const height = PAD * 2 + finding.camps.length * ROW + 16;
  const unit = values[0]?.unit ?? '';
  const axisY = height - 20;
  const top = Math.max(Math.abs(min), Math.abs(max));
  return (
    `<svg class="line" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="the camps on one number line">` +
    rows.join('') +
    `<line class="axis" x1="${LABEL}" x2="${WIDTH - PAD}" y1="${axisY}" y2="${axisY}"/>` +
    ticks([...lows, ...highs], x, axisY, (n) => axisLabel(n, unit, top)) +
    `</svg>`
  );
}

/** Least room between two tick labels, in the drawing's units. */
const TICK_ROOM = 64;

/** A tick at each value the camps state a bound at, labelled where it leaves room for the last label. */
function ticks(bounds: number[], x: (n: number) => number, y: number, label: (n: number) => string): string {
  let last = -Infinity;
  return [...new Set(bounds)]
    .sort((a, b) => a - b)
    .map((n) => {
      const at = x(n);
      const mark = `<line class="axis" x1="${at.toFixed(1)}" x2="${at.toFixed(1)}" y1="${y - 4}" y2="${y + 4}"/>`;
      if (at - last < TICK_ROOM) return mark;
      last = at;
      return `${mark}<text x="${at.toFixed(1)}" y="${y + 16}" text-anchor="middle">${escapeHtml(label(n))}</text>`;
    })
    .join('');
}

/** One reading's bar: a stated value solid, a hedged one light; an open end an arrow to the edge. */
function bar(v: QuantityValue, from: number, to: number | null, y: number): string {
  const soft = v.hedge === 'exact' || v.hedge === 'range' ? '' : ' soft';
  const end = to ?? WIDTH - PAD - 8;
  const width = Math.max(3, end - from);
  const arrow = to === null ? `<path class="bar" d="M${end} ${y + 2} L${end + 8} ${y + 9} L${end} ${y + 16} Z"/>` : '';
  const rect = `x="${from.toFixed(1)}" y="${y + 2}" width="${width.toFixed(1)}" height="14" rx="2"`;
  return `<rect class="bar${soft}" ${rect}/>${arrow}`;
}

function clip(s: string): string {
  return s.length > 34 ? `${s.slice(0, 33)}…` : s;
}
