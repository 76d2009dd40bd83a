/**
 * The one adapter to compromise. Nothing else in factdiff imports it:
 * the rest of the pipeline works on our own `Span`s and tag names.
 * `compromise/two` (tokenizer, tagger, roots) gives every tag and root the full build gives on all
 * of ECB+; the full build's third stage (chunks, phrase methods) is never read (docs/performance.md).
 */
import nlp from 'compromise/two';
import type { Span } from '../types.js';
import { fasterBulkMatch } from './nlp-sweep.js';

// the same tagging, with the step that picks a sentence's correction patterns made cheaper (nlp-sweep.ts)
const stockMethods = nlp.methods() as unknown as { one: { bulkMatch: Parameters<typeof fasterBulkMatch>[0] } };
nlp.plugin({ methods: { one: { bulkMatch: fasterBulkMatch(stockMethods.one.bulkMatch) } } });

interface CompromiseTerm {
  tags: string[];
  /** The dictionary form compromise gives a plural noun or an inflected verb ('rounds' → 'round'). */
  root?: string;
  offset: { start: number; length: number };
}

interface CompromiseSentence {
  offset: { start: number; length: number };
  terms: CompromiseTerm[];
}

/** Tags we read; the rest of compromise's tag set is dropped at the border. */
const KEPT = new Set([
  'Person',
  'FirstName',
  'LastName',
  'MaleName',
  'FemaleName',
  'Honorific',
  'Place',
  'Country',
  'City',
  'Region',
  'Organization',
  'Company',
  'SportsTeam',
  'ProperNoun',
  'Acronym',
  'Demonym',
  'Actor',
  'Verb',
  'Adjective',
  'Noun',
  'Plural',
  'Possessive',
  'Pronoun',
  'Determiner',
  'Preposition',
  'Conjunction',
  'Date',
  'WeekDay',
  'Month',
  'Value',
  'Adverb',
  'QuestionWord',
  'Expression',
  'Auxiliary',
  'Copula',
  'Modal',
  'Negative',
  'PastTense',
  'Passive',
]);

export interface NlpTerm extends Span {
  tags: string[];
  root?: string;
  /** An -ed word tagged as an adjective: the verb it is a participle of ("charged" → "charge"). */
  participleOf?: string;
}

export interface NlpDocument {
  sentences: Span[];
  terms: NlpTerm[];
}

/**
 * compromise takes time quadratic in the length of a sentence it cannot split ("Mr. Mr. Mr. …",
 * "more than more than … 5"), so text longer than this is handed to it in pieces of at most
 * this many characters, cut where a sentence surely ends (see `pieces`). Articles shorter than
 * this (nearly all news) are read in one piece, as before.
 */
export const NLP_PIECE = 5000;

const { toInfinitive } = (nlp.methods() as ParticipleMethods).two.transform.verb;
const lexicon = nlp.model();

/**
 * "were charged": compromise tags some participles after "be" as adjectives and gives them no
 * root. The verb they come from is kept beside the tags; the frame reads it after "be" only.
 */
function participleRoot(tags: string[], word: string): string | undefined {
  if (!tags.includes('Adjective') || tags.includes('Verb') || tags.includes('Noun') || !/^\p{Ll}+ed$/u.test(word))
    return undefined;
  const root = toInfinitive(word, lexicon, 'PastTense');
  return root && root !== word ? root : undefined;
}

interface ParticipleMethods {
  two: { transform: { verb: { toInfinitive: (word: string, model: object, tense: string) => string } } };
}

/** Sentences and tagged terms of a text, as compromise reads it; `onPiece` hears how far a long text is read. */
export function tagText(text: string, onPiece?: (charsRead: number) => void): NlpDocument {
  const sentences: Span[] = [];
  const terms: NlpTerm[] = [];
  for (const piece of pieces(text, NLP_PIECE)) {
    onPiece?.(piece.start);
    const doc = nlp(text.slice(piece.start, piece.end));
    doc.compute('root'); // dictionary forms: the heads and verbs of quantity frames are compared as lemmas
    const json = doc.json({
      offset: true,
      text: false,
      terms: { offset: true },
    }) as CompromiseSentence[];
    const at = piece.start;
    for (const sentence of json) {
      sentences.push({ start: at + sentence.offset.start, end: at + sentence.offset.start + sentence.offset.length });
      for (const term of sentence.terms) {
        const [start, end] = [at + term.offset.start, at + term.offset.start + term.offset.length];
        const participleOf = term.root ? undefined : participleRoot(term.tags, text.slice(start, end));
        terms.push({
          start,
          end,
          tags: term.tags.filter((t) => KEPT.has(t)),
          ...(term.root ? { root: term.root } : {}),
          ...(participleOf ? { participleOf } : {}),
        });
      }
    }
  }
  return { sentences, terms };
}

/**
 * Cuts `text` into consecutive spans of at most `max` characters (one span when it is short
 * enough). Each cut is made in the window's later half, at the last paragraph break, else
 * the last line break, else the last sentence end (". " and the like), else the last white space,
 * else anywhere that does not split a surrogate pair. Linear: each window is scanned once.
 */
export function pieces(text: string, max: number): Span[] {
  const spans: Span[] = [];
  let start = 0;
  while (text.length - start > max) {
    const window = text.slice(start + (max >> 1), start + max);
    const cut = start + (max >> 1) + cutIn(window);
    spans.push({ start, end: cut });
    start = cut;
  }
  spans.push({ start, end: text.length });
  return spans;
}

/**
 * Breaks to cut at, strongest first. A paragraph that opens with a quote mark may continue the
 * quotation of the one before (compromise then reads both as one sentence), so it comes second.
 * `(?=(\s*))\1` takes all the white space without backtracking into it.
 */
const CUTS = [/\n[^\S\n]*\n(?=(\s*))\1(?!["'“‘«])/g, /\n[^\S\n]*\n\s*/g, /\n\s*/g, /[.!?…][)\]"'’”»]*\s+/g, /\s+/g];

/** Where in `window` to cut: after the last match of the strongest kind of break found. */
function cutIn(window: string): number {
  for (const pattern of CUTS) {
    let end = -1;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(window); m; m = pattern.exec(window)) end = m.index + m[0].length;
    if (end > 0 && end <= window.length) return end;
  }
  // no break at all (one very long word): cut at the end, but not inside a surrogate pair
  const last = window.charCodeAt(window.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? window.length - 1 : window.length;
}
