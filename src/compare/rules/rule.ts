import type { FactGroup } from '../../align/align.js';
import type { Entity } from '../../normalize/entities.js';
import type { Evidence, EvidenceValue, Fact, Finding, ParsedArticle, QuoteMention, RuleId, Span } from '../../types.js';

/** Everything the compare stage knows: aligned facts, resolved entities, quotes. No I/O. */
export interface CompareInput {
  groups: FactGroup[];
  entities: Entity[];
  quotes: { path: string; quotes: QuoteMention[] }[];
  articles: ParsedArticle[];
  /** List facts only one article states (single-source findings). */
  showSingle?: boolean;
}

/** What a rule may ask of the compare stage: views of the articles already read. */
export interface RuleContext {
  /** A quantity fact as evidence: place, quoted words and normalized reading. */
  evidence(fact: Fact, camp: number, unit?: [string, number]): Evidence;
  /** Any span of an article as evidence, with the reading the rule gives it. */
  evidenceAt(path: string, span: Span, value: EvidenceValue, camp: number): Evidence;
}

/** One finding kind, one file each. */
export interface Rule {
  id: RuleId;
  check(input: CompareInput, ctx: RuleContext): Finding[];
}
