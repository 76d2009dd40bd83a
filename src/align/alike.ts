/**
 * Values no event word, cue or frame ties to a fact, paired across articles when their sentences
 * tell the same thing: the same kind of value, in the same slot (the counted thing, or a content
 * word right before or after the value), in sentences that share much of what they say (content
 * words weighed by how rare they are in the story), each the other's best match. A value paired
 * with one already tied to a fact joins that fact; values paired only with each other make a
 * fact of their own. No word list of what may be compared: the other article is the evidence.
 */
import { stemmer } from 'stemmer';
import { eng } from 'stopword';
import { overlaps } from '../normalize/interval.js';
import type { Fact, FactGroup, FactKey, Model, QuantityMention, Token } from '../types.js';
import { perModel } from '../model/derived.js';
import { addTo } from '../util/add-to.js';
import { MAIN_EVENT, nearestEvent } from './anchor.js';
import { headNoun } from './frames.js';
import { keyString } from './key.js';
import { twoOwners, type Qualifiers } from './qualifiers.js';
import { mayTellOneAct } from './acts.js';

/** How sure a pairing read from two sentences alone is. */
export const ALIKE_CONFIDENCE = 0.5;
/** Content words two sentences share, at least, to tell the same thing. */
const MIN_SHARED = 3;
/** Content words a sentence holds, at least, to tell what its value is of (a dateline does not). */
const MIN_CONTENT = 5;
/** ...and the share of the two sentences' content (by weight, twice the shared over the sum) they make, at least. */
const MIN_SHARE = 0.3;
/** A sentence with this many pairable values is a list... */
const CROWD = 3;
/** ...whose values pair only when this many words near them, besides the slot, are shared. */
const CROWD_NEAR = 2;
/** A runner-up within this share of the best score makes a tie: the sentences do not tell the two apart. */
const TIE = 0.15;
/** Tokens each side of a value read as its near context (it breaks ties between values of one sentence). */
const WINDOW = 6;
/** Tokens a slot word may stand from its value. */
const SLOT_REACH = 3;
/** Words that say who tells, not what: shared by sentences that tell different things. */
const TELLING = ['say', 'said', 'says', 'told', 'tell', 'according', 'reported', 'report', 'added', 'stated'];

const STOP = new Set([...eng, ...TELLING, 'its', 'not', 'no', 'will', 'has', 'have', 'been', 'who', 's']);

/** A value that may be paired: tied to a fact already (`key`) or not. */
export interface AlikeCandidate {
  article: string;
  mention: QuantityMention;
  tokens: Token[];
  /** The year or era the value is about, when not the article's own. */
  era?: string;
  key?: FactKey;
  /** For a date with no year written ("April 9"), the year it was read in: only dates of one year meet. */
  year?: number | null;
  /** Whose and when the value is (src/align/qualifiers.ts): two owners keep two values apart. */
  qualifiers?: Qualifiers;
  /** Its pairing class (pairingClass): values of two classes never pair. */
  pairing?: string;
}

/** A year in seconds (durations are in seconds): an offset back from "now" shorter than this needs one "now". */
const YEAR_S = 365 * 86_400;

/**
 * Which values a value may be paired with, or null when its sentence alone cannot say what it is
 * of. Values pair only within one class: a plain value with a plain value; a change ("up 5%") with a
 * change the same way; an offset ("two weeks ago", "a day later") with an offset by the same word,
 * and one counted back from the article's day ("ago") only with one of an article of that day, unless
 * it is a year or more; a part ("two of them") with a part; one number of a score or record ("27-24")
 * with the same place in a score whose other number is the same; a number after a capitalized word
 * that reading kept as a count (a title-case headline's "Kills 10"; names such as "Windows 11" are no
 * quantities: src/extract/named-numbers.ts) with a number after the same word. Not paired: one of a
 * list of numbers ("aged 9 and 14", which two articles may give in either order), a conversion in
 * brackets, a clock time, a date with neither its day nor its year written (a weekday or "yesterday"
 * is told from each article's own day).
 */
