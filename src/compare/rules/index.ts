/**
 * The rule registry: every finding kind, one file each, with its metadata. SARIF's rule list,
 * the config schema's rule ids and the docs index (docs/rules/README.md) follow its order.
 */
import type { RuleId } from '../../types.js';
import { attributionConflict } from './attribution-conflict.js';
import { nameVariant } from './name-variant.js';
import { placeConflict } from './place-conflict.js';
import { quantityConflict } from './quantity-conflict.js';
import { roleConflict } from './role-conflict.js';
import type { Rule, RuleMeta } from './rule.js';
import { singleSource } from './single-source.js';
import { stanceConflict } from './stance-conflict.js';
import { update } from './update.js';

/** By id: a Record, so that a new RuleId must be given its rule. */
const byId: Record<RuleId, Rule> = {
  'quantity-conflict': quantityConflict,
  update,
  'single-source': singleSource,
  'role-conflict': roleConflict,
  'name-variant': nameVariant,
  'attribution-conflict': attributionConflict,
  'place-conflict': placeConflict,
  'stance-conflict': stanceConflict,
};

export const allRules: Rule[] = Object.values(byId);

/** Each rule's metadata, by id. */
export const ruleMeta = Object.fromEntries(allRules.map((r) => [r.meta.id, r.meta])) as Record<RuleId, RuleMeta>;

export type { Rule, RuleMeta } from './rule.js';
