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
import { clauseOf } from './identity.js';
import { kindOf } from '../text/place-kinds.js';
import { overlaps } from '../normalize/interval.js';

/** What a value's sentence says of whose and when it is. */
export interface Qualifiers {
  /** People and organizations named near the value (canonical names). */
  owners: string[];
  /** ...and anywhere in its sentence. */
  named: string[];
  /**
   * The organizations among `owners` and among `named`, in the value's clause: what a value keyed by its
   * sentence alone is told by.
   */
  organizations?: { owners: string[]; named: string[] };
  /** Days its sentence names (date intervals, in days), besides the value itself. */
  days: [number, number][];
  /**
   * Which event of the story's kind it is about: the identity figures (a magnitude) its sentence
   * gives, else its article's first, by dimension, each widened by its tolerance (model/events.json).
   */
  identity?: Record<string, [number, number][]>;
  /** The part of the event its clause puts it in ("during the run", "in the sixth round"): its noun, or "". */
  part?: string;
  /** Places its sentence names with their kind ("camp:Tolna"): two places of one kind are two places. */
  places?: string[];
  /** The days its article's lead names: the day its story happened, as that article tells it. */
  leadDays?: [number, number][];
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

/** The qualifiers of a value, from the people, the dates and the identity figures of its article. */
export function qualifiersOf(
  mention: QuantityMention,
  tokens: Token[],
  people: PersonAt[],
  dates: QuantityMention[],
  identities: IdentityFigures = { tolerance: {}, mentions: [] },
  partial: PartialWords = { before: new Set(), ordinals: new Set() },
  places: string[] = [],
  leadDays: [number, number][] = [],
): Qualifiers {
  const inSentence = people.filter((p) => p.sentence === mention.sentence && !isSource(p, tokens));
  const near = inSentence.filter(
    (p) => p.lastToken >= mention.firstToken - OWNER_BEFORE && p.firstToken <= mention.lastToken + OWNER_AFTER,
  );
  const days = dates
    .filter((d) => d.sentence === mention.sentence && d !== mention && d.start !== mention.start)
    .map((d) => [d.value.low, d.value.high] as [number, number]);
  const identity = identityOf(mention, identities);
  // organizations of the value's own clause: one named in a trailing attribution ("..., according to
  // papers filed with the council") or as a beneficiary elsewhere tells no other owner
  const [start, end] = clauseOf(mention, tokens);
  const organizations = (list: PersonAt[]): string[] => [
    ...new Set(
      list.filter((p) => p.type === 'organization' && p.firstToken >= start && p.lastToken <= end).map((p) => p.name),
    ),
  ];
  return {
    owners: [...new Set(near.map((p) => p.name))],
    named: [...new Set(inSentence.map((p) => p.name))],
    organizations: { owners: organizations(near), named: organizations(inSentence) },
    days,
    ...(identity ? { identity } : {}),
    part: partOf(mention, tokens, partial),
    ...(places.length > 0 ? { places } : {}),
    ...(leadDays.length > 0 ? { leadDays } : {}),
  };
}

/** Words that put a value in a part of the event (model/attributes.json `partial`). */
export interface PartialWords {
  before: ReadonlySet<string>;
  ordinals: ReadonlySet<string>;
  /** Whether a noun names an event of the story's kinds: "killed during the attack" is the whole attack. */
  isEvent?: (noun: string) => boolean;
  /** Weekday names, lower case: "Saturday's protests" is one day of several. */
  weekdays?: ReadonlySet<string>;
}

/** Words that end the phrase a part's noun heads. */
const PHRASE_END = new Set(['of', 'on', 'in', 'at', 'for', 'with', 'by', 'to', 'from', 'and', 'when', 'as']);
/** How far a part's noun may stand after its opening word ("during the game's deciding 15-2 run"). */
const PART_REACH = 6;
/** A sentence's opening phrase, up to its first comma, is read as scoping the sentence when this short. */
const OPENER = 12;

/**
 * The part of the event the value's clause (with the sentence's opener) puts it in: the noun that
 * ends a "during ..." phrase (not an event word: "during the attack" is all of it), or the noun
 * after "in the <ordinal>"; "" when none.
 */
function partOf(mention: QuantityMention, tokens: Token[], words: PartialWords): string {
  const [start, end] = clauseOf(mention, tokens);
  // the sentence's opening phrase scopes all of it ("During the deciding run, ... blocked two shots")
  const comma = tokens.findIndex((t) => t.text === ',');
  const ranges: [number, number][] = [[start, end]];
  if (comma > 0 && comma <= OPENER) ranges.push([0, comma - 1]);
  for (const [from, to] of ranges)
    for (let k = from; k <= to; k++) {
      if (k >= mention.firstToken && k <= mention.lastToken) continue;
      const t = tokens[k] as Token;
      if (words.before.has(t.lower)) {
        let noun = '';
        // the phrase's head: its last word before punctuation or a preposition ("during the attack on the market")
        for (let j = k + 1; j <= Math.min(to, k + PART_REACH) && tokens[j]?.kind !== 'punct'; j++) {
          if (PHRASE_END.has((tokens[j] as Token).lower)) break;
          if (tokens[j]?.kind === 'word') noun = (tokens[j] as Token).lower;
        }
        if (noun && !words.isEvent?.(noun)) return noun;
      }
      if (t.lower === 'in' && tokens[k + 1]?.lower === 'the' && words.ordinals.has(tokens[k + 2]?.lower ?? ''))
        return tokens[k + 3]?.kind === 'word' ? (tokens[k + 3] as Token).lower : '';
      const day = dayOfSeveral(tokens, k, words.weekdays);
      if (day) return day;
    }
  return '';
}

/**
 * "Saturday's protests", "Monday night's clashes": one day of events that went on for several
 * (the plural says so), named at token k: the value is of that day's part. A day's single event
 * ("Sunday's earthquake") is the whole.
 */
function dayOfSeveral(tokens: Token[], k: number, weekdays: ReadonlySet<string> | undefined): string | undefined {
  const possessive = /^(\p{L}+)['’]s$/u.exec(tokens[k]?.lower ?? '');
  const day = possessive?.[1] ?? '';
  const named = weekdays?.has(day) || (weekdays?.has(tokens[k - 1]?.lower ?? '') && PARTS_OF_DAY.has(day));
  if (!possessive || !named) return undefined;
  const next = tokens[k + 1];
  return next?.kind === 'word' && /^\p{Ll}+s$/u.test(next.text) ? `day:${day}` : undefined;
}

/** Parts of a day after a weekday ("Monday night's"). */
const PARTS_OF_DAY = new Set(['night', 'morning', 'afternoon', 'evening']);

/** An article's identity figures (in text order) and how far apart two of a dimension may be. */
export interface IdentityFigures {
  tolerance: Partial<Record<string, number>>;
  mentions: QuantityMention[];
  /** The value is about another time than the article's: its article's first figure does not name its event. */
  past?: boolean;
}

/**
 * The identity figures of the value's sentence, else the article's first of each dimension ("a
 * 3.8 quake at 0440 GMT" is another quake than the 6.1 the article leads with). A figure is not its own identity.
 */
function identityOf(mention: QuantityMention, figures: IdentityFigures): Record<string, [number, number][]> | null {
  const result: Record<string, [number, number][]> = {};
  for (const [dimension, tolerance = 0] of Object.entries(figures.tolerance)) {
    if (mention.value.dimension === dimension) continue;
    const all = figures.mentions.filter((m) => m.value.dimension === dimension);
    const own = all.filter((m) => m.sentence === mention.sentence);
    const chosen = own.length > 0 || figures.past ? own : all.slice(0, 1);
    if (chosen.length > 0)
      result[dimension] = chosen.map((m) => [m.value.low - tolerance, m.value.high + tolerance] as [number, number]);
  }
  return Object.keys(result).length > 0 ? result : null;
}

const meet = (a: [number, number][], b: [number, number][]): boolean =>
  a.some(([lo, hi]) => b.some(([l, h]) => lo <= h && l <= hi));

/** Each names near its value someone the other sentence does not name ("Okafor ran for 88", "Brandt ran for 140"). */
export const twoOwners = (a: Qualifiers, b: Qualifiers): boolean => foreign(a, b) && foreign(b, a);
const foreign = (x: Qualifiers, y: Qualifiers): boolean => x.owners.some((n) => !y.named.includes(n));
/**
 * For a value keyed by its grammar or its sentence alone: one side's owning organization the other's
 * sentence does not name, while that sentence names an organization the first does not ("elected to the
 * Acme board in 1995" against "in 2004 he was named head of the Dalen Guild"). People are left out: a
 * player or a coach named beside a team's figure is no other owner.
 */
const twoNamed = (a: Qualifiers, b: Qualifiers): boolean => otherBody(a, b) || otherBody(b, a);
const otherBody = (x: Qualifiers, y: Qualifiers): boolean => {
  const [mine, theirs] = [x.organizations, y.organizations];
  if (!mine || !theirs) return false;
  return mine.owners.some((n) => !theirs.named.includes(n)) && theirs.named.some((n) => !mine.named.includes(n));
};

/**
 * A value whose sentence names no day, in an article whose lead tells of other days than the day
 * the other value's sentence names ("on Wednesday evening 200 people walked" against
 * "nearly 100 walked" in an article about Monday's unrest): two evenings, for values keyed by their
 * grammar or their sentences alone.
 */
function otherDay(a: Qualifiers, b: Qualifiers): boolean {
  const lead = a.leadDays ?? [];
  return a.days.length === 0 && b.days.length > 0 && lead.length > 0 && !meet(lead, b.days);
}

/**
 * Two owners, two parts of the event (or a part and the whole), days or identity figures that do
 * not meet; for a value keyed by grammar alone (`weak`), also a day against the other's article's lead.
 */
export function apart(a: Qualifiers, b: Qualifiers, weak = false): boolean {
  if (weak && (otherDay(a, b) || otherDay(b, a) || twoNamed(a, b))) return true;
  if (twoOwners(a, b)) return true;
  if ((a.part ?? '') !== (b.part ?? '')) return true;
  for (const [dimension, figures] of Object.entries(a.identity ?? {})) {
    const other = b.identity?.[dimension];
    if (other && !meet(figures, other)) return true;
  }
  if (otherPlaces(a.places ?? [], b.places ?? [])) return true;
  if (a.days.length === 0 || b.days.length === 0) return false;
  return !meet(a.days, b.days);
}

/** Places of one kind named on both sides, none the same ("camp:Tolna" and "camp:Merva"). */
function otherPlaces(a: string[], b: string[]): boolean {
  return a.some((p) => b.some((q) => kindOf(q) === kindOf(p))) && !a.some((p) => b.includes(p));
}

/** The group without the facts that cannot stand beside the others (see the file's comment). */
export function withoutApart(group: FactGroup, qualifiers: (f: Fact) => Qualifiers | undefined): FactGroup {
  // an age is already tied to its person (src/align/anchor.ts), and is told on any day
  if (group.key.dimension === 'age') return group;
  let facts = group.facts.map((fact) => ({ fact, q: qualifiers(fact) })); // looked up once
  const weak = Boolean(group.key.frame || group.key.alike);
  for (;;) {
    const odds = facts.map(
      (f) => facts.filter((g) => g.fact.article !== f.fact.article && f.q && g.q && apart(f.q, g.q, weak)).length,
    );
    const most = Math.max(0, ...odds);
    if (most === 0) return facts.length === group.facts.length ? group : { ...group, facts: facts.map((f) => f.fact) };
    // of those most at odds, the one whose value the fewest other articles give leaves (a lone figure at
    // odds with one of several that agree is the other fact); then the last (the earlier keep their say)
    const support = facts.map((f, i) =>
      odds[i] === most
        ? facts.filter((g) => g.fact.article !== f.fact.article && overlaps(g.fact.mention.value, f.fact.mention.value))
            .length
        : Infinity,
    );
    const fewest = Math.min(...support);
    const index = support.lastIndexOf(fewest);
    facts = facts.filter((_, i) => i !== index);
  }
}
