/**
 * name-variant (info): one entity written in different spellings across articles
 * ("Zelenskyy" / "Zelensky"), merged by a documented rule. Says what was merged and why.
 */
import type { Camp, Entity, Finding, NameValue } from '../../types.js';
import { docsOf, type Rule, type RuleContext } from './rule.js';

/** Reasons that are about spelling; a surname standing for a full name is no variant. */
const SPELLING = new Set(['spelling variant', 'first-name variant']);

/** An alias is a spelling worth a note when both are single words ("Kiev" / "Kyiv"), not an abbreviation ("U.S."). */
function isSpellingAlias(name: string, canonical: string): boolean {
  const word = /^\p{L}{4,}$/u;
  return word.test(name) && word.test(canonical) && name !== name.toUpperCase();
}

export const nameVariant: Rule = {
  meta: {
    id: 'name-variant',
    title: 'Name variant',
    description:
      'One person, place, organization or named thing is spelled differently across articles; factdiff merged ' +
      'the spellings and says why.',
    defaultSeverity: 'info',
    docs: docsOf('name-variant'),
  },
  check(input, ctx) {
    return input.entities.flatMap((entity) => checkEntity(entity, ctx));
  },
};

function checkEntity(entity: Entity, ctx: RuleContext): Finding[] {
  const variants = entity.names.filter(
    (n) => SPELLING.has(n.reason) || (n.reason === 'alias' && isSpellingAlias(n.name, entity.name)),
  );
  // only spellings that differ across articles: an alias used by every article is no news
  if (variants.length === 0) return [];
  const main = entity.names.filter((n) => n.reason === 'same name');
  const sides = [...main, ...variants];
  const articles = new Set(sides.flatMap((s) => s.articles));
  if (articles.size < 2) return [];
  // one spelling everywhere is no variant: at least two spellings, in different articles
  const spellers = new Set(sides.flatMap((s) => s.articles));
  if (sides.length < 2 || spellers.size < 2 || sides.every((s) => s.articles.join() === sides[0]?.articles.join()))
    return [];
  const camps: Camp[] = sides.map((s) => ({ reading: s.name, articles: s.articles }));
  const evidence = sides.flatMap((side, c) =>
    side.articles.map((path) => {
      const ref = entity.mentions.find(
        (m) => m.path === path && m.mention.text === side.name,
      ) as Entity['mentions'][number];
      const value: NameValue = {
        kind: 'name',
        entity: entity.name,
        reason: side.reason,
        reading: side.reason === 'same name' ? entity.name : `${entity.name} (${side.reason})`,
      };
      return ctx.evidenceAt(path, ref.mention, value, c);
    }),
  );
  return [
    {
      ruleId: 'name-variant',
      severity: 'info',
      confidence: variants.every((v) => v.reason === 'alias') ? 0.95 : 0.8,
      message: message(
        entity.name,
        variants.map((v) => `${v.name} (${v.reason})`),
      ),
      subject: entity.name,
      attribute: 'name',
      articlesStating: articles.size,
      camps,
      evidence,
    },
  ];
}

export function message(name: string, variants: string[]): string {
  return `${name} is also written ${variants.join(', ')}`;
}
