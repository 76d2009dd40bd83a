/** Years as written: four digits in a range of model/calendar.json `years`. */
import type { Token } from '../types.js';

/** The year a token writes, if it is four digits within `range` (both ends included). */
export function yearIn(token: Token | undefined, [first, last]: [number, number]): number | null {
  if (token?.kind !== 'number' || token.text.length !== 4 || !/^\d{4}$/.test(token.text)) return null;
  const year = Number(token.text);
  return year >= first && year <= last ? year : null;
}
