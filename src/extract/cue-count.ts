/** The count that the readers of counts without digits make ("no one was hurt", "another wounded"). */
import type { Model } from '../types.js';
import type { Draft } from './quantity-context.js';
import { baseUnit } from './units.js';

/** A count of `amount` over tokens [first, next), of what `cue` counts. */
export function cueCount(model: Model, first: number, next: number, amount: number, cue: string): Draft {
  return {
    first,
    next,
    dimension: 'count',
    amount,
    granularity: 1,
    factor: 1,
    unit: baseUnit(model, 'count'),
    statedUnit: null,
    unitKey: null,
    verb: cue,
  };
}
