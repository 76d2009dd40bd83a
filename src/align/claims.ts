/**
 * Claim frames: who took which side on which proposal. "The senator voiced cautious support for
 * the plan" is (the senator, support, hedged, the proposal the sentence before named); "no
 * commitment was made to the 48-hour strike" is (the clause's holder, undecided, the 48-hour
 * strike); "the truce Norway had accepted" is (Norway, support, the truce). The words are
 * data (model/stances.json); holders are the entities the article names, proposals are named by
 * their kind and the words that tell which one ("30-day", "energy").
 */
import { perModel } from '../model/derived.js';
import { PhraseTable } from '../text/phrases.js';
import { addTo } from '../util/add-to.js';
import type { EntityMention, Model, Span, Token, TokenizedArticle } from '../types.js';

export type Stance = 'support' | 'oppose' | 'undecided';

export interface Proposal {
  /** The kind ("ceasefire"), from model/stances.json `proposals`. */
  kind: string;
  /** The words that tell which one, sorted ("30-day"; "energy", "infrastructure"). */
  qualifiers: string[];
}

export interface Claim {
  path: string;
  /** The entity mention that holds the stance. */
  holder: EntityMention;
  stance: Stance;
  /** Softened ("cautious support"). */
  hedged: boolean;
  proposal: Proposal;
  /** From the first word of the stance to the end of the proposal's words: what evidence quotes. */
  span: Span;
}

const tables = perModel(({ stances }) => ({
  stance: new PhraseTable<'support' | 'oppose'>([
    ...stances.support.map((w): [string, 'support'] => [w, 'support']),
    ...stances.oppose.map((w): [string, 'oppose'] => [w, 'oppose']),
  ]),
  undecided: new PhraseTable<true>(stances.undecided.map((w): [string, true] => [w, true])),
  negators: new Set(stances.negators),
  hedges: new Set(stances.hedges),
  kinds: new Map(Object.entries(stances.proposals).flatMap(([kind, heads]) => heads.map((h) => [h, kind] as const))),
  references: new Set(stances.references),
  plain: new Set(stances.plainQualifiers),
}));

