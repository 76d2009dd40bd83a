import type { DisplayUnit } from '../../normalize/describe.js';
import type {
  Entity,
  Evidence,
  EvidenceValue,
  Fact,
  FactGroup,
  Finding,
  Model,
  QuantityMention,
  QuoteMention,
  RuleId,
  Severity,
  Span,
  TokenizedArticle,
} from '../../types.js';

/** Everything the compare stage knows: aligned facts, resolved entities, quotes. No I/O. */
export interface CompareInput {
  groups: FactGroup[];
  entities: Entity[];
  quotes: { path: string; quotes: QuoteMention[] }[];
  articles: TokenizedArticle[];
  /** Every value each article reads, tied to a fact or not: what single-source checks a value against. */
  values?: { path: string; mentions: QuantityMention[] }[];
  /** List facts only one article states (single-source findings). */
  showSingle?: boolean;
}

/** What a rule may ask of the compare stage: views of the articles already read. */
export interface RuleContext {
  /** The model the run was given (word lists, places). */
  model: Model;
  /** A quantity fact as evidence: place, quoted words and normalized reading. */
  evidence(fact: Fact, camp: number, unit?: DisplayUnit): Evidence;
  /** Any span of an article as evidence, with the reading the rule gives it. */
  evidenceAt(path: string, span: Span, value: EvidenceValue, camp: number): Evidence;
}

/** What a rule is, told in its own file: the registry, SARIF's rules and the docs index are made from it. */
export interface RuleMeta {
  id: RuleId;
  /** Short name shown in listings. */
  title: string;
  /** One sentence: what the finding means. */
  description: string;
  /** The severity its findings usually have (a finding may say otherwise: a narrow gap is a warning). */
  defaultSeverity: Severity;
  /** When its findings have another severity, in words (for the docs index). */
  otherSeverities?: string;
  /** Page with examples and how to silence it. */
  docs: string;
}

/** One finding kind, one file each (ESLint's rules: `meta` and what the rule finds). */
export interface Rule {
  meta: RuleMeta;
  check(input: CompareInput, ctx: RuleContext): Finding[];
}

/** The docs page of a rule: `docs/rules/<id>.md`. */
export const docsOf = (id: RuleId): string => `docs/rules/${id}.md`;
