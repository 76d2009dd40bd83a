/** What `factdiff facts` reports: every mention with its place, its reading and what it was tied to. */
import { keyLabel } from '../compare/labels.js';
import { describeValue } from '../normalize/describe.js';
import { LineIndex } from '../text/lines.js';
import type { ArticleMentions, Dimension, FactKey, Hedge, Model, QuantityRole, ToolInfo, Trend } from '../types.js';

export interface FactRecord {
  path: string;
  line: number;
  column: number;
  start: number;
  end: number;
  text: string;
  kind: 'quantity';
  dimension: Dimension;
  amount: number;
  /** A stated range's upper number, in the unit of `amount` ("3% to 7%": 7), else null. */
  amountHigh: number | null;
  statedUnit: string | null;
  unitKey: string | null;
  low: number;
  /** null when unbounded. */
  high: number | null;
  lowInclusive: boolean;
  highInclusive: boolean;
  unit: string;
  hedge: Hedge;
  trend: Trend | null;
  /** A rate's per-unit ("week" of "$1,200 a week"), else null. */
  per: string | null;
  role: QuantityRole;
  noun: string | null;
  verb: string | null;
  zone: string | null;
  reading: string;
  /** The fact `check` compares the value in (src/align/align.ts), or null when it is compared with nothing. */
  fact: { subject: string; attribute: string; qualifier?: string; era?: string; label: string } | null;
}

export interface FactsReport {
  schemaVersion: 1;
  tool: ToolInfo;
  articles: { path: string; words: number; date: string | null; mentions: number }[];
  mentions: FactRecord[];
}

/** Every value with its reading and the fact it is tied to (`ties`: by "path|start", from align). */
export function buildFactsReport(
  model: Model,
  read: ArticleMentions[],
  tool: ToolInfo,
  ties: ReadonlyMap<string, FactKey>,
): FactsReport {
  const mentions: FactRecord[] = [];
  for (const { parsed, mentions: found } of read) {
    const lines = new LineIndex(parsed.article.text);
    for (const m of found) {
      const tied = ties.get(`${parsed.article.path}|${m.start}`);
      const v = m.value;
      mentions.push({
        path: parsed.article.path,
        ...lines.locate(m.start),
        start: m.start,
        end: m.end,
        text: m.text,
        kind: 'quantity',
        dimension: v.dimension,
        amount: v.amount,
        amountHigh: v.amountHigh ?? null,
        statedUnit: v.statedUnit,
        unitKey: v.unitKey,
        low: v.low,
        high: Number.isFinite(v.high) ? v.high : null,
        lowInclusive: v.lowInclusive,
        highInclusive: v.highInclusive,
        unit: v.unit,
        hedge: v.hedge,
        trend: v.trend,
        per: v.per ?? null,
        role: m.role,
        noun: m.noun ?? null,
        verb: m.verb ?? null,
        zone: v.zone ?? null,
        reading: describeValue(model, v),
        fact: tied
          ? {
              subject: tied.subject,
              attribute: tied.attribute,
              ...(tied.qualifier ? { qualifier: tied.qualifier } : {}),
              ...(tied.era ? { era: tied.era } : {}),
              // the title check gives the fact in its messages
              label: keyLabel(tied),
            }
          : null,
      });
    }
  }
  return {
    schemaVersion: 1,
    tool,
    articles: read.map(({ parsed, mentions: m }) => ({
      path: parsed.article.path,
      words: parsed.words,
      date: parsed.article.date ?? null,
      mentions: m.length,
    })),
    mentions,
  };
}
