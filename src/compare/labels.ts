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

/**
 * What a fact is called: its own label when it has one ("number of fire engines (fight)"), else factLabel;
 * a fact about a person is of that person ("number of children of Mara Quint").
 */
export function keyLabel(key: FactKey): string {
  if (key.person) return `${key.label ?? key.attribute} of ${key.subject}`;
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

/**
 * Why values were judged one fact, from their key: the sentences that tell the same thing, the
 * value's grammar, the person an age is given to, the place a distance is measured from, or the
 * event word (the story's event when none) with a count's word for what happened.
 */
export function linkOf(key: FactKey): string {
  if (key.alike) return 'sentences that tell the same thing';
  if (key.frame)
    return key.dimension === 'count'
      ? "the value's grammar: what it counts and the verb that governs it"
      : "the value's grammar: the thing it measures";
  if (key.dimension === 'age' || key.person) return 'the person it is given to';
  if (/^(?:distance|bearing) from /u.test(key.attribute)) return 'the place it is measured from';
  if (key.attribute === 'population') return 'the place whose population it is';
  const event = key.subject === 'event' ? "the story's event" : `the event word for the ${key.subject}`;
  // a count titled by what it counts ("number of countries") has no word for what happened
  if (key.dimension === 'count')
    return key.label ? `${event} and what it counts` : `${event} and the word for ${key.attribute}`;
  return event;
}
