import type { FactKey } from '../types.js';

/** A fact key as one string: what groups facts and tells two keys apart. */
export function keyString(key: FactKey): string {
  return `${key.subject}|${key.attribute}|${key.dimension}|${key.qualifier ?? ''}|${key.era ?? ''}`;
}