export function pairingClass(
  mention: QuantityMention,
  tokens: Token[],
  day?: string,
  countdown: readonly string[] = [],
): string | null {
  const { value, firstToken, lastToken } = mention;
  const [before, after] = [tokens[firstToken - 1], tokens[lastToken + 1]];
  const listed = (k: number, step: 1 | -1): boolean =>
    ['and', 'or'].includes(tokens[k]?.lower ?? '') && tokens[k + step]?.kind === 'number';
  if (listed(firstToken - 1, -1) || listed(lastToken + 1, 1)) return null;
  // "less than 40 km (25 miles)": a conversion in brackets restates the value before it
  if (before?.text === '(' && tokens.slice(Math.max(0, firstToken - 4), firstToken - 1).some(isNumber)) return null;
  // a clock time is told of many moments (a poll's opening, a status "as of 4 p.m.", a page's update)
  if (value.dimension === 'time-of-day') return null;
  // ...and so is a countdown's ("with five minutes remaining"): each play has its own
  if (value.dimension === 'duration' && countdown.some((words) => followedBy(tokens, lastToken + 1, words)))
    return null;
  if (value.dimension === 'date' && !/\d/.test(mention.text)) return null;
  if (value.trend) return `change ${value.trend}`;
  if (mention.role === 'offset') {
    const word = after?.kind === 'word' ? after.lower : 'back';
    const fromNow = word === 'ago' || word === 'back';
    return fromNow && value.high < YEAR_S ? `offset ${word} on ${day ?? `? ${mention.start}`}` : `offset ${word}`;
  }
  if (mention.frame?.part) return 'part';
  const joined = (k: number, step: 1 | -1): string | null =>
    ['-', '–', '/'].includes(tokens[k]?.text ?? '') && tokens[k + step]?.kind === 'number'
      ? (tokens[k + step] as Token).text
      : null;
  const [joinedBefore, joinedAfter] = [joined(firstToken - 1, -1), joined(lastToken + 1, 1)];
  if (joinedBefore !== null || joinedAfter !== null) return `score ${joinedBefore ?? ''}_${joinedAfter ?? ''}`;
  if (value.dimension !== 'count') return '';
  // "Windows 11", "the 49ers": a number a name holds
  if (firstToken > 1 && before?.kind === 'word' && /^\p{Lu}/u.test(before.text)) return `name ${before.lower}`;
  if (after?.kind === 'word' && !after.spaceBefore) return `name _${after.lower}`;
  return Number.isInteger(value.amount) ? '' : 'fraction';
}

const isNumber = (t: Token): boolean => t.kind === 'number';

/** Whether the words (space-separated, lower case) stand at `from`. */
const followedBy = (tokens: Token[], from: number, words: string): boolean =>
  words.split(' ').every((w, i) => tokens[from + i]?.lower === w);

/** Stems of the content words of each token (null for the rest), cached per word form. */
type Stemmer = (t: Token) => string | null;

/** Number words ("two", "dozen", "million"): values, not content. */
const numberWordsOf = perModel(({ numberWords: w }) => new Set(Object.keys({ ...w.units, ...w.tens, ...w.scales })));

function stemmerOf(model: Model): Stemmer {
  const cache = new Map<string, string | null>();
  const numberWords = numberWordsOf(model);
  return (t) => {
    if (t.kind !== 'word') return null;
    let stem = cache.get(t.lower);
    if (stem === undefined) {
      const skip = t.lower.length < 2 || STOP.has(t.lower) || numberWords.has(t.lower);
      cache.set(t.lower, (stem = skip ? null : stemmer(t.lower)));
    }
    return stem;
  };
}

interface Reading {
  candidate: AlikeCandidate;
  index: number;
  sentence: Set<string>;
  weight: number;
  near: Set<string>;
  slots: string[];
  thing: string | null;
  /** How many values of the sentence may be paired: many make a list ("9 carries, 55 yards, five catches"). */
  crowd: number;
  /** The stem of the word right after the value ("13 fully loaded magazines": "fulli"). */
  next: string | null;
  kind: string;
  /** The lemma of the verb that governs the value, if read. */
  act: string | undefined;
}

/** The story's words and how to weigh them, and whether two verbs may tell one act. */
interface Judge {
  weight: (s: string) => number;
  oneAct: (a: string | undefined, b: string | undefined) => boolean;
}

