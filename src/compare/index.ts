import { describeValue, type DisplayUnit } from '../normalize/describe.js';
import { LineIndex } from '../text/lines.js';
import type { Evidence, EvidenceValue, Fact, Finding, Model, ParsedArticle, Quantity, Span } from '../types.js';
import { allRules } from './rules/index.js';
import type { CompareInput, Rule, RuleContext } from './rules/rule.js';

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/** Runs every rule; findings come out in a stable order, each disagreement once. */
export function compare(model: Model, input: CompareInput, rules: Rule[] = allRules): Finding[] {
  const ctx = ruleContext(model, input.articles);
  return onceEach(sortFindings(rules.flatMap((rule) => rule.check(input, ctx))));
}

/** Rules whose findings compare values: one fact told under two event keys makes the same disagreement twice. */
const VALUE_RULES = new Set<Finding['ruleId']>(['quantity-conflict', 'update']);

/**
 * One disagreement, one finding: when two value findings of a rule on one attribute set the same
 * articles against each other with the same readings (one fact under two event keys: "the riot"
 * and "the worst riots" of four against eight days), the first in order is kept. Two attributes
 * (killed, arrested) or two quotations are two disagreements, whatever their numbers.
 */
function onceEach(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    if (f.camps.length < 2 || !VALUE_RULES.has(f.ruleId)) return true;
    const camps = f.camps.map((c) => `${c.reading}\u0000${[...c.articles].sort().join('\u0000')}`).sort();
    const id = JSON.stringify([f.ruleId, f.attribute, camps]);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** Most severe first, then by how many articles state the fact, rule, subject and place: a stable order. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(byImportance);
}

function byImportance(a: Finding, b: Finding): number {
  const ea = a.evidence[0];
  const eb = b.evidence[0];
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    b.articlesStating - a.articlesStating ||
    gap(b) - gap(a) ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.subject, b.subject) ||
    cmp(a.attribute, b.attribute) ||
    cmp(ea?.path ?? '', eb?.path ?? '') ||
    (ea?.start ?? 0) - (eb?.start ?? 0)
  );
}

/**
 * How far apart a quantity finding's camps are, relative to their size: the widest space between
 * one camp's highest value and another's lowest, over the larger of the two (0 when they touch, or
 * for other kinds of finding). 12 against 19 killed (0.37) comes before 40 against 41 (0.02).
 */
export function gap(finding: Finding): number {
  const spans = finding.camps.map((_, c) => {
    const values = finding.evidence.filter((e) => e.camp === c).map((e) => e.value);
    const quantities = values.filter((v) => v.kind === 'quantity');
    if (quantities.length === 0) return null;
    return {
      low: Math.min(...quantities.map((v) => v.low)),
      high: Math.max(...quantities.map((v) => v.high ?? Infinity)),
    };
  });
  let widest = 0;
  for (const a of spans)
    for (const b of spans) {
      if (!a || !b || b.low <= a.high || !Number.isFinite(a.high)) continue;
      widest = Math.max(widest, (b.low - a.high) / Math.max(Math.abs(b.low), Math.abs(a.high), 1e-9));
    }
  return widest;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function evidenceValue(model: Model, value: Quantity, unit?: DisplayUnit): EvidenceValue {
  return {
    kind: 'quantity',
    dimension: value.dimension,
    low: value.low,
    high: Number.isFinite(value.high) ? value.high : null,
    lowInclusive: value.lowInclusive,
    highInclusive: value.highInclusive,
    unit: value.unit,
    hedge: value.hedge,
    amount: value.amount,
    ...(value.amountHigh !== undefined ? { amountHigh: value.amountHigh } : {}),
    ...(value.per !== undefined ? { per: value.per } : {}),
    statedUnit: value.statedUnit,
    reading: describeValue(model, value, unit),
  };
}

function ruleContext(model: Model, articles: ParsedArticle[]): RuleContext {
  const byPath = new Map(articles.map((a) => [a.article.path, a]));
  const lines = new Map<string, LineIndex>();
  const evidenceAt = (path: string, span: Span, value: EvidenceValue, camp: number): Evidence => {
    const parsed = byPath.get(path) as ParsedArticle;
    const { text } = parsed.article;
    let index = lines.get(path);
    if (!index) lines.set(path, (index = new LineIndex(text)));
    const sentence = parsed.sentences.find((s) => s.start <= span.start && span.start < s.end) ?? span;
    // a span that runs past its sentence (a long quotation) shows from the sentence start to the span end
    const context = { start: Math.min(sentence.start, span.start), end: Math.max(sentence.end, span.end) };
    return {
      path,
      ...index.locate(span.start),
      start: span.start,
      end: span.end,
      text: text.slice(span.start, span.end),
      value,
      camp,
      context: text.slice(context.start, context.end),
      contextOffset: span.start - context.start,
    };
  };
  return {
    model,
    evidenceAt,
    evidence: (fact: Fact, camp: number, unit?: DisplayUnit): Evidence =>
      evidenceAt(fact.article, fact.mention, evidenceValue(model, fact.mention.value, unit), camp),
  };
}
