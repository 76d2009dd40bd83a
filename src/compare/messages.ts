/**
 * The wording of every finding kind, kept apart from the logic that finds them
 * (so formatters, docs and SARIF rules read the same words).
 */
import type { Camp, FactKey, RuleId } from '../types.js';

export interface RuleInfo {
  /** Short name shown in listings. */
  title: string;
  /** One sentence: what the finding means. */
  description: string;
  /** Page with examples and how to silence it. */
  docs: string;
}

export const rules: Record<RuleId, RuleInfo> = {
  'quantity-conflict': {
    title: 'Quantity conflict',
    description: 'Articles give values for the same fact that cannot all be true at once.',
    docs: 'docs/rules/quantity-conflict.md',
  },
};

const SUBJECTS: Record<string, string> = { event: 'the event' };

/** "duration of the call", "number killed in the earthquake". */
export function factLabel(subject: string, attribute: string, dimension: string): string {
  const thing = SUBJECTS[subject] ?? `the ${subject}`;
  return dimension === 'count' ? `number ${attribute} in ${thing}` : `${attribute} of ${thing}`;
}

function articles(n: number): string {
  return n === 1 ? '1 article says' : `${n} articles say`;
}

/** "1 article says about 81–90 min; 2 articles say more than 120 min". */
export function verdict(camps: Camp[]): string {
  return camps.map((c) => `${articles(c.articles.length)} ${c.reading}`).join('; ');
}

export function conflictMessage(key: FactKey, camps: Camp[]): string {
  const label = factLabel(key.subject, key.attribute, key.dimension) + (key.qualifier ? ` (${key.qualifier})` : '');
  return `${label[0]?.toUpperCase()}${label.slice(1)}: ${verdict(camps)}`;
}
