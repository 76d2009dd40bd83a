/**
 * place-conflict: articles put the same event in places neither of which contains the
 * other ("talks in Jeddah" against "talks in Riyadh"). "In Jeddah, Saudi Arabia" and "in the
 * Middle East" agree: the gazetteer knows Jeddah is in Saudi Arabia, in the Middle East.
 */
import { nearestEvent } from '../../align/anchor.js';
import { contains, isKnownPlace, placeChain } from '../../model/gazetteer.js';
import type { Entity } from '../../normalize/entities.js';
import type { Camp, EntityMention, Finding, ParsedArticle, PlaceValue } from '../../types.js';
import { placeMessage } from '../messages.js';
import type { Rule, RuleContext } from './rule.js';

const LOCATIVE = new Set(['in', 'at', 'near', 'inside']);
/** Event words farther than this from the place are about something else. */
const MAX_DISTANCE = 12;

interface Located {
  path: string;
  event: string;
  place: string;
  mention: EntityMention;
}

export const placeConflict: Rule = {
  id: 'place-conflict',
  check(input, ctx) {
    const located = input.articles.flatMap((a) => locate(a, input.entities));
    const byEvent = new Map<string, Located[]>();
    for (const l of located) byEvent.set(l.event, [...(byEvent.get(l.event) ?? []), l]);
    return [...byEvent.entries()].flatMap(([event, places]) => checkEvent(event, places, ctx));
  },
};

/** Places after "in"/"at" tied to the nearest event word of their sentence, known to the gazetteer. */
function locate(parsed: ParsedArticle, entities: Entity[]): Located[] {
  const path = parsed.article.path;
  const out: Located[] = [];
  for (const entity of entities.filter((e) => e.type === 'place')) {
    for (const { mention } of entity.mentions.filter((m) => m.path === path)) {
      const tokens = parsed.tokens[mention.sentence] ?? [];
      const before = tokens[mention.firstToken - 1]?.lower === 'the' ? mention.firstToken - 2 : mention.firstToken - 1;
      if (!LOCATIVE.has(tokens[before]?.lower ?? '')) continue;
      const event = nearestEvent(mention, tokens);
      if (!event || event.distance > MAX_DISTANCE || (placeChain(entity.name).length < 2 && !isKnownPlace(entity.name))) continue;
      out.push({ path, event: event.event, place: entity.name, mention });
    }
  }
  return out;
}

const compatible = (a: string, b: string): boolean => a === b || contains(a, b) || contains(b, a);

function checkEvent(event: string, places: Located[], ctx: RuleContext): Finding[] {
  // most specific first; each camp is held together by its first (most specific) place
  const sorted = [...places].sort((a, b) => placeChain(b.place).length - placeChain(a.place).length || (a.path < b.path ? -1 : 1) || a.mention.start - b.mention.start);
  const camps: Located[][] = [];
  for (const p of sorted) {
    const camp = camps.find((c) => compatible((c[0] as Located).place, p.place));
    if (camp) camp.push(p);
    else camps.push([p]);
  }
  if (camps.length < 2) return [];
  const articles = (c: Located[]) => [...new Set(c.map((p) => p.path))].sort();
  // only articles that disagree: each camp must have an article the others lack
  const distinct = camps.filter((c) => articles(c).some((a) => camps.every((o) => o === c || !articles(o).includes(a))));
  if (distinct.length < 2) return [];
  const described: Camp[] = distinct.map((c) => ({ reading: [...new Set(c.map((p) => p.place))].join(' / '), articles: articles(c) }));
  const evidence = distinct.flatMap((c, i) =>
    c.map((p) => {
      const value: PlaceValue = { kind: 'place', place: p.place, within: placeChain(p.place).slice(1), reading: [p.place, ...placeChain(p.place).slice(1, 2)].join(', ') };
      return ctx.evidenceAt(p.path, p.mention, value, i);
    }),
  );
  return [
    {
      ruleId: 'place-conflict',
      severity: 'warning',
      confidence: 0.6,
      message: placeMessage(event, described),
      subject: event,
      attribute: 'place',
      articlesStating: new Set(places.map((p) => p.path)).size,
      camps: described,
      evidence,
    },
  ];
}