/** Words that end a clause: what a stance and its proposal must lie within. */
const CLAUSE_ENDS = new Set([',', ';', ':', '.', '!', '?', 'but', 'while', 'although', 'though', 'whereas', 'yet']);
/** How many tokens after a stance word its proposal may start; how far back its negation or hedge may be. */
const REACH = 10;
const NEGATION_REACH = 4;
/** How many sentences back a reference ("the initiative") looks for the proposal it means. */
const BACK_SENTENCES = 1;
/** Title words that may stand between "by" and a holder's name ("backed by President Ana Ruiz"). */
const TITLE_WORDS = 3;
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'who']);
const POSSESSIVE = /['’]s$/u;
const PREPOSITIONS = new Set(['for', 'to', 'of', 'on', 'against']);

interface Named {
  proposal: Proposal;
  sentence: number;
  /** Token index of its head, and where its words end. */
  head: number;
  end: number;
}

/** Every claim of one article: its stance words, each with a holder and a proposal, else none. */
export function claimsOf(model: Model, article: TokenizedArticle, names: EntityMention[]): Claim[] {
  const t = tables(model);
  const named = namedProposals(model, article);
  // the names of each sentence, grouped once (not filtered from the article's names per sentence)
  const bySentence = new Map<number, EntityMention[]>();
  for (const n of names) addTo(bySentence, n.sentence, n);
  const claims: Claim[] = [];
  article.tokens.forEach((tokens, s) => {
    const people = bySentence.get(s) ?? [];
    for (let i = 0; i < tokens.length; i++) {
      const match = t.stance.startingAt(tokens, i);
      if (!match) continue;
      const claim = readClaim(model, article, s, match, named, people, bySentence.get(s - 1) ?? []);
      if (claim) claims.push(claim);
      i = match.next - 1;
    }
  });
  return claims;
}

function readClaim(
  model: Model,
  article: TokenizedArticle,
  s: number,
  match: { value: 'support' | 'oppose'; first: number; next: number },
  named: Named[],
  people: EntityMention[],
  /** The names of the sentence before: what a pronoun may stand for when its own sentence names none. */
  previous: EntityMention[],
): Claim | null {
  const t = tables(model);
  const tokens = article.tokens[s] as Token[];
  const start = clauseStart(tokens, match.first);
  const hedged = t.hedges.has(tokens[match.first - 1]?.lower ?? '');
  // the side taken, read from where the stance's own clause starts: a denial there makes it undecided
  const side = (from: number): Stance | null => {
    if (!undecidedBefore(model, tokens, from, match.first)) return match.value;
    return match.value === 'oppose' ? null : 'undecided'; // "did not reject" says no side
  };
  // "the truce endorsed by Sweden and backed by Norway": the holder follows, the proposal came before
  if (tokens[match.next]?.lower === 'by') {
    const holder = people.find((p) => p.firstToken > match.next && p.firstToken <= match.next + TITLE_WORDS);
    const before = named.filter((n) => n.sentence === s && n.end <= match.first).at(-1);
    const stance = before ? side(before.end) : null;
    if (!holder || !before || !stance) return null;
    return claim(article, holder, stance, hedged, before.proposal, tokens, match.first, match.next);
  }
  const after = proposalAfter(model, tokens, match.next, s, named);
  if (after) {
    const holder = holderBefore(people, previous, tokens, match.first);
    const stance = side(start);
    if (!holder || !stance) return null;
    return claim(article, holder, stance, hedged, after.proposal, tokens, match.first, after.end);
  }
  // "the 30-day truce Norway had already accepted": the holder just before, the proposal before it
  const holder = people.filter((p) => p.lastToken < match.first && p.firstToken >= start - 1).at(-1);
  if (!holder) return null;
  const before = named.filter((n) => n.sentence === s && n.end <= holder.firstToken).at(-1);
  const stance = side(holder.firstToken);
  if (!before || !stance || holder.firstToken - before.end > 2) return null;
  return claim(article, holder, stance, hedged, before.proposal, tokens, match.first, match.next);
}

function claim(
  article: TokenizedArticle,
  holder: EntityMention,
  stance: Stance,
  hedged: boolean,
  proposal: Proposal,
  tokens: Token[],
  first: number,
  next: number,
): Claim {
  const span = { start: (tokens[first] as Token).start, end: (tokens[next - 1] as Token).end };
  return { path: article.article.path, holder, stance, hedged, proposal, span };
}

/** Where the clause holding token `i` starts. */
function clauseStart(tokens: Token[], i: number): number {
  let k = i - 1;
  while (k >= 0 && !CLAUSE_ENDS.has((tokens[k] as Token).lower)) k--;
  return k + 1;
}

/** Whether the clause says, before the stance word, that no side was taken ("did not", "has not indicated whether"). */
function undecidedBefore(model: Model, tokens: Token[], start: number, i: number): boolean {
  const t = tables(model);
  for (let k = Math.max(start, i - NEGATION_REACH); k < i; k++) {
    const lower = (tokens[k] as Token).lower;
    if (t.negators.has(lower) || lower.endsWith("n't") || lower.endsWith('n’t')) return true;
  }
  for (let k = start; k < i; k++) if (t.undecided.startingAt(tokens, k)) return true;
  return false;
}

/** The proposal a stance word is taken on, when the clause names it after the word. */
function proposalAfter(model: Model, tokens: Token[], from: number, s: number, named: Named[]): Named | null {
  const t = tables(model);
  for (let k = from; k < Math.min(tokens.length, from + REACH); k++) {
    const word = (tokens[k] as Token).lower;
    if (CLAUSE_ENDS.has(word)) return null;
    const own = named.find((n) => n.sentence === s && n.head === k);
    if (own) return own;
    if (!t.references.has(word)) continue;
    // "the proposal for a 30-day truce", "the offer to halt strikes": the proposal it is for
    if (PREPOSITIONS.has(tokens[k + 1]?.lower ?? '')) {
      const meant = proposalAfter(model, tokens, k + 2, s, named);
      if (meant) return meant;
    }
    // "the initiative": the last proposal named before, in this sentence or the one before
    const before = named.filter(
      (n) => (n.sentence === s && n.head < k) || (n.sentence < s && n.sentence >= s - BACK_SENTENCES),
    );
    const last = before.at(-1);
    return last ? { ...last, sentence: s, head: k, end: k + 1 } : null;
  }
  return null;
}

/**
 * The clause's holder: the last name before the stance word that is not a possessive ("the mayor's
 * offer"), or the name a pronoun stands for.
 */
function holderBefore(
  people: EntityMention[],
  previous: EntityMention[],
  tokens: Token[],
  i: number,
): EntityMention | null {
  // "the union's support for": the possessive right before a stance noun holds it
  const owner = people.find((p) => p.lastToken === i - 1 && POSSESSIVE.test((tokens[i - 1] as Token).text));
  if (owner) return owner;
  const plain = people.filter((p) => p.lastToken < i && !POSSESSIVE.test((tokens[p.lastToken] as Token).text));
  let pronoun = i - 1;
  while (pronoun >= 0 && !PRONOUNS.has((tokens[pronoun] as Token).lower)) pronoun--;
  const last = plain.at(-1);
  if (last && last.lastToken > pronoun) return last;
  if (pronoun >= 0) return last ?? previous.at(-1) ?? null;
  return last ?? null;
}

/** Every proposal the article names: its kind's head word and the words that tell which one. */
function namedProposals(model: Model, article: TokenizedArticle): Named[] {
  const t = tables(model);
  const found: Named[] = [];
  article.tokens.forEach((tokens, s) => {
    tokens.forEach((token, k) => {
      const kind = t.kinds.get(token.lower);
      if (!kind) return;
      const before = wordsBefore(model, tokens, k);
      const { words: after, end } = wordsAfter(model, tokens, k + 1);
      const qualifiers = [...new Set([...before, ...after])].sort();
      found.push({ proposal: { kind, qualifiers }, sentence: s, head: k, end });
    });
  });
  return found;
}

/** Tokens joined into the words a reader sees: "30", "-", "day" written together are "30-day". */
function joined(tokens: Token[], from: number, to: number): { word: string; first: number }[] {
  const words: { word: string; first: number }[] = [];
  for (let k = from; k < to; k++) {
    const token = tokens[k] as Token;
    const last = words.at(-1);
    if (last && !token.spaceBefore && (token.text === '-' || tokens[k - 1]?.text === '-')) last.word += token.lower;
    else words.push({ word: token.lower, first: k });
  }
  return words;
}

/** The words between a proposal's determiner or preposition and its head: "the 30-day truce" → 30-day. */
function wordsBefore(model: Model, tokens: Token[], head: number): string[] {
  const t = tables(model);
  let k = head;
  while (k > 0) {
    const prev = tokens[k - 1] as Token;
    if (prev.kind === 'punct' && prev.text !== '-') break;
    if (t.plain.has(prev.lower) || POSSESSIVE.test(prev.text) || CLAUSE_ENDS.has(prev.lower)) break;
    if (/^\p{Lu}/u.test(prev.text) && !/^\d/.test(prev.text)) break; // a name: its holder, not which proposal
    k--;
  }
  return joined(tokens, k, head)
    .map((w) => w.word)
    .filter((w) => w !== 'and' && !t.plain.has(w));
}

/** After a head, the words of the phrase it governs: "a truce on attacks on energy plants" → energy, plants. */
function wordsAfter(model: Model, tokens: Token[], from: number): { words: string[]; end: number } {
  const t = tables(model);
  let k = from;
  let preposition = false;
  while (k < tokens.length && t.plain.has((tokens[k] as Token).lower)) {
    if (PREPOSITIONS.has((tokens[k] as Token).lower)) preposition = true;
    k++;
  }
  if (!preposition) return { words: [], end: from };
  let end = k;
  while (end < tokens.length && end < k + 4) {
    const token = tokens[end] as Token;
    if (CLAUSE_ENDS.has(token.lower) || (token.kind === 'punct' && token.text !== '-') || /^\p{Lu}/u.test(token.text))
      break;
    end++;
  }
  const words = joined(tokens, k, end)
    .map((w) => w.word)
    .filter((w) => !t.plain.has(w));
  return { words, end };
}
