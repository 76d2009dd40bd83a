import type {
  Entity,
  Evidence,
  EvidenceValue,
  Fact,
  FactGroup,
  Finding,
  Model,
  QuoteMention,
  RuleId,
  Span,
  TokenizedArticle,
} from '../../types.js';

/** Everything the compare stage knows: aligned facts, resolved entities, quotes. No I/O. */
export interface CompareInput {
  groups: FactGroup[];
  entities: Entity[];
  quotes: { path: string; quotes: QuoteMention[] }[];
  articles: TokenizedArticle[];
  /** List facts only one article states (single-source findings). */
  showSingle?: boolean;
}

/** What a rule may ask of the compare stage: views of the articles already read. */
export interface RuleContext {
  /** The model the run was given (word lists, places). */
  model: Model;
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
