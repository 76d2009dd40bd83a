/** Kinds of small places a name may be followed by ("the Tolna refugee camp"): read by entities and align. */
import { perModel } from '../model/derived.js';
import type { Model, Token } from '../types.js';

const placeKinds = perModel((model: Model) => new Set(model.entities.placeKinds ?? []));

/**
 * The kind of place a lower-case noun right after a name makes it (model/entities.json
 * `placeKinds`), one lower-case modifier between at most: "the Tolna refugee camp" → "camp".
 */
export function placeKindAfter(model: Model, tokens: Token[], last: number): string | undefined {
  const kinds = placeKinds(model);
  for (let k = last + 1; k <= last + 2; k++) {
    const t = tokens[k];
    if (!t || t.kind !== 'word' || !/^\p{Ll}/u.test(t.text)) return undefined;
    if (kinds.has(t.lower)) return t.lower;
    // the word between is a modifier ("refugee camp"), never a verb: "Smith left town"
    if (t.tags?.some((tag) => NOT_MODIFIERS.has(tag))) return undefined;
  }
  return undefined;
}

/** Tags of a word that cannot stand between a name and its kind of place. */
const NOT_MODIFIERS = new Set(['Verb', 'Adverb', 'Preposition', 'Determiner', 'Conjunction', 'Pronoun']);

/** The kind of a place as align keeps it ("camp" of "camp:Tolna"). */
export const kindOf = (place: string): string => place.slice(0, place.indexOf(':'));
