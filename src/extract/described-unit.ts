/**
 * A unit after one word of degree: "two full hours", "five long days", "three straight years". Without
 * it the number was read as a count of the word ("2 [full]") and the unit lost. Only the words of
 * model/units.json `degreeWords` (how much or how whole) and `addedWords` ("six more inches", "two extra
 * hours": an amount added, read as a change up, not as the total) are read: another word names a thing
 * ("three neighboring yards" are gardens, "two bare feet" no length).
 */
import { perModel } from '../model/derived.js';
import type { Model, Token } from '../types.js';
import { unitAt, type UnitMatch } from './units.js';
import { hasTag } from '../text/tokens.js';

const words = perModel(({ units }) => ({
  degree: new Set(units.degreeWords ?? []),
  added: new Set(units.addedWords ?? []),
}));

/**
 * The unit at i + 1 when token i is a degree or added word, and whether the amount is added. The unit
 * must be a word (not a symbol such as "m") that ends its phrase ("two full foot soldiers" measures
 * nothing).
 */
export function describedUnitAt(model: Model, tokens: Token[], i: number): { unit: UnitMatch; added: boolean } | null {
  const word = tokens[i];
  const unitWord = tokens[i + 1];
  if (!word || word.kind !== 'word' || !word.spaceBefore) return null;
  const { degree, added } = words(model);
  if (!degree.has(word.text) && !added.has(word.text)) return null;
  if (!unitWord?.spaceBefore || !/^\p{Ll}{3,}$/u.test(unitWord.text)) return null;
  const unit = unitAt(model, tokens, i + 1, false);
  if (!unit || unit.dimension === 'money' || unit.scale !== undefined) return null;
  const after = tokens[unit.next];
  if (hasTag(after, 'Noun') || (after?.kind === 'number' && after.spaceBefore)) return null;
  return { unit, added: added.has(word.text) };
}
