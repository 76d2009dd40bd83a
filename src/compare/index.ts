import type { FactGroup } from '../align/align.js';
import { describe } from '../normalize/describe.js';
import { LineIndex } from '../text/lines.js';
import type { Evidence, EvidenceValue, Fact, Finding, ParsedArticle, Quantity } from '../types.js';
import { allRules } from './rules/index.js';
import type { Rule, RuleContext } from './rules/rule.js';

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/** Runs every rule over every group of aligned facts; findings come out in a stable order. */
export function compare(groups: FactGroup[], articles: ParsedArticle[], rules: Rule[] = allRules): Finding[] {
  const ctx = evidenceContext(articles);
  const findings = groups.flatMap((group) => rules.flatMap((rule) => rule.check(group, ctx)));
  return findings.sort(byImportance);
}

function byImportance(a: Finding, b: Finding): number {
  const ea = a.evidence[0];
  const eb = b.evidence[0];
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    b.articlesStating - a.articlesStating ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.subject, b.subject) ||
    cmp(a.attribute, b.attribute) ||
    cmp(ea?.path ?? '', eb?.path ?? '') ||
    (ea?.start ?? 0) - (eb?.start ?? 0)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function evidenceValue(value: Quantity, unit?: [string, number]): EvidenceValue {
  return {
    dimension: value.dimension,
    low: value.low,
    high: Number.isFinite(value.high) ? value.high : null,
    lowInclusive: value.lowInclusive,
    highInclusive: value.highInclusive,
    unit: value.unit,
    hedge: value.hedge,
    amount: value.amount,
    statedUnit: value.statedUnit,
    reading: describe(value, unit),
  };
}

function evidenceContext(articles: ParsedArticle[]): RuleContext {
  const byPath = new Map(articles.map((a) => [a.article.path, a]));
  const lines = new Map<string, LineIndex>();
  return {
    evidence(fact: Fact, camp: number, unit?: [string, number]): Evidence {
      const parsed = byPath.get(fact.article) as ParsedArticle;
      const { text } = parsed.article;
      let index = lines.get(fact.article);
      if (!index) lines.set(fact.article, (index = new LineIndex(text)));
      const { mention } = fact;
      const sentence = parsed.sentences[mention.sentence] ?? { start: mention.start, end: mention.end };
      return {
        path: fact.article,
        ...index.locate(mention.start),
        start: mention.start,
        end: mention.end,
        text: mention.text,
        value: evidenceValue(mention.value, unit),
        camp,
        context: text.slice(sentence.start, sentence.end),
        contextOffset: mention.start - sentence.start,
      };
    },
  };
}
