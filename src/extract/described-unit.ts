/**
 * A unit after one describing word: "226 rushing yards", "two full hours", "20 fresh inches of snow".
 * Without it the number was read as a count of the describing word ("2 [full]") and the unit lost.
 * The describing word says what kind of measure it is ("rushing" yards are not "passing" yards), unless
 * it only says how much or how whole (model/units.json `degreeWords`: "full", "more", "straight").
 */
import { perModel } from '../model/derived.js';
import type { Model, Token } from '../types.js';
import { unitAt, type UnitMatch } from './units.js';

const degreeWords = perModel(({ units }) => new Set(units.degreeWords ?? []));

const has = (t: Token | undefined, ...tags: string[]): boolean => Boolean(t?.tags?.some((x) => tags.includes(x)));

/**
 * The unit at i + 1 when token i describes it, and the kind the describing word names (none for a
 * degree word). Tagged reads only: the word must be an adjective or a gerund and no noun, and the unit
 * a word (not a symbol such as "m") that ends its phrase ("three foot soldiers" measures nothing).
 * A span of time takes only a degree word: "3.5M last year" is no duration.
 */
export function describedUnitAt(model: Model, tokens: Token[], i: number): { unit: UnitMatch; kind?: string } | null {
  const word = tokens[i];
  const unitWord = tokens[i + 1];
  if (!word || word.kind !== 'word' || !word.spaceBefore || !/^\p{Ll}+$/u.test(word.text)) return null;
  if (!has(word, 'Adjective', 'Gerund') || has(word, 'Noun', 'Determiner', 'Preposition', 'Pronoun')) return null;
  if (!unitWord?.spaceBefore || !/^\p{Ll}{3,}$/u.test(unitWord.text)) return null;
  const unit = unitAt(model, tokens, i + 1, false);
  if (!unit || unit.dimension === 'money' || unit.scale !== undefined) return null;
  const after = tokens[unit.next];
  if (has(after, 'Noun') || (after?.kind === 'number' && after.spaceBefore)) return null;
  if (degreeWords(model).has(word.lower)) return { unit };
  // "sales of 3.5M last year", "10 working days": before a span of time only a degree word is read
  return unit.dimension === 'duration' ? null : { unit, kind: word.lower };
}