/** The weight of each stem in the story: rare stems say more (inverse sentence frequency). */
function weights(sentences: Token[][], stem: Stemmer): (s: string) => number {
  const df = new Map<string, number>();
  for (const tokens of sentences) {
    const seen = new Set<string>();
    for (const t of tokens) {
      const s = stem(t);
      if (s && !seen.has(s)) (seen.add(s), df.set(s, (df.get(s) ?? 0) + 1));
    }
  }
  const n = sentences.length + 1;
  return (s) => Math.log(n / (df.get(s) ?? 1));
}

/** The nearest content word within SLOT_REACH tokens, walking by `step` from `from`. */
function slotWord(tokens: Token[], from: number, step: 1 | -1, stem: Stemmer): string | null {
  for (let k = from, seen = 0; k >= 0 && k < tokens.length && seen < SLOT_REACH; k += step) {
    const t = tokens[k] as Token;
    if (t.text === ';' || t.text === ':' || t.text === '.') return null;
    if (t.kind === 'punct') continue;
    seen++;
    const s = stem(t);
    if (s) return s;
  }
  return null;
}

function readingOf(
  c: AlikeCandidate,
  index: number,
  crowd: number,
  stem: Stemmer,
  weight: (s: string) => number,
): Reading {
  const { mention, tokens } = c;
  const sentence = new Set<string>();
  const near = new Set<string>();
  tokens.forEach((t, k) => {
    if (k >= mention.firstToken && k <= mention.lastToken) return;
    const s = stem(t);
    if (!s) return;
    sentence.add(s);
    if (k < mention.firstToken - WINDOW || k > mention.lastToken + WINDOW) return;
    near.add(s);
  });
  const head = headNoun(mention.frame);
  const thing = head ? stemmer(head) : null;
  const before = slotWord(tokens, mention.firstToken - 1, -1, stem);
  const after = slotWord(tokens, mention.lastToken + 1, 1, stem);
  const slots = [...new Set([thing, before, after].filter((s): s is string => Boolean(s)))];
  const { value } = mention;
  // a rate ("$22 million per season") and a total ("$200 million") are two facts, whatever the sentences share
  const money = value.dimension === 'money' ? value.unit : '';
  const kind = [value.dimension, money, value.per ?? '', c.era, c.year, c.pairing].join('|');
  let total = 0;
  for (const s of sentence) total += weight(s);
  const following = tokens[mention.lastToken + 1];
  const next = following ? stem(following) : null;
  return {
    candidate: c,
    index,
    sentence,
    weight: total,
    near,
    slots,
    thing,
    next,
    kind,
    crowd,
    act: mention.frame?.predicate,
  };
}

/** Things counted agree: both the same, or neither named, or one named right after the other's value. */
function sameThing(a: Reading, b: Reading): boolean {
  if (a.thing && b.thing) return a.thing === b.thing;
  if (a.thing) return b.next === a.thing;
  if (b.thing) return a.next === b.thing;
  return true;
}

/** How alike two values' sentences are, or null when they do not tell the same thing. */
function likeness(a: Reading, b: Reading, { weight, oneAct }: Judge): number | null {
  if (a.kind !== b.kind || !sameThing(a, b) || !a.slots.some((s) => b.slots.includes(s))) return null;
  if (!oneAct(a.act, b.act)) return null;
  let shared = 0;
  let sharedWeight = 0;
  for (const s of a.sentence)
    if (b.sentence.has(s)) {
      shared++;
      sharedWeight += weight(s);
    }
  if (a.sentence.size < MIN_CONTENT || b.sentence.size < MIN_CONTENT) return null;
  if (shared < MIN_SHARED || 2 * sharedWeight < MIN_SHARE * (a.weight + b.weight)) return null;
  const [qa, qb] = [a.candidate.qualifiers, b.candidate.qualifiers];
  if (qa && qb && twoOwners(qa, qb)) return null;
  let nearWeight = 0;
  let nearShared = 0;
  for (const s of a.near)
    if (b.near.has(s)) {
      nearWeight += weight(s);
      if (!a.slots.includes(s)) nearShared++;
    }
  // in a list of values, the words right around each value tell them apart
  if (Math.max(a.crowd, b.crowd) >= CROWD && nearShared < CROWD_NEAR) return null;
  return sharedWeight + nearWeight;
}

