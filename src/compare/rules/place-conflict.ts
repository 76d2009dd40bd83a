/**
 * place-conflict: articles put the same event in places neither of which contains the
 * other ("talks in Jeddah" against "talks in Riyadh"). "In Jeddah, Saudi Arabia" and "in the
 * Middle East" agree: the gazetteer knows Jeddah is in Saudi Arabia, in the Middle East.
 */
import { nearestEvent } from '../../align/anchor.js';
import { eventWordsOf } from '../../model/event-words.js';
import { articleContext } from '../../align/context.js';
import { aboutOtherEvent, atOtherTime } from '../../align/identity.js';
import type { Camp, Entity, EntityMention, Finding, Model, PlaceValue, TokenizedArticle } from '../../types.js';
import { articlesSay } from '../labels.js';
import { docsOf, type Rule, type RuleContext } from './rule.js';
import { addTo } from '../../util/add-to.js';

const LOCATIVE = new Set(['in', 'at', 'near', 'inside']);
/** Verbs that place an event: "talks will be held in", "the quake struck near". */
const PLACING = new Set(
  (
    'held hold holding begin begins began begun start starts started starting initiated struck strikes hit hits ' +
    'occurred occurs happened happens took take takes place convened opened broke erupted killed set scheduled ' +
    'planned resumed continue continued staged located centered centred'
  ).split(' '),
);
/** How many tokens may stand between the event word (or a placing verb) and "in". */
const NEAR = 6;

interface Located {
  path: string;
  event: string;
  place: string;
  mention: EntityMention;
}

export const placeConflict: Rule = {
  meta: {
    id: 'place-conflict',
    title: 'Place conflict',
    description: 'Articles place the same event in different places, neither of which contains the other.',
    defaultSeverity: 'warning',
    docs: docsOf('place-conflict'),
  },
  check(input, ctx) {
    const located = input.articles.flatMap((a) => locate(ctx.model, a, input.entities));
    const byEvent = new Map<string, Located[]>();
    for (const l of located) addTo(byEvent, l.event, l);
    const mentioned = new Map<string, Set<string>>();
    for (const e of input.entities.filter((x) => x.type === 'place'))
      for (const path of e.articles) mentioned.set(path, (mentioned.get(path) ?? new Set()).add(e.name));
    return [...byEvent.entries()].flatMap(([event, places]) => checkEvent(ctx.model, event, places, mentioned, ctx));
  },
};

/**
 * Places that say where an event happened: "talks in Jeddah", "the quake struck near Padang",
 * "negotiations are to be initiated in Jeddah". The event word or a placing verb must stand
 * within a few words before "in"/"at", and the gazetteer must know the place.
 */
function locate(model: Model, parsed: TokenizedArticle, entities: Entity[]): Located[] {
  const places = model.places;
  const path = parsed.article.path;
  const year = articleContext(model, parsed, []).year;
  const out: Located[] = [];
  for (const entity of entities.filter((e) => e.type === 'place')) {
    for (const { mention } of entity.mentions.filter((m) => m.path === path)) {
      const tokens = parsed.tokens[mention.sentence] ?? [];
      const prep = tokens[mention.firstToken - 1]?.lower === 'the' ? mention.firstToken - 2 : mention.firstToken - 1;
      if (!LOCATIVE.has(tokens[prep]?.lower ?? '')) continue;
      const event = nearestEvent(model, mention, tokens);
      if (!event || (!places.isKnownPlace(entity.name) && places.placeChain(entity.name).length < 2)) continue;
      const window = tokens.slice(Math.max(0, prep - NEAR), prep);
      const eventNear = window.some((t) => eventWordsOf(model, t.lower) === event.event);
      const placed = window.some((t) => PLACING.has(t.lower));
      if (!eventNear && !placed) continue;
      // "felt as far away as the coast of Norway": where it was felt, not where it happened
      if (window.some((t) => t.lower === 'felt')) continue;
      // "In 2007, the gang raided a store in Dubai", "a previous quake hit Zarand in February": another event
      if (aboutOtherEvent(model, mention, tokens) || atOtherTime(model, mention, tokens, year)) continue;
      out.push({ path, event: event.event, place: entity.name, mention });
    }
  }
  // An article that puts one event class in places that do not fit together is talking about several events.
  const byArticleEvent = new Map<string, Located[]>();
  for (const l of out) addTo(byArticleEvent, `${l.path}|${l.event}`, l);
  return [...byArticleEvent.values()]
    .filter((ls) => ls.every((a) => ls.every((b) => compatible(model, a.place, b.place))))
    .flat();
}

