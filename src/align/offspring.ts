/**
 * "a mother of five", "the father of 3 sons": how many children a person has, a fact about the
 * person named nearest (as an age is), so that "Mara Quint, a mother of five" in one article and
 * "Quint, the mother of six children" in another meet. The words are data (model/attributes.json
 * `offspring`); a count with no person named near it, or followed by another noun ("mother of
 * two companies"), is left to the other readings.
 */
import { perModel } from '../model/derived.js';
import type { Model, QuantityMention, Token } from '../types.js';

/** How far from the count the person may be named, in tokens (as for an age). */
export const OFFSPRING_WINDOW = 6;

const tables = perModel(({ attributes }) => {
  const words = attributes.offspring ?? { parents: [], grandparents: [], children: [] };
  return {
    attributeOf: new Map([
      ...words.parents.map((w) => [w, 'children'] as const),
      ...words.grandparents.map((w) => [w, 'grandchildren'] as const),
    ]),
    CHILDREN: new Set(words.children),
  };
});

/** "children" or "grandchildren" when the count follows a parent noun and "of", else undefined. */
export function offspringAttribute(model: Model, mention: QuantityMention, tokens: Token[]): string | undefined {
  if (!Number.isInteger(mention.value.amount) || tokens[mention.firstToken - 1]?.lower !== 'of') return undefined;
  const attribute = tables(model).attributeOf.get(tokens[mention.firstToken - 2]?.lower ?? '');
  if (!attribute) return undefined;
  // what follows is the children, a name ("mother of 13 Mara Quint"), a clause or the end, not another noun
  const next = tokens[mention.lastToken + 1];
  const fits =
    !next ||
    next.kind === 'punct' ||
    tables(model).CHILDREN.has(next.lower) ||
    /^\p{Lu}/u.test(next.text) ||
    /^(?:who|whose|and|was|is|has|had|said|in|from|of)$/.test(next.lower);
  return fits ? attribute : undefined;
}
