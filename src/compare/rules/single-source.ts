/**
 * single-source (info, with --show-single): a fact only one article states. Nothing
 * contradicts it, but nothing corroborates it either: a reader may want it listed apart.
 */
import { describeValue, displayUnit } from '../../normalize/describe.js';
import { stemmer } from 'stemmer';
import { overlaps } from '../../normalize/interval.js';
import type { Fact, FactGroup, Finding, FactKey, QuantityMention } from '../../types.js';
import { keyLabel } from '../labels.js';
import { docsOf, type Rule } from './rule.js';

export const singleSource: Rule = {
  meta: {
    id: 'single-source',
    title: 'Single source',
    description: 'A fact only one article states: not contradicted, not corroborated (listed with --show-single).',
    defaultSeverity: 'info',
    docs: docsOf('single-source'),
  },
  check(input, ctx) {
    if (!input.showSingle) return [];
    // one fact whatever its zone: "around 10:00" and "10 a.m. ET" both state the time of the call
    const byFact = new Map<string, FactGroup>();
    for (const g of input.groups) {
      const id = `${g.key.subject}|${g.key.attribute}|${g.key.dimension}|${g.key.era ?? ''}`;
      const known = byFact.get(id);
      byFact.set(id, known ? { key: known.key, facts: [...known.facts, ...g.facts] } : g);
    }
    return [...byFact.values()].flatMap((group): Finding[] => {
      const articles = new Set(group.facts.map((f) => f.article));
      if (articles.size !== 1 || input.articles.length < 2) return [];
      if (group.facts.some((f) => toldElsewhere(f, input.values ?? []))) return [];
      const facts = [...group.facts].sort((a, b) => a.mention.start - b.mention.start);
      const unit = displayUnit(
        ctx.model,
        facts.map((f) => f.mention.value),
      );
      const reading = describeValue(ctx.model, (facts[0] as (typeof facts)[number]).mention.value, unit);
      const path = [...articles][0] as string;
      return [
        {
          ruleId: 'single-source',
          severity: 'info',
          confidence: Math.round(Math.max(...facts.map((f) => f.confidence)) * 100) / 100,
          message: message(group.key, reading, path),
          subject: group.key.subject,
          attribute: group.key.attribute,
          articlesStating: 1,
          camps: [{ reading, articles: [path] }],
          evidence: facts.map((f) => ctx.evidence(f, 0, unit)),
        },
      ];
    });
  },
};

/** The counted thing's head word, stemmed: "peopl" of "400 people", "run" of "home runs". */
function headOf(m: QuantityMention): string | null {
  const thing = m.noun ?? m.frame?.thing;
  return thing ? stemmer(thing.split(' ').pop() as string) : null;
}

/**
 * Another article reads the same value, whatever fact it was tied to (or none): one of the same
 * dimension, base unit (a sum's currency) and rate whose interval meets this one, and for a count,
 * of the same counted thing.
 * Single-source claims that no other article states the fact, so a value seen elsewhere is enough.
 */
function toldElsewhere(fact: Fact, values: { path: string; mentions: QuantityMention[] }[]): boolean {
  const { value } = fact.mention;
  const head = value.dimension === 'count' ? headOf(fact.mention) : null;
  if (value.dimension === 'count' && head === null) return false;
  return values.some(
    (other) =>
      other.path !== fact.article &&
      other.mentions.some(
        (m) =>
          m.value.dimension === value.dimension &&
          m.value.unit === value.unit && // a sum only in its own currency
          (m.value.per ?? null) === (value.per ?? null) &&
          overlaps(m.value, value) &&
          (head === null || headOf(m) === head),
      ),
  );
}

/** "Only one article states the number killed in the event: more than 400 (000.txt)". */
export function message(key: FactKey, reading: string, path: string): string {
  const label = keyLabel(key) + (key.era ? ` in ${key.era}` : '');
  return `Only one article states the ${label}: ${reading} (${path.split('/').pop()})`;
}
