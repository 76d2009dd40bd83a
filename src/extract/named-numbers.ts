/**
 * Numbers that are part of a name, not quantities: a number glued to a capitalized word or an
 * acronym ("A350", "G20", "COVID-19", "F-16"), a lone number after a name word in running text
 * ("the S&P 500", "Route 66", "Game 7", "iPhone 15"), and a street number ("221 Baker Street").
 * The NLP tags tell a name word from a verb, a date or a person (whom a number may be given to:
 * "gave Ortiz 40"); in a title-case headline capitals say nothing, so only glued names count there.
 */
import type { Model, Token } from '../types.js';
import { isHeadline } from './entities.js';

/** Tags of a capitalized word before a number that make it no name of a thing. */
const NOT_NAME = [
  'Verb',
  'Date',
  'Month',
  'WeekDay',
  'Value',
  'Preposition',
  'Determiner',
  'Pronoun',
  'Conjunction',
  'Adverb',
  'Person',
  'FirstName',
  'LastName',
];
/** How many capitalized words a street's name may hold before its street word. */
const STREET_WORDS = 3;

const hasCapital = (t: Token | undefined): boolean => Boolean(t && t.kind === 'word' && /\p{Lu}/u.test(t.text));
/** "AK", "F", "I", "COVID": a code of capitals before a hyphen ("AK-47"; not "Follow-Up-1"). */
const isCode = (t: Token | undefined): boolean => Boolean(t && t.kind === 'word' && /^\p{Lu}{1,6}$/u.test(t.text));
const tagged = (t: Token, tags: string[]): boolean => Boolean(t.tags?.some((x) => tags.includes(x)));

/**
 * How the number at tokens[first] (one token, `next` the token after it) is part of a name:
 * 'glued' ("A350", "COVID-19"), 'after-name' ("Route 66": a caller keeps it when a unit follows),
 * 'street' ("221 Baker Street"), or null.
 */
export function namedNumber(
  model: Model,
  tokens: Token[],
  first: number,
  next: number,
): 'glued' | 'after-name' | 'street' | null {
  const number = tokens[first] as Token;
  const before = tokens[first - 1];
  // names are written in figures: "Route 66", never "Route sixty-six"
  if (number.kind !== 'number') return null;
  if (phoneNumber(tokens, first)) return 'glued';
  if (!number.spaceBefore && hasCapital(before)) return 'glued';
  const hyphen = before?.text === '-' && !before.spaceBefore && !number.spaceBefore;
  if (hyphen && isCode(tokens[first - 2])) return 'glued';
  // "Apple 10 million": a number with scale words is a count; "GeForce 9400M" (glued) is still a code
  if (next !== first + 1 && tokens[first + 1]?.spaceBefore !== false) return null;
  if (street(model, tokens, next)) return 'street';
  if (!before || !hasCapital(before) || tagged(before, NOT_NAME) || first - 1 === 0) return null;
  // "the firm's 350 employees": a possessive owns the count
  if (/['’]s$/u.test(before.text) || tagged(before, ['Possessive'])) return null;
  return isHeadline(tokens) ? null : 'after-name';
}

/** "Baker Street", "W. Main St.": capitalized words (and their abbreviating dots), then a street word. */
function street(model: Model, tokens: Token[], next: number): boolean {
  const words = new Set(model.numberWords.streets ?? []);
  let names = 0;
  for (let k = next; names <= STREET_WORDS; k++) {
    const t = tokens[k];
    if (t?.text === '.' && !t.spaceBefore && hasCapital(tokens[k - 1])) continue;
    if (!hasCapital(t)) return false;
    if (names > 0 && words.has((t as Token).lower)) return true;
    names++;
  }
  return false;
}

/** Digit groups side by side, one space or hyphen apart ("0845 125 2222", "(212) 555-1234"), and where they start. */
function digitRun(tokens: Token[], at: number): { first: number; run: Token[] } {
  const digits = (t: Token | undefined): boolean => Boolean(t && t.kind === 'number' && /^\d{2,5}$/.test(t.text));
  const joined = (k: number): boolean =>
    (tokens[k]?.spaceBefore && tokens[k]?.start === (tokens[k - 1]?.end ?? 0) + 1) ||
    (tokens[k - 1]?.text === '-' && !tokens[k - 1]?.spaceBefore && !tokens[k]?.spaceBefore && digits(tokens[k - 2]));
  let first = at;
  while (
    first > 0 &&
    digits(tokens[first]) &&
    joined(first) &&
    digits(tokens[first - (tokens[first - 1]?.text === '-' ? 2 : 1)])
  )
    first -= tokens[first - 1]?.text === '-' ? 2 : 1;
  const run = [tokens[first] as Token];
  for (let k = first + 1; k < tokens.length; k++) {
    const step = tokens[k]?.text === '-' ? k + 1 : k;
    if (!digits(tokens[step]) || !joined(step)) break;
    run.push(tokens[step] as Token);
    k = step;
  }
  return { first, run };
}

/**
 * A telephone number: digit groups whose first starts with a zero ("0845 125 2222"), or an area code
 * in brackets before them ("(212) 555-1234").
 */
export function phoneNumber(tokens: Token[], at: number): boolean {
  const { first: k, run } = digitRun(tokens, at);
  const head = run[0] as Token;
  // a trunk zero first ("0845 125 2222"); thousands in groups ("40 000") never start with one
  if (run.length >= 2 && /^0\d{2,}$/.test(head.text)) return true;
  const areaCode = (j: number): boolean =>
    tokens[j - 1]?.text === '(' && tokens[j + 1]?.text === ')' && /^\d{3}$/.test(tokens[j]?.text ?? '');
  // "(212) 555-1234": the area code, or the number after it
  return (areaCode(k) && tokens[k + 2]?.kind === 'number') || (tokens[k - 1]?.text === ')' && areaCode(k - 2));
}
