import type { Model, QuantityMention, RawQuantityMention } from '../types.js';
import { toInterval } from './interval.js';

/** A mention as written → the same mention with its value as an interval in the base unit. */
export function normalizeMention(model: Model, raw: RawQuantityMention): QuantityMention {
  const { reading, ...mention } = raw;
  // "warmed by 1.5 degrees Fahrenheit": a change of temperature converts as a difference (no offset)
  const shift = reading.dimension === 'temperature' && reading.trend ? 0 : (reading.shift ?? 0);
  const interval = toInterval(
    {
      amount: (reading.amount + shift) * reading.factor,
      upper: reading.upper !== undefined ? (reading.upper + shift) * reading.factor : undefined,
      hedge: reading.hedge,
      dimension: reading.dimension,
      granularity: reading.granularity * reading.factor,
    },
    model.hedges.tolerance,
  );
  if (reading.lowInclusive !== undefined) interval.lowInclusive = reading.lowInclusive;
  if (reading.highInclusive !== undefined) interval.highInclusive = reading.highInclusive;
  return {
    ...mention,
    value: {
      dimension: reading.dimension,
      unit: reading.unit,
      ...interval,
      amount: reading.amount,
      ...(reading.upper !== undefined && reading.hedge === 'range' ? { amountHigh: reading.upper } : {}),
      statedUnit: reading.statedUnit,
      unitKey: reading.unitKey,
      hedge: reading.hedge,
      trend: reading.trend,
      ...(reading.per !== undefined ? { per: reading.per } : {}),
      ...(reading.zone !== undefined ? { zone: reading.zone } : {}),
    },
  };
}