/** A value's best partner in one other article; `tied` when two partners match it equally well. */
interface Best {
  partner: number;
  score: number;
  /** The best score of any other partner. */
  second: number;
  tied: boolean;
}

/** Each value's best partner in each other article, by `${index}|${article}`. */
function bestPartners(readings: Reading[], judge: Judge): Map<string, Best> {
  const bySlot = new Map<string, Reading[]>();
  for (const r of readings) for (const s of r.slots) addTo(bySlot, `${r.kind}|${s}`, r);
  const best = new Map<string, Best>();
  const offer = (from: Reading, to: Reading, score: number): void => {
    const id = `${from.index}|${to.candidate.article}`;
    const held = best.get(id) ?? { partner: to.index, score: -Infinity, second: -Infinity, tied: false };
    if (held.partner === to.index) held.score = Math.max(held.score, score);
    else if (score > held.score) [held.partner, held.second, held.score] = [to.index, held.score, score];
    else held.second = Math.max(held.second, score);
    held.tied = held.second >= held.score * (1 - TIE);
    best.set(id, held);
  };
  for (const a of readings) {
    // values tied by an event word or a cue stay where they are; values tied by grammar alone may meet
    if (a.candidate.key && !a.candidate.key.frame) continue;
    const seen = new Set<number>();
    for (const s of a.slots)
      for (const b of bySlot.get(`${a.kind}|${s}`) ?? []) {
        if (b.candidate.article === a.candidate.article || seen.has(b.index)) continue;
        seen.add(b.index);
        if (a.candidate.key && (!b.candidate.key?.frame || sameKey(a.candidate.key, b.candidate.key))) continue;
        const score = likeness(a, b, judge);
        if (score === null) continue;
        offer(a, b, score);
        offer(b, a, score);
      }
  }
  return best;
}

/** Pairs of values each the other's one best match (a tie is no match: "aged 9 and 14" against "14 and 9"). */
function mutualPairs(readings: Reading[], best: Map<string, Best>): [number, number][] {
  const pairs: [number, number][] = [];
  for (const [id, { partner, tied }] of best) {
    const a = Number(id.slice(0, id.indexOf('|')));
    const back = best.get(`${partner}|${readings[a]?.candidate.article}`);
    if (!tied && back && !back.tied && back.partner === a && a < partner) pairs.push([a, partner]);
  }
  return pairs;
}

/** Union-find roots over the accepted pairs. */
function componentsOf(size: number, pairs: [number, number][]): number[][] {
  const parent = Array.from({ length: size }, (_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i] as number)));
  for (const [a, b] of pairs) parent[root(a)] = root(b);
  const members = new Map<number, number[]>();
  for (const i of new Set(pairs.flat())) addTo(members, root(i), i);
  return [...members.values()];
}

const NOUN: Partial<Record<string, string>> = { count: 'figure', money: 'amount', 'time-of-day': 'time' };

/** "figure in 'kept ... in store'": the value's own words around it, for messages. */
function labelOf(c: AlikeCandidate): string {
  const { mention, tokens } = c;
  if (mention.value.dimension === 'count' && mention.frame?.written) return `number of ${mention.frame.written}`;
  // the words as written, spaced as in the text
  const words = (from: number, to: number): string =>
    tokens
      .slice(Math.max(0, from), Math.max(0, to))
      .map((t, i) => (i > 0 && t.spaceBefore ? ` ${t.text}` : t.text))
      .join('');
  const [before, after] = [mention.firstToken - 4, mention.lastToken + 1];
  const phrase = `${words(before, mention.firstToken)} … ${words(after, after + 4)}`;
  return `${NOUN[mention.value.dimension] ?? mention.value.dimension} in "${phrase.trim()}"`;
}

/**
 * Pairs the candidates and returns what to add: facts for groups that exist (by key) and new
 * groups. A component tied to two different keys, or holding two values of one article that
 * cannot both be true, is left alone: the sentences do not tell which is which.
 */