const compatible = (model: Model, a: string, b: string): boolean =>
  a === b || model.places.contains(a, b) || model.places.contains(b, a);

/** A city of this size is known without its country being named. */
const WORLD_CITY = 1_000_000;

/** Whether the gazetteer's reading of the place can be trusted in this article. */
function pinned(model: Model, p: Located, mentioned: Map<string, Set<string>>): boolean {
  if (model.places.isKnownPlace(p.place)) return true;
  const city = model.places.largestCity(p.place);
  if (!city) return false;
  const country = model.places.countryByCode(city.country)?.name;
  return city.population >= WORLD_CITY || (country !== undefined && (mentioned.get(p.path)?.has(country) ?? false));
}

function checkEvent(
  model: Model,
  event: string,
  places: Located[],
  mentioned: Map<string, Set<string>>,
  ctx: RuleContext,
): Finding[] {
  // A place that fits every other ("Saudi Arabia" beside Jeddah and Riyadh) takes no side.
  const sided = places.filter((p) => places.some((o) => !compatible(model, o.place, p.place)));
  // Most specific first, then by name: each camp is held together by its first place.
  const sorted = [...sided].sort(
    (a, b) =>
      model.places.placeChain(b.place).length - model.places.placeChain(a.place).length ||
      (a.place < b.place ? -1 : a.place > b.place ? 1 : 0) ||
      (a.path < b.path ? -1 : 1) ||
      a.mention.start - b.mention.start,
  );
  const camps: Located[][] = [];
  for (const p of sorted) {
    const camp = camps.find((c) => compatible(model, (c[0] as Located).place, p.place));
    if (camp) camp.push(p);
    else camps.push([p]);
  }
  if (camps.length < 2) return [];
  const articles = (c: Located[]) => [...new Set(c.map((p) => p.path))].sort();
  // only articles that disagree: each camp must have an article the others lack
  const distinct = camps.filter((c) =>
    articles(c).some((a) => camps.every((o) => o === c || !articles(o).includes(a))),
  );
  if (distinct.length < 2) return [];
  // Every place must be pinned down: a country or region, or a city whose country the article names (or a
  // city of a million).
  if (distinct.some((c) => c.some((p) => !pinned(model, p, mentioned)))) return [];
  const described: Camp[] = distinct.map((c) => ({
    reading: [...new Set(c.map((p) => p.place))].join(' / '),
    articles: articles(c),
  }));
  const evidence = distinct.flatMap((c, i) =>
    c.map((p) => {
      const value: PlaceValue = {
        kind: 'place',
        place: p.place,
        within: model.places.placeChain(p.place).slice(1),
        reading: [p.place, ...model.places.placeChain(p.place).slice(1, 2)].join(', '),
      };
      return ctx.evidenceAt(p.path, p.mention, value, i);
    }),
  );
  return [
    {
      ruleId: 'place-conflict',
      severity: 'warning',
      confidence: 0.6,
      message: message(event, described),
      subject: event,
      attribute: 'place',
      articlesStating: new Set(places.map((p) => p.path)).size,
      camps: described,
      evidence,
    },
  ];
}

/** "Place of the negotiations: 1 article says Jeddah; 1 article says Riyadh". */
export function message(event: string, camps: Camp[]): string {
  return `Place of the ${event}: ${camps.map(articlesSay).join('; ')}`;
}
