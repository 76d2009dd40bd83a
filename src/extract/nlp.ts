/**
 * The one adapter to compromise. Nothing else in factdiff imports it:
 * the rest of the pipeline works on our own `Span`s.
 */
import nlp from 'compromise';
import type { Span } from '../types.js';

interface CompromiseSentenceJson {
  offset: { start: number; length: number };
}

export interface NlpDocument {
  sentences: Span[];
}

export function analyze(text: string): NlpDocument {
  const doc = nlp(text);
  const json = doc.json({ offset: true, text: false, terms: { offset: false } }) as CompromiseSentenceJson[];
  const sentences = json.map(({ offset }) => ({ start: offset.start, end: offset.start + offset.length }));
  return { sentences };
}