export function pairAlike(model: Model, candidates: AlikeCandidate[], sentences: Token[][]): Paired {
  const stem = stemmerOf(model);
  const weight = weights(sentences, stem);
  const crowds = new Map<string, number>();
  const at = (c: AlikeCandidate): string => `${c.article}|${c.mention.sentence}`;
  for (const c of candidates) crowds.set(at(c), (crowds.get(at(c)) ?? 0) + 1);
  const readings = candidates.map((c, i) => readingOf(c, i, crowds.get(at(c)) ?? 1, stem, weight));
  const judge: Judge = { weight, oneAct: (a, b) => mayTellOneAct(model, a, b) };
  const pairs = mutualPairs(readings, bestPartners(readings, judge));
  const joins: Paired['joins'] = [];
  const moves: Paired['moves'] = [];
  const groups: FactGroup[] = [];
  for (const component of componentsOf(readings.length, pairs)) {
    // every two of its sentences tell the same thing, not only each with the next
    if (
      !clique(
        component.map((i) => readings[i] as Reading),
        judge,
      )
    )
      continue;
    const members = component.map((i) => candidates[i] as AlikeCandidate).sort(byPlace);
    const keys = new Map(members.filter((m) => m.key).map((m) => [keyString(m.key as FactKey), m.key as FactKey]));
    if (torn(members) || (keys.size > 1 && [...keys.values()].some((k) => !k.frame))) continue;
    // facts read from grammar under two keys ("40 teams are competing for", "52 teams vie for"): the
    // key most members hold takes the others
    const tied = mostHeld(members);
    for (const m of members)
      if (tied && m.key && !sameKey(m.key, tied))
        moves.push({ from: m.key, to: tied, article: m.article, mention: m.mention });
    const key = tied ?? keyOf(model, members[0] as AlikeCandidate, groups.length);
    const taken = new Set(members.filter((m) => m.key && sameKey(m.key, tied ?? m.key)).map((m) => m.article));
    const facts = members
      .filter((m) => !m.key && !taken.has(m.article) && (taken.add(m.article), true))
      .map((m) => ({ key, article: m.article, mention: m.mention, confidence: ALIKE_CONFIDENCE }));
    if (tied) joins.push(...facts.map((fact) => ({ key: tied, fact })));
    else if (facts.length > 1) groups.push({ key, facts });
  }
  return { joins, moves, groups };
}

/** What pairing adds: facts joining a fact that exists, facts moving from one frame fact to another, new facts. */
export interface Paired {
  joins: { key: FactKey; fact: Fact }[];
  moves: { from: FactKey; to: FactKey; article: string; mention: QuantityMention }[];
  groups: FactGroup[];
}

const sameKey = (a: FactKey, b: FactKey): boolean => keyString(a) === keyString(b);

/** The key most members hold (ties: the first), or undefined when none holds one. */
function mostHeld(members: AlikeCandidate[]): FactKey | undefined {
  const counts = new Map<string, { key: FactKey; n: number }>();
  for (const m of members) {
    if (!m.key) continue;
    const id = keyString(m.key);
    const held = counts.get(id) ?? { key: m.key, n: 0 };
    held.n++;
    counts.set(id, held);
  }
  let best: { key: FactKey; n: number } | undefined;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best?.key;
}

function clique(members: Reading[], judge: Judge): boolean {
  return members.every((a) =>
    members.every((b) => a.candidate.article === b.candidate.article || likeness(a, b, judge) !== null),
  );
}

const byPlace = (a: AlikeCandidate, b: AlikeCandidate): number =>
  a.article < b.article ? -1 : a.article > b.article ? 1 : a.mention.start - b.mention.start;

/** Two values of one article in one component that cannot both be true. */
function torn(members: AlikeCandidate[]): boolean {
  return members.some((a) =>
    members.some((b) => a !== b && a.article === b.article && !overlaps(a.mention.value, b.mention.value)),
  );
}

function keyOf(model: Model, c: AlikeCandidate, n: number): FactKey {
  const label = labelOf(c);
  return {
    subject: nearestEvent(model, c.mention, c.tokens)?.event ?? MAIN_EVENT,
    attribute: `told alike ${n + 1}: ${label}`,
    dimension: c.mention.value.dimension,
    ...(c.mention.value.dimension === 'money' && c.mention.value.unit ? { qualifier: c.mention.value.unit } : {}),
    ...(c.era ? { era: c.era } : {}),
    alike: true,
    label,
  };
}
