/**
 * "Mara Quint, a mother of five", "Quint was the mother of six children", "mother of 13 Mara
 * Quint", "Mother-of-five Mara Quint": how many children a person has, a fact about that person
 * (as an age is), so that two articles giving different counts meet. The person is the one the
 * grammar gives (named in apposition, before "was", or right after the count), never merely the
 * nearest: in "police said Tom Reyes shot a mother of five" the mother is not Reyes. The words
 * are data (model/attributes.json `offspring`).
 */
import { perModel } from '../model/derived.js';
import type { FactKey, Model, QuantityMention, Token } from '../types.js';
import type { PersonAt } from './context.js';

const tables = perModel(({ attributes }) => {
  const words = attributes.offspring ?? { parents: [], grandparents: [], children: [], follow: [], links: [] };
  return {
    attributeOf: new Map([
      ...words.parents.map((w) => [w, 'children'] as const),
      ...words.grandparents.map((w) => [w, 'grandchildren'] as const),
    ]),
    CHILDREN: new Set(words.children),
    FOLLOW: new Set(words.follow),
    LINKS: new Set(words.links),
  };
});

const ARTICLES = new Set(['a', 'an', 'the']);
/** Words of description a children noun may follow ("two young children"). */
const DESCRIBING = 2;

/** The key of a count of someone's children, or null when the count is no such count or names no one. */
export function offspringKey(
  model: Model,
  mention: QuantityMention,
  tokens: Token[],
  people: readonly PersonAt[],
): FactKey | null {
  const { attributeOf } = tables(model);
  if (!Number.isInteger(mention.value.amount)) return null;
  // "mother of five", "Mother-of-five": the parent noun, "of", and the count, hyphens between or not
  let k = mention.firstToken - 1;
  if (tokens[k]?.text === '-') k--;
  if (tokens[k]?.lower !== 'of') return null;
  k--;
  if (tokens[k]?.text === '-') k--;
  const attribute = attributeOf.get(tokens[k]?.lower ?? '');
  if (!attribute || !followsWell(model, tokens, mention.lastToken + 1, people)) return null;
  const person = parentNamed(model, tokens, k, mention.lastToken, people);
  return person
    ? { subject: person, attribute, dimension: 'count', label: `number of ${attribute}`, person: true }
    : null;
}

/** What may follow the count: the children ("two young children"), a name, a clause, or the end. */
function followsWell(model: Model, tokens: Token[], next: number, people: readonly PersonAt[]): boolean {
  const { CHILDREN, FOLLOW } = tables(model);
  const t = tokens[next];
  if (!t || t.kind === 'punct' || FOLLOW.has(t.lower) || people.some((p) => p.firstToken === next)) return true;
  for (let k = next; k < next + DESCRIBING + 1 && tokens[k]?.kind === 'word'; k++)
    if (CHILDREN.has((tokens[k] as Token).lower)) return true;
  return false;
}

/** The person the parent noun at `parent` describes: in apposition, before a linking verb, or right after. */
function parentNamed(
  model: Model,
  tokens: Token[],
  parent: number,
  last: number,
  people: readonly PersonAt[],
): string | null {
  const persons = people.filter((p) => p.type === 'person');
  // "mother of 13 Mara Quint", "Mother-of-five Mara Quint"
  const after = persons.find((p) => p.firstToken === last + 1);
  if (after) return after.name;
  let k = parent - 1;
  if (ARTICLES.has(tokens[k]?.lower ?? '')) k--;
  // "Mara Quint, a mother of five"; "Mara Quint was the mother of six"
  if (tokens[k]?.text !== ',' && !tables(model).LINKS.has(tokens[k]?.lower ?? '')) return null;
  return persons.find((p) => p.lastToken === k - 1)?.name ?? null;
}
