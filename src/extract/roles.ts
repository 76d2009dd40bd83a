/**
 * Roles around a name: "former U.S. President Donald Trump", "Secretary of State Marco Rubio",
 * "White House press secretary Karoline Leavitt", "Karoline Leavitt, the White House press secretary".
 */
import { perModel } from '../model/derived.js';
import { PhraseTable } from '../text/phrases.js';
import type { Model, Role, Token } from '../types.js';

/** Role titles as written ("Secretary of State", "press secretary") and their modifiers ("former"), per model. */
export const roleTables = perModel(({ roles }) => ({
  titles: new PhraseTable<string>(
    Object.entries(roles.titles).flatMap(([title, written]) => written.map((w) => [w, title] as [string, string])),
  ),
  modifiers: new PhraseTable<string>(roles.modifiers),
  foldedRanks: new Set(roles.foldedRanks ?? []),
}));
/** Qualifiers are capitalized words ("U.S.", "Russian", "White House") or a possessive ("Ukraine’s"). */
const MAX_QUALIFIER = 4;

const isCapital = (t: Token | undefined): boolean => Boolean(t && t.kind === 'word' && /^\p{Lu}/u.test(t.text));

/** Leading title words of a capitalized run ("President" in "President Donald Trump"): how many tokens, or 0. */
export function leadingTitle(
  model: Model,
  tokens: Token[],
  first: number,
  last: number,
): { title: string; next: number } | null {
  const match = roleTables(model).titles.startingAt(tokens, first);
  if (!match || match.next > last) return null;
  return { title: match.value, next: match.next };
}

/** A hyphen inside one name, no space on either side, between capitalized parts: "T-Mobile", "Coca-Cola". */
const joinsName = (tokens: Token[], k: number): boolean =>
  tokens[k]?.text === '-' &&
  !tokens[k]?.spaceBefore &&
  !tokens[k + 1]?.spaceBefore &&
  isCapital(tokens[k - 1]) &&
  isCapital(tokens[k + 1]);

/** The role written right before the name starting at token `first`, if any. */
export function roleBefore(model: Model, text: string, tokens: Token[], first: number): Role | null {
  const title = roleTables(model).titles.endingBefore(tokens, first);
  if (!title) return null;
  let start = title.first;
  // qualifier: "U.S.", "White House", "Russian", "Ukraine’s"
  let q = start;
  // words, not tokens: "Rolls-Royce Motor Cars" is three words of a qualifier
  for (let words = 0; q > 0 && words < MAX_QUALIFIER; words += tokens[q]?.kind === 'word' ? 1 : 0) {
    const t = tokens[q - 1] as Token;
    // "Former Mayor": a capitalized modifier is no qualifier
    if (roleTables(model).modifiers.endingBefore(tokens, q)) break;
    if (isCapital(t) || (t.text === '.' && !t.spaceBefore && isCapital(tokens[q - 2])) || joinsName(tokens, q - 1)) q--;
    else break;
  }
  // Do not swallow the end of a previous name or a sentence-initial word ("Trump" in "Trump and Putin’s ...").
  while (q < start && ((tokens[q] as Token).text === '.' || (tokens[q] as Token).text === '-')) q++;
  const qualifier =
    q < start ? text.slice((tokens[q] as Token).start, (tokens[start - 1] as Token).end).replace(/['’]s$/u, '') : null;
  start = q;
  const found: string[] = [];
  for (
    let m = roleTables(model).modifiers.endingBefore(tokens, start);
    m;
    m = roleTables(model).modifiers.endingBefore(tokens, start)
  ) {
    found.unshift(m.value);
    start = m.first;
  }
  const firstToken = tokens[start] as Token;
  const lastToken = tokens[first - 1] as Token;
  return {
    start: firstToken.start,
    end: lastToken.end,
    text: text.slice(firstToken.start, lastToken.end),
    ...ranked(model, title.value, found),
    qualifier,
  };
}

/**
 * A rank word among the modifiers is part of the post: "Deputy Finance Minister" is a deputy
 * minister, as "Deputy Minister" is (model/roles.json `foldedRanks`); the other modifiers ("acting") stay modifiers.
 */
function ranked(model: Model, title: string, modifiers: string[]): { title: string; modifiers: string[] } {
  const ranks = roleTables(model).foldedRanks;
  const rank = modifiers.filter((m) => ranks.has(m) && !title.split(' ').includes(m));
  return rank.length === 0
    ? { title, modifiers }
    : { title: [...rank, title].join(' '), modifiers: modifiers.filter((m) => !ranks.has(m)) };
}

/** An appositive after the name ending at token `last`: ", the White House press secretary". */
export function roleAfter(model: Model, text: string, tokens: Token[], last: number): Role | null {
  let k = last + 1;
  if (tokens[k]?.text !== ',') return null;
  k++;
  if (tokens[k]?.lower === 'the' || tokens[k]?.lower === 'a' || tokens[k]?.lower === 'an') k++;
  const begin = k;
  const found: string[] = [];
  for (
    let m = roleTables(model).modifiers.startingAt(tokens, k);
    m;
    m = roleTables(model).modifiers.startingAt(tokens, k)
  ) {
    found.push(m.value);
    k = m.next;
  }
  const qualifierStart = k;
  while (
    k - qualifierStart < MAX_QUALIFIER &&
    (isCapital(tokens[k]) || (tokens[k]?.text === '.' && !tokens[k]?.spaceBefore) || joinsName(tokens, k)) &&
    !roleTables(model).titles.startingAt(tokens, k)
  )
    k++;
  const title = roleTables(model).titles.startingAt(tokens, k);
  if (!title) return null;
  const after = tokens[title.next];
  if (
    after &&
    !(
      after.kind === 'punct' ||
      after.lower === 'of' ||
      after.lower === 'and' ||
      after.lower === 'who' ||
      after.lower === 'said'
    )
  )
    return null;
  const qualifier =
    k > qualifierStart ? text.slice((tokens[qualifierStart] as Token).start, (tokens[k - 1] as Token).end) : null;
  const firstToken = tokens[begin] as Token;
  const lastToken = tokens[title.next - 1] as Token;
  return {
    start: firstToken.start,
    end: lastToken.end,
    text: text.slice(firstToken.start, lastToken.end),
    ...ranked(model, title.value, found),
    qualifier,
  };
}
