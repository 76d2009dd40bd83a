/**
 * The one adapter to compromise. Nothing else in factdiff imports it:
 * the rest of the pipeline works on our own `Span`s and tag names.
 */
import nlp from 'compromise';
import type { Span } from '../types.js';

interface CompromiseTerm {
  tags: string[];
  offset: { start: number; length: number };
}

interface CompromiseSentence {
  offset: { start: number; length: number };
  terms: CompromiseTerm[];
}

/** Tags we read; the rest of compromise's tag set is dropped at the border. */
const KEPT = new Set([
  'Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific', 'Place', 'Country', 'City', 'Region',
  'Organization', 'Company', 'SportsTeam', 'ProperNoun', 'Acronym', 'Demonym', 'Actor', 'Verb', 'Adjective', 'Noun',
  'Plural', 'Possessive', 'Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Date', 'WeekDay', 'Month', 'Value',
  'Adverb', 'QuestionWord', 'Expression', 'Auxiliary', 'Copula', 'Modal', 'Negative',
]);

export interface NlpTerm extends Span {
  tags: string[];
}

export interface NlpDocument {
  sentences: Span[];
  terms: NlpTerm[];
}

export function analyze(text: string): NlpDocument {
  const json = nlp(text).json({ offset: true, text: false, terms: { offset: true } }) as CompromiseSentence[];
  const sentences: Span[] = [];
  const terms: NlpTerm[] = [];
  for (const sentence of json) {
    sentences.push({ start: sentence.offset.start, end: sentence.offset.start + sentence.offset.length });
    for (const term of sentence.terms) {
      terms.push({ start: term.offset.start, end: term.offset.start + term.offset.length, tags: term.tags.filter((t) => KEPT.has(t)) });
    }
  }
  return { sentences, terms };
}
