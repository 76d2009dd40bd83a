/**
 * Names in an article: people, places and organizations, cleaned (no possessive, no
 * punctuation, no quote marks), with the role written around a person's name.
 *
 * A name is a run of capitalized words. compromise's tags, the gazetteer, our alias and
 * organization lists and the role titles decide its type; a run nothing vouches for is
 * left out. Headlines (title case) are read only for names the body also uses.
 */
import { perModel } from '../model/derived.js';
import { placeKindAfter } from '../text/place-kinds.js';
import type { Candidate, EntityMention, EntityType, Model, Token, TokenizedArticle } from '../types.js';
import { leadingTitle, roleAfter, roleBefore, roleTables } from './roles.js';

/** The name lists of model/entities.json, per model. */
const tables = perModel(({ entities }) => ({
  NOT_NAMES: new Set(entities.notNames),
  HONORIFICS: new Set(entities.honorifics),
  OF_HEADS: new Set(entities.ofHeads),
  ORGANIZATION_HEADS: new Set(entities.organizationHeads ?? []),
  THING_PREFIXES: new Set(entities.thingPrefixes ?? []),
  ORGANIZATIONS: new Map(entities.organizations.map((o) => [o.toLowerCase(), o])),
  ALIAS_TYPES: new Map(
    Object.entries(entities.aliases).flatMap(([name, { type, names }]) =>
      [name, ...names].map((n) => [n.toLowerCase().replace(/^the /, ''), type] as [string, EntityType]),
    ),
  ),
}));
const CONNECTORS = new Set(['de', 'del', 'da', 'al', 'bin', 'van', 'von', 'der', 'la', 'le', 'du', 'el']);
/** "I've", "don't": a contraction is no name ("O'Brien" is). */
const CONTRACTION = /['’]\p{Ll}/u;
const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];
const PLACE_TAGS = ['Place', 'Country', 'City', 'Region'];
const ORG_TAGS = ['Organization', 'Company', 'SportsTeam'];

