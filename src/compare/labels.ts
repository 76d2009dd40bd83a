/**
 * Words every rule's messages share: what a fact is called ("number killed in the earthquake")
 * and how a camp is told ("2 articles say more than 120 min"). Each rule's own message is in its
 * file (src/compare/rules/), with its metadata.
 */
import type { Camp, FactKey } from '../types.js';

const SUBJECTS: Record<string, string> = { event: 'the event' };

/** "duration of the call", "number killed in the earthquake", "age of Tara Reid". */
export function factLabel(subject: string, attribute: string, dimension: string): string {
  if (dimension === 'age') return `age of ${subject}`;
  const thing = SUBJECTS[subject] ?? `the ${subject}`;
  return dimension === 'count' ? `number ${attribute} in ${thing}` : `${attribute} of ${thing}`;
}

/** What a fact is called: its own label when it has one ("number of fire engines (fight)"), else factLabel. */
export function keyLabel(key: FactKey): string {
  const base = key.label ?? factLabel(key.subject, key.attribute, key.dimension);
  // a frame's event, when it is not the story's main one: "number of rounds (fire) in the shooting"
  return key.label && key.subject !== 'event' ? `${base} in the ${key.subject}` : base;
}

/** "2 articles say more than 120 min". */
export function articlesSay(camp: Camp): string {
  const n = camp.articles.length;
  return `${n === 1 ? '1 article says' : `${n} articles say`} ${camp.reading}`;
}

/** "Duration of the call" from "duration of the call". */
export function capitalized(label: string): string {
  return `${label[0]?.toUpperCase() ?? ''}${label.slice(1)}`;
}
