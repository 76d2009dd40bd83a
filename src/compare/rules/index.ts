import { attributionConflict } from './attribution-conflict.js';
import { nameVariant } from './name-variant.js';
import { placeConflict } from './place-conflict.js';
import { quantityConflict } from './quantity-conflict.js';
import { roleConflict } from './role-conflict.js';
import { singleSource } from './single-source.js';
import type { Rule } from './rule.js';

/** Every finding kind, one file each. */
export const allRules: Rule[] = [
  quantityConflict,
  roleConflict,
  placeConflict,
  attributionConflict,
  nameVariant,
  singleSource,
];