const isCapital = (t: Token | undefined): boolean =>
  Boolean(t && t.kind === 'word' && /^\p{Lu}/u.test(t.text) && !(CONTRACTION.test(t.text) && !/['’]s$/u.test(t.text)));
const hasTag = (t: Token, tags: string[]): boolean => Boolean(t.tags?.some((x) => tags.includes(x)));

interface Run {
  first: number;
  last: number;
}

/** A run of capitalized words, with "U.S."-style initials and inner connectors ("Secretary of State"). */
function capitalRuns(model: Model, tokens: Token[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapital(tokens[i])) {
      i++;
      continue;
    }
    let last = i;
    let k = i + 1;
    for (;;) {
      const t = tokens[k];
      // a possessive ends the name: "Ukraine’s Military Readiness" is Ukraine
      if (!t || /['’]s$/u.test((tokens[last] as Token).text)) break;
      if (t.text === '.' && !t.spaceBefore && (tokens[k - 1]?.text.length ?? 0) === 1 && isCapital(tokens[k - 1])) {
        // "U.S." : keep the dot of an initial
        last = k;
        k++;
        continue;
      }
      if (isCapital(t) && t.spaceBefore !== false) {
        last = k;
        k++;
        continue;
      }
      // "U.S.", and the second part of a hyphenated name ("T-Mobile", "Coca-Cola") the hyphen rule below let in
      if (isCapital(t) && !t.spaceBefore && (tokens[k - 1]?.text === '.' || tokens[k - 1]?.text === '-')) {
        last = k;
        k++;
        continue;
      }
      const ofHead = t.lower === 'of' && tables(model).OF_HEADS.has((tokens[k - 1] as Token).lower);
      if (
        (t.text === '-' && !t.spaceBefore && isCapital(tokens[k + 1]) && !tokens[k + 1]?.spaceBefore) ||
        ((CONNECTORS.has(t.lower) || ofHead) && isCapital(tokens[k + 1]))
      ) {
        k++;
        continue;
      }
      break;
    }
    runs.push({ first: i, last });
    i = last + 1;
  }
  return runs;
}

/** A sentence written in capitals (a shouted headline): capitals there say nothing of acronyms. */
function allCaps(tokens: Token[]): boolean {
  const words = tokens.filter((t) => t.kind === 'word' && /\p{L}{2,}/u.test(t.text));
  return words.length > 0 && words.every((t) => t.text === t.text.toUpperCase());
}

/** Title case: most longer words capitalized and no sentence-ending period. */
export function isHeadline(tokens: Token[]): boolean {
  const words = tokens.filter((t) => t.kind === 'word' && t.text.length > 3);
  if (words.length < 3) return false;
  const capitals = words.filter((t) => isCapital(t)).length;
  return capitals / words.length >= 0.7 && tokens[tokens.length - 1]?.text !== '.';
}

function cleanEnd(tokens: Token[], last: number): { end: number; possessive: boolean } {
  const t = tokens[last] as Token;
  const m = /['’]s$/u.exec(t.text);
  return m ? { end: t.end - 2, possessive: true } : { end: t.end, possessive: false };
}

function classify(
  model: Model,
  tokens: Token[],
  run: Run,
  name: string,
  hasRole: boolean,
  honorific: boolean,
): Pick<Candidate, 'type' | 'typedBy'> {
  const lower = name.toLowerCase().replace(/^the /, '');
  const alias = tables(model).ALIAS_TYPES.get(lower);
  if (alias) return { type: alias, typedBy: 'lexicon' };
  if (tables(model).ORGANIZATIONS.has(lower)) return { type: 'organization', typedBy: 'lexicon' };
  const words = tokens.slice(run.first, run.last + 1).filter((t) => t.kind === 'word');
  if (words.length > 1 && tables(model).ORGANIZATION_HEADS.has(words.at(-1)?.lower ?? ''))
    return { type: 'organization', typedBy: 'lexicon' };
  if (hasRole || honorific) return { type: 'person', typedBy: 'lexicon' };
  // "MV Orla Star": a vessel's prefix opens a named thing's name (after a role: "leader MV Rao" is a person)
  if (words.length > 1 && tables(model).THING_PREFIXES.has(words[0]?.text ?? ''))
    return { type: 'thing', typedBy: 'lexicon' };
  if (model.places.isKnownPlace(name)) return { type: 'place', typedBy: 'lexicon' };
  const runTokens = tokens.slice(run.first, run.last + 1).filter((t) => t.kind === 'word');
  if (runTokens.some((t) => hasTag(t, PERSON_TAGS))) return { type: 'person', typedBy: 'tags' };
  if (placeKindAfter(model, tokens, run.last)) return { type: 'place', typedBy: 'lexicon' };
  if (runTokens.some((t) => hasTag(t, ORG_TAGS))) return { type: 'organization', typedBy: 'tags' };
  if (runTokens.some((t) => hasTag(t, PLACE_TAGS))) return { type: 'place', typedBy: 'tags' };
  if (besideSpeech(tokens, run)) {
    // "UNICEF said", "the USGS said": a word in capitals in running text is an acronym, an organization's
    const acronym = runTokens.length === 1 && /^\p{Lu}{3,}$/u.test(runTokens[0]?.text ?? '') && !allCaps(tokens);
    return { type: acronym ? 'organization' : 'person', typedBy: 'tags' };
  }
  return { type: null, typedBy: null };
}

/** Every capitalized name in the article, typed where the article itself tells (first pass). */
export function nameCandidates(model: Model, parsed: TokenizedArticle): Candidate[] {
  const { text } = parsed.article;
  const body: Candidate[] = [];
  const headlines: number[] = [];
  parsed.tokens.forEach((tokens, s) => {
    if (isHeadline(tokens)) headlines.push(s);
    else body.push(...namesIn(model, text, tokens, s, null));
  });
  const known = new Set(body.filter((m) => m.type).flatMap((m) => m.text.toLowerCase().split(/\s+/)));
  return [...body, ...headlines.flatMap((s) => namesIn(model, text, parsed.tokens[s] ?? [], s, known))].sort(
    (a, b) => a.start - b.start,
  );
}

/** The words by which candidates name people ("donald trump", "trump"), in the spelling skeleton of `key`. */
export function personWords(candidates: Candidate[], key: (name: string) => string): Set<string> {
  return new Set(
    candidates
      .filter((m) => m.type === 'person')
      .flatMap((m) => {
        const words = m.text.split(/\s+/);
        return words.length > 1
          ? [key(m.text), key(words[words.length - 1] as string), key(words[0] as string)]
          : [key(m.text)];
      }),
  );
}

/**
 * Second pass: a name nothing vouched for, or only compromise's tags, is a person when the
 * article (or the batch) names a person so ("Trump" after "Donald Trump"); the rest is dropped.
 */
export function typeCandidates(
  candidates: Candidate[],
  people: Set<string>,
  key: (name: string) => string,
): EntityMention[] {
  return candidates.flatMap((m): EntityMention[] => {
    const { typedBy: _typedBy, ...mention } = m;
    const words = m.text.split(/\s+/);
    // "Melania Trump": a full name whose surname names a person elsewhere
    const surname = m.type === null && words.length === 2 && people.has(key(words[1] as string));
    if (m.typedBy !== 'lexicon' && (people.has(key(m.text)) || surname))
      return [{ ...mention, type: 'person', role: m.role }];
    return m.type ? [{ ...mention, type: m.type, role: m.type === 'person' ? m.role : null }] : [];
  });
}

/** Names in one sentence. With `known`, only runs whose every word the body uses as a name (headlines). */
function namesIn(
  model: Model,
  text: string,
  tokens: Token[],
  sentence: number,
  known: Set<string> | null,
): Candidate[] {
  const found: Candidate[] = [];
  for (const run of capitalRuns(model, tokens)) {
    for (const part of splitRun(model, tokens, run)) {
      const mention = nameMention(model, text, tokens, sentence, part, known);
      if (mention) found.push(mention);
    }
  }
  return found;
}

/** How many words may qualify a title after a rank ("Deputy Foreign Affairs Minister"). */
const QUALIFIER_WORDS = 3;

/** A run may hold a role and a name ("Russian President Vladimir Putin") or two names joined by "and". */
function splitRun(model: Model, tokens: Token[], run: Run): Run[] {
  // Strip a leading qualifier + title: the name is what follows the last title in the run.
  for (let k = run.first; k <= run.last; k++) {
    let title = leadingTitle(model, tokens, k, run.last);
    if (title && title.next <= run.last && tokens.slice(run.first, k).every((t) => isCapital(t) || t.text === '.')) {
      // "Deputy Prime Minister Anna Berg": the name follows the titles written one after another
      for (
        let more = leadingTitle(model, tokens, title.next, run.last);
        more && more.next <= run.last;
        more = leadingTitle(model, tokens, title.next, run.last)
      )
        title = more;
      // after a rank, a few words may qualify the next title: "Deputy Finance Minister Anna Berg"
      if (roleTables(model).foldedRanks.has(title.title))
        for (let j = title.next + 1; j <= Math.min(run.last, title.next + QUALIFIER_WORDS); j++) {
          const more = leadingTitle(model, tokens, j, run.last);
          if (more && more.next <= run.last) {
            title = more;
            break;
          }
        }
      return [{ first: title.next, last: run.last }];
    }
  }
  return [run];
}

function nameMention(
  model: Model,
  text: string,
  tokens: Token[],
  sentence: number,
  run: Run,
  known: Set<string> | null,
): Candidate | null {
  let { first } = run;
  // Sentence-initial function words and other never-names ("Following", "The")
  while (
    first <= run.last &&
    (tables(model).NOT_NAMES.has((tokens[first] as Token).lower) ||
      tables(model).HONORIFICS.has((tokens[first] as Token).lower) ||
      (first === 0 && isCommonWord(model, tokens[first] as Token)) ||
      gluedToNumber(tokens, first))
  )
    first++;
  if (first > run.last) return null;
  // "Dover Police Lt. Anna Morrow": a run that ends in a title word names whose title it is, not a person
  const ending = roleTables(model).titles.startingAt(tokens, run.last)?.next ?? 0;
  const trailingTitle = ending === run.last + 1 || (ending === run.last + 2 && tokens[run.last + 1]?.text === '.');
  if (trailingTitle && run.last > first)
    return nameMention(model, text, tokens, sentence, { ...run, last: run.last - 1 }, known);
  const { end, possessive } = cleanEnd(tokens, run.last);
  const start = (tokens[first] as Token).start;
  const name = text.slice(start, end).replace(/[“”"]/g, '').trim();
  if (!name || name.length < 2) return null;
  if (
    known &&
    !name
      .toLowerCase()
      .split(/\s+/)
      .every((w) => known.has(w))
  ) {
    // a headline run keeps its longest known start: "Putin Discuss Ceasefire" → "Putin"
    let last = run.last;
    while (last > first && !tokens.slice(first, last + 1).every((t) => t.kind !== 'word' || known.has(t.lower))) last--;
    if (last === run.last || !tokens.slice(first, last + 1).every((t) => t.kind !== 'word' || known.has(t.lower)))
      return null;
    return nameMention(model, text, tokens, sentence, { first, last }, known);
  }
  const before = tokens[first - 1];
  const honorific =
    before && tables(model).HONORIFICS.has(before.lower)
      ? before.text
      : before?.text === '.' && tables(model).HONORIFICS.has(tokens[first - 2]?.lower ?? '')
        ? `${tokens[first - 2]?.text}.`
        : null;
  // A lone title word ("President") or a demonym ("Russian") is no name.
  const lone = roleTables(model).titles.startingAt(tokens, first)?.next ?? 0;
  if (lone === run.last + 1 || (lone === run.last + 2 && tokens[run.last + 1]?.text === '.')) return null;
  const demonymOf = first === run.last ? model.places.countryOfDemonym(name) : null;
  if (demonymOf && demonymOf.name.toLowerCase() !== name.toLowerCase()) return null;
  // "in Athens, the mayor said": after a locative, a name is a place and what follows is no apposition
  const locative = /^(?:in|at|from|to|near|into|across)$/.test(tokens[first - 1]?.lower ?? '');
  const role =
    roleBefore(model, text, tokens, first) ??
    (possessive || locative ? null : roleAfter(model, text, tokens, run.last));
  const { type, typedBy } = classify(model, tokens, { first, last: run.last }, name, Boolean(role), Boolean(honorific));
  return {
    kind: 'entity',
    typedBy,
    start,
    end: start + name.length,
    text: name,
    type,
    sentence,
    firstToken: first,
    lastToken: run.last,
    role,
    honorific,
  };
}

const FUNCTION_TAGS = [
  'Verb',
  'Adjective',
  'Adverb',
  'Preposition',
  'Conjunction',
  'Determiner',
  'Pronoun',
  'QuestionWord',
  'Expression',
  'Auxiliary',
  'Copula',
  'Modal',
  'Negative',
];

/**
 * A capitalized first word that is there only because it starts the sentence ("Following",
 * "Then", "Despite"): compromise gives it no tag or a function-word tag, and nothing names it.
 */
function isCommonWord(model: Model, t: Token): boolean {
  if (
    tables(model).ORGANIZATIONS.has(t.lower) ||
    tables(model).ALIAS_TYPES.has(t.lower) ||
    model.places.isKnownPlace(t.text)
  )
    return false;
  if (!t.tags) return true;
  const named = t.tags.some(
    (x) => PERSON_TAGS.includes(x) || PLACE_TAGS.includes(x) || ORG_TAGS.includes(x) || x === 'Acronym',
  );
  return !named && t.tags.some((x) => FUNCTION_TAGS.includes(x));
}

const SPEECH = new Set([
  ...'said says stated states added adds told wrote noted declared insisted'.split(' '),
  ...'explained warned announced tweeted according'.split(' '),
]);

/** "Leavitt stated", "said Karoline Leavitt": the name next to a speech verb is a speaker. */
function besideSpeech(tokens: Token[], run: Run): boolean {
  return SPEECH.has(tokens[run.last + 1]?.lower ?? '') || SPEECH.has(tokens[run.first - 1]?.lower ?? '');
}

/** A letter written onto a number ("1B", "3G", "4K"): a code, not the start of a name. */
function gluedToNumber(tokens: Token[], k: number): boolean {
  const t = tokens[k] as Token;
  return !t.spaceBefore && /^\p{Lu}{1,2}$/u.test(t.text) && tokens[k - 1]?.kind === 'number';
}
