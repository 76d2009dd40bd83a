/**
 * What a quantity is of, read from its own grammar while the NLP tags are at hand: the noun
 * phrase it counts or measures ("20 rounds", "10 fire engines", "3,000 litres of fuel", "a
 * 90-day treatment"), the verb that governs it and how ("police fired 20 rounds": its object;
 * "six rounds hit the car": its subject; "12 people were arrested": the object of a passive;
 * "played in 10 games": the object of "in"), and whether it is a part of a larger whole ("12 of
 * the 40", "one of the oldest"). Heads and verbs are lemmas (compromise's dictionary forms), so
 * "rounds" and "round", "fired" and "fires" meet. Grammar only: no list of what may be counted.
 */
import type { QuantityFrame, Token } from '../types.js';
import { hasTag } from '../text/tokens.js';

/** Tags that end a noun phrase; a day or month after the noun ("won 125 seats Sunday") says when, not what. */
const PHRASE_END = [
  'Determiner',
  'Preposition',
  'Conjunction',
  'Pronoun',
  'Copula',
  'Auxiliary',
  'Modal',
  'Adverb',
  'Date',
];
/** Tags a verb's helpers carry ("were arrested", "had been killed", "will not be"). */
const HELPERS = ['Auxiliary', 'Copula', 'Modal', 'Negative', 'Adverb'];
/** Prepositions of place, time and kind that make a count a part: "in the capital", "during the run". */
const SCOPES = new Set([
  'in',
  'on',
  'at',
  'during',
  'from',
  'since',
  'across',
  'inside',
  'outside',
  'near',
  'throughout',
  // "50 homes without power": a kind of the thing, a part of all there are
  'without',
]);
/** An article between a verb and its quantity. */
const ARTICLES = new Set(['a', 'an', 'the']);
/** Forms of "be": with a past participle after them, a passive. */
const BE = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']);
/** A possessive ending: "singer's", "drivers’". */
const POSSESSIVE = /['’]s?$/;
/** The longest noun phrase read after a quantity, in words. */
const PHRASE = 4;
/** How many adverbs may stand between a verb and its quantity ("hit just 13", "played in only 10"). */
const ADVERBS = 2;

const lemma = (t: Token): string => (t.root ?? t.lower).toLowerCase();

/**
 * A verb, or a plural noun compromise tags as a present-tense verb right after a number ("20
 * rounds", "13 runs"): the latter is taken as a noun when nothing else in the phrase is.
 */
function nounlike(t: Token, first: boolean): boolean {
  if (t.kind !== 'word' || hasTag(t, ...PHRASE_END)) return false;
  if (!hasTag(t, 'Verb')) return hasTag(t, 'Noun', 'Adjective', 'Plural', 'ProperNoun', 'Acronym');
  return first && hasTag(t, 'Noun', 'Plural') ? true : first && !hasTag(t, 'PastTense') && /s$/.test(t.lower);
}

/** The noun phrase that starts at token i: its tokens (at most PHRASE), or none. */
function phraseAt(tokens: Token[], i: number): Token[] {
  const run: Token[] = [];
  for (let k = i; k < tokens.length && run.length < PHRASE; k++) {
    const t = tokens[k] as Token;
    // "normal use": a word tagged as a verb after an adjective, ending the phrase, is its head
    const head =
      t.kind === 'word' &&
      hasTag(run[run.length - 1], 'Adjective') &&
      !hasTag(t, 'PastTense', ...PHRASE_END) &&
      !nounlike(tokens[k + 1] ?? t, false);
    const verb = run.length > 0 && hasTag(t, 'Verb') && !hasTag(t, 'Noun');
    if (!head && (!nounlike(t, run.length === 0) || verb)) break;
    // "the 40-year-old singer's agent": the value is of the possessor; not a name's ("200 McDonald's
    // restaurants") nor a plural's, which describes the head ("12 children's toys", "women's shelters")
    const possessor = /^\p{Ll}/u.test(t.text) && !hasTag(t, 'Plural', 'ProperNoun');
    if (possessor && (POSSESSIVE.test(t.text) || hasTag(t, 'Possessive'))) {
      const bare = (w: string): string => w.replace(POSSESSIVE, '');
      run.push({ ...t, text: bare(t.text), lower: bare(t.lower), root: bare(t.root ?? t.lower) });
      break;
    }
    run.push(t);
    if (verb) break;
    // "AK-47 assault rifles", "AK 47 guns", "Boeing 737 jets": a number in a name is part of the phrase
    const named = /^\p{Lu}/u.test(t.text);
    const glued = tokens[k + 1]?.text === '-' && !tokens[k + 1]?.spaceBefore && tokens[k + 2]?.kind === 'number';
    if (named && (glued || tokens[k + 1]?.kind === 'number')) {
      const number = tokens[glued ? k + 2 : k + 1] as Token;
      run[run.length - 1] = {
        ...t,
        text: `${t.text}-${number.text}`,
        lower: `${t.lower}-${number.lower}`,
        tags: ['Noun'],
      };
      k = glued ? k + 2 : k + 1;
    }
  }
  return run;
}

/** "home run", "fire engine": the modifiers as written, lower case, and the head's lemma. */
function thingOf(run: Token[]): string {
  const head = run[run.length - 1] as Token;
  return [...run.slice(0, -1).map((t) => t.lower), lemma(head)].join(' ');
}

/**
 * The frame of the quantity over tokens first..last. `after` is where the counted or measured
 * phrase may start: right after the number for a count, after the unit for a measure.
 */
export function readFrame(tokens: Token[], first: number, after: number): QuantityFrame | undefined {
  // "12 of the 40 injured", "one of the oldest": a part of a whole
  if (tokens[after]?.lower === 'of' && !hasTag(tokens[after - 1], 'Noun', 'Plural')) return { part: true };
  const frame: QuantityFrame = {};
  let next = after;
  let run = phraseAt(tokens, after);
  // "12 weeks under the contract": a word before "the" that is all adjective is a preposition mis-tagged
  if (run.every((t) => !hasTag(t, 'Noun', 'Plural')) && hasTag(tokens[after + run.length], 'Determiner')) run = [];
  if (run.length > 0) {
    frame.thing = thingOf(run);
    frame.written = run.map((t) => t.text).join(' ');
    next = after + run.length;
  }
  // "3,000 litres of fuel", "two counts of murder", "7 hours of battery life"
  if (tokens[next]?.lower === 'of') {
    const start = tokens[next + 1]?.lower === 'the' || tokens[next + 1]?.lower === 'a' ? next + 2 : next + 1;
    const complement = phraseAt(tokens, start);
    if (complement.length > 0) {
      const of = thingOf(complement);
      frame.thing = frame.thing ? `${frame.thing} of ${of}` : of;
      frame.written = `${frame.written ? `${frame.written} ` : ''}of ${complement.map((t) => t.text).join(' ')}`;
      next = start + complement.length;
    }
  }
  const scope = scopeAt(tokens, next);
  if (scope) frame.scope = scope;
  Object.assign(frame, verbBefore(tokens, first) ?? verbAfter(tokens, next));
  return frame.thing || frame.predicate ? frame : undefined;
}

/**
 * Where or when the counted things are, when a phrase right after them says so: "two touchdowns on
 * the ground", "40 houses in Takengon", "two shots during the run". The preposition and its noun's
 * head ("on ground"): a count with a scope is a part, and meets only counts of the same scope.
 */
function scopeAt(tokens: Token[], next: number): string | undefined {
  const preposition = tokens[next]?.lower ?? '';
  if (!SCOPES.has(preposition)) return undefined;
  let k = next + 1;
  while (ARTICLES.has(tokens[k]?.lower ?? '') || hasTag(tokens[k], 'Determiner', 'Adjective', 'Value')) k++;
  if (hasTag(tokens[k], 'Date')) return `${preposition} ${lemma(tokens[k] as Token)}`; // "in May", "on Friday"
  const run = phraseAt(tokens, k);
  return run.length > 0 ? `${preposition} ${lemma(run[run.length - 1] as Token)}` : undefined;
}

/** A verb's past form as written ("fired", "arrested"), for titles; none for a present form. */
function pastOf(verb: Token): Pick<QuantityFrame, 'past'> {
  return hasTag(verb, 'PastTense', 'Passive') && /^\p{Ll}+$/u.test(verb.text) ? { past: verb.lower } : {};
}

/** "police fired 20 rounds", "has about 350 employees", "played in just 10 games". */
function verbBefore(tokens: Token[], first: number): Pick<QuantityFrame, 'predicate' | 'role' | 'past'> | null {
  let k = first - 1;
  let preposition: string | undefined;
  if (ARTICLES.has(tokens[k]?.lower ?? '')) k--; // "began a 90-day treatment"

  for (let adverbs = 0; adverbs < ADVERBS && hasTag(tokens[k], 'Adverb') && !hasTag(tokens[k], 'Verb'); adverbs++) k--;
  if (hasTag(tokens[k], 'Preposition')) {
    preposition = (tokens[k] as Token).lower;
    k--;
    for (let adverbs = 0; adverbs < ADVERBS && hasTag(tokens[k], 'Adverb') && !hasTag(tokens[k], 'Verb'); adverbs++)
      k--;
  }
  const verb = tokens[k];
  if (!verb || !hasTag(verb, 'Verb') || hasTag(verb, 'Copula', 'Auxiliary', 'Modal')) return null;
  return { predicate: lemma(verb), role: preposition ?? 'object', ...pastOf(verb) };
}

/** "six rounds hit the car", "12 people were arrested" (a passive: the quantity is its object). */
function verbAfter(tokens: Token[], next: number): Pick<QuantityFrame, 'predicate' | 'role' | 'past'> | null {
  let k = next;
  let be = false;
  while (hasTag(tokens[k], ...HELPERS) && k < next + 3) {
    be ||= BE.has((tokens[k] as Token).lower);
    k++;
  }
  const verb = tokens[k];
  // "were charged": a participle after "be" that the tagger took for an adjective is the passive's verb
  const participle = be && hasTag(verb, 'Adjective') && !hasTag(verb, 'Noun') && /^\p{Ll}+ed$/u.test(verb?.text ?? '');
  if (!verb || (!hasTag(verb, 'Verb') && !participle) || hasTag(verb, 'Copula', 'Auxiliary', 'Modal')) return null;
  if (participle) return verb.participleOf ? { predicate: verb.participleOf, role: 'object', past: verb.lower } : null;
  // "were arrested", "have been killed"; not "had killed" (an active past)
  const passive = hasTag(verb, 'Passive') || (be && hasTag(verb, 'PastTense'));
  return { predicate: lemma(verb), role: passive ? 'object' : 'subject', ...pastOf(verb) };
}

/** Tokens a date may stand from the verb it dates ("was ousted by the council in 2002"). */
const ACT_REACH = 6;
/** Where a clause ends: the verb of another clause dates nothing here. */
const CLAUSE_BREAKS = new Set([',', ';', ':', '.', '(', ')', '"', '“', '”', 'and', 'but', 'while', 'after', 'before']);

/**
 * The act a date tells the day or year of: the verb nearest before it in its clause ("were
 * arrested by police on Tuesday", "left the guild in 1961"), else right after it ("on Monday
 * announced"). As a frame (its lemma and past form, role "when"), so that the dates of two acts
 * told alike ("moved away in 1961 after the flood", "started sailing in 1964 after the flood")
 * are not paired as one; none when no verb is near.
 */
export function readAct(tokens: Token[], first: number, next: number): QuantityFrame | undefined {
  for (let k = first - 1, seen = 0; k >= 0 && seen < ACT_REACH; k--, seen++) {
    const t = tokens[k] as Token;
    if (CLAUSE_BREAKS.has(t.lower)) break;
    const act = actAt(t);
    if (act) return act;
  }
  for (let k = next; k < tokens.length && k < next + 3; k++) {
    const t = tokens[k] as Token;
    if (CLAUSE_BREAKS.has(t.lower)) break;
    const act = actAt(t);
    if (act) return act;
    if (!hasTag(t, ...HELPERS)) break;
  }
  return undefined;
}

/** A verb of content ("arrested", "ousted", a participle the tagger took for an adjective), as a frame. */
function actAt(t: Token): QuantityFrame | undefined {
  if (t.kind !== 'word' || hasTag(t, 'Copula', 'Auxiliary', 'Modal')) return undefined;
  if (hasTag(t, 'Verb')) return { predicate: lemma(t), role: 'when', ...pastOf(t) };
  return t.participleOf ? { predicate: t.participleOf, role: 'when', past: t.lower } : undefined;
}
