import type { FactGroup } from '../../align/align.js';
import type { Evidence, Fact, Finding, RuleId } from '../../types.js';

/** What a rule may ask of the compare stage: no I/O, only views of the articles already read. */
export interface RuleContext {
  /** The fact as evidence: place, quoted words and normalized reading. */
  evidence(fact: Fact, camp: number, unit?: [string, number]): Evidence;
}

/** One finding kind. Rules see one group of aligned facts at a time. */
export interface Rule {
  id: RuleId;
  check(group: FactGroup, ctx: RuleContext): Finding[];
}
