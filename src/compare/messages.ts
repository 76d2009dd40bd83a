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
  update: {
    title: 'Update',
    description:
      'A toll rose as reports came in: later articles give higher numbers. Not a contradiction, but the older figures are out of date.',
    docs: 'docs/rules/update.md',
  },
  'single-source': {
    title: 'Single source',
    description: 'A fact only one article states: not contradicted, not corroborated (listed with --show-single).',
    docs: 'docs/rules/single-source.md',
  },
  'role-conflict': {
    title: 'Role conflict',
    description: 'Articles disagree about whether a person holds a role: "former President" against "President".',
    docs: 'docs/rules/role-conflict.md',
  },
  'name-variant': {
    title: 'Name variant',
    description:
      'One person or place is spelled differently across articles; factdiff merged the spellings and says why.',
    docs: 'docs/rules/name-variant.md',
  },
  'attribution-conflict': {
    title: 'Attribution conflict',
    description: 'The same quotation is attributed to different speakers in different articles.',
    docs: 'docs/rules/attribution-conflict.md',
  },
  'place-conflict': {
    title: 'Place conflict',
    description: 'Articles place the same event in different places, neither of which contains the other.',
    docs: 'docs/rules/place-conflict.md',
  },
};

const SUBJECTS: Record<string, string> = { event: 'the event' };

/** "duration of the call", "number killed in the earthquake", "age of Tara Reid". */
export function factLabel(subject: string, attribute: string, dimension: string): string {
  if (dimension === 'age') return `age of ${subject}`;
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
  const label =
    factLabel(key.subject, key.attribute, key.dimension) +
    (key.era ? ` in ${key.era}` : '') +
    (key.qualifier && key.qualifier !== 'unzoned' ? ` (${key.qualifier})` : '');
  return `${label[0]?.toUpperCase()}${label.slice(1)}: ${verdict(camps)}`;
}

function articlesSay(camp: Camp): string {
  return `${articles(camp.articles.length)} ${camp.reading}`;
}

/** "Donald Trump: 4 articles say president (now); 1 article says former president". */
export function roleMessage(person: string, title: string, camps: Camp[]): string {
  return `Role of ${person} as ${title}: ${camps.map(articlesSay).join('; ')}`;
}

export function variantMessage(name: string, variants: string[]): string {
  return `${name} is also written ${variants.join(', ')}`;
}

/** "Same quotation, different speakers: 1 article says White House; 1 article says Karoline Leavitt". */
export function attributionMessage(quote: string, camps: Camp[], plausible: boolean): string {
  const words = quote.trim().split(/\s+/);
  const short = words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : quote.trim();
  const note = plausible ? ' (one speaks for the other: plausibly both)' : '';
  return `“${short}” is attributed to different speakers: ${camps.map((c) => `${c.articles.length === 1 ? '1 article' : `${c.articles.length} articles`}: ${c.reading}`).join('; ')}${note}`;
}

/** "Place of the negotiations: 1 article says Jeddah; 1 article says Riyadh". */
export function placeMessage(event: string, camps: Camp[]): string {
  return `Place of the ${event}: ${camps.map(articlesSay).join('; ')}`;
}

/** "Number killed in the earthquake rose as reports came in: 5 (2013-07-02) → 24 (2013-07-03)". */
export function updateMessage(key: FactKey, camps: Camp[], dates: string[]): string {
  const label = factLabel(key.subject, key.attribute, key.dimension);
  return `${label[0]?.toUpperCase()}${label.slice(1)} rose as reports came in: ${camps.map((c, i) => `${c.reading} (${dates[i]})`).join(' → ')}`;
}

/** "Only one article states the number killed in the event: more than 400 (000.txt)". */
export function singleMessage(key: FactKey, reading: string, path: string): string {
  const label = factLabel(key.subject, key.attribute, key.dimension) + (key.era ? ` in ${key.era}` : '');
  return `Only one article states the ${label}: ${reading} (${path.split('/').pop()})`;
}
