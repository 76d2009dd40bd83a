/**
 * Values of one fact are compared only when their sentences do not tell of two owners or two
 * days: "Google offered Lopez $160 million" and "Microsoft offered Lopez $184 million"
 * are two offers; "about 300 gathered on Friday" and "some 150 gathered on Tuesday" are two
 * gatherings. A fact that cannot stand beside the others leaves, the one at odds with
 * the most first, until every two values of different articles may be about one thing. A source
 * ("the White House said", "according to police") is who tells, not whose: it tells nothing apart.
 */
import { VERBS } from '../extract/quotes.js';
import type { Fact, FactGroup, QuantityMention, Token } from '../types.js';
import type { PersonAt } from './context.js';

/** What a value's sentence says of whose and when it is. */
export interface Qualifiers {
  /** People and organizations named near the value (canonical names). */
  owners: string[];
  /** ...and anywhere in its sentence. */
  named: string[];
  /** Days its sentence names (date intervals, in days), besides the value itself. */
  days: [number, number][];
}

/**
 * How far from a value its owner may be named: before it, as far as the clause's subject ("Google,
 * with its partners, offered Lopez an eight-year deal worth $160 million"); after it, a few words.
 */
const OWNER_BEFORE = 15;
const OWNER_AFTER = 6;

const SPEECH = new Set([...VERBS, 'say', 'according']);

/** "the White House said", "said a Kremlin aide", "according to police": who tells, not whose. */
function isSource(p: PersonAt, tokens: Token[]): boolean {
  const near = [
    ...tokens.slice(p.lastToken + 1, p.lastToken + 3),
    ...tokens.slice(Math.max(0, p.firstToken - 3), p.firstToken),
  ];
  return near.some((t) => SPEECH.has(t.lower));
}

/** The qualifiers of a value, from the people and the dates of its article. */
export function qualifiersOf(
  mention: QuantityMention,
  tokens: Token[],
  people: PersonAt[],
  dates: QuantityMention[],
): Qualifiers {
  const inSentence = people.filter((p) => p.sentence === mention.sentence && !isSource(p, tokens));
  const near = inSentence.filter(
    (p) => p.lastToken >= mention.firstToken - OWNER_BEFORE && p.firstToken <= mention.lastToken + OWNER_AFTER,
  );
  const days = dates
    .filter((d) => d.sentence === mention.sentence && d !== mention && d.start !== mention.start)
    .map((d) => [d.value.low, d.value.high] as [number, number]);
  return {
    owners: [...new Set(near.map((p) => p.name))],
    named: [...new Set(inSentence.map((p) => p.name))],
    days,
  };
}

/** Each names near its value someone the other sentence does not name ("Okafor ran for 88", "Brandt ran for 140"). */
export const twoOwners = (a: Qualifiers, b: Qualifiers): boolean => foreign(a, b) && foreign(b, a);
const foreign = (x: Qualifiers, y: Qualifiers): boolean => x.owners.some((n) => !y.named.includes(n));

/** Two owners, or days named that do not meet. */
export function apart(a: Qualifiers, b: Qualifiers): boolean {
  if (twoOwners(a, b)) return true;
  if (a.days.length === 0 || b.days.length === 0) return false;
  return !a.days.some(([lo, hi]) => b.days.some(([l, h]) => lo <= h && l <= hi));
}

/** The group without the facts that cannot stand beside the others (see the file's comment). */
export function withoutApart(group: FactGroup, qualifiers: (f: Fact) => Qualifiers | undefined): FactGroup {
  // an age is already tied to its person (src/align/anchor.ts), and is told on any day
  if (group.key.dimension === 'age') return group;
  let facts = group.facts.map((fact) => ({ fact, q: qualifiers(fact) })); // looked up once
  for (;;) {
    const odds = facts.map(
      (f) => facts.filter((g) => g.fact.article !== f.fact.article && f.q && g.q && apart(f.q, g.q)).length,
    );
    const most = Math.max(0, ...odds);
    if (most === 0) return facts.length === group.facts.length ? group : { ...group, facts: facts.map((f) => f.fact) };
    // the last of those most at odds leaves (the earlier articles keep their say)
    const index = odds.lastIndexOf(most);
    facts = facts.filter((_, i) => i !== index);
  }
}
