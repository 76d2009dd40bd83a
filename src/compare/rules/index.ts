import { quantityConflict } from './quantity-conflict.js';
import type { Rule } from './rule.js';

/** Every finding kind, one file each. */
export const allRules: Rule[] = [quantityConflict];
