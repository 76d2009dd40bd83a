import { describeValue } from '../normalize/describe.js';
import { gap, overlaps } from '../normalize/interval.js';
import type {
  Dimension,
  Entity,
  Fact,
  FactGroup,
  FactKey,
  Model,
  QuantityMention,
  Token,
  TokenizedArticle,
} from '../types.js';
import { anchor, eraOf, MAIN_EVENT, nearestEvent } from './anchor.js';
import { headNoun, measuresAClass } from './frames.js';
import { ALIKE_CONFIDENCE, pairingClass, pairAlike, type AlikeCandidate } from './alike.js';
import { bearingMention, namesEvent, offsetKeys, offsetOf, unwrap } from './bearing.js';
import { aboutOtherEvent, CLAUSE_END, eventish } from './identity.js';
import { articleContext, kindedPlaces, peopleIn, storyClock } from './context.js';
import { kindOf } from '../text/place-kinds.js';
import { qualifiersOf, withoutApart, type Qualifiers } from './qualifiers.js';
import { addTo } from '../util/add-to.js';
import { bySentence } from '../util/by-sentence.js';
import { remembered } from '../util/remembered.js';
import { keyString } from './key.js';

export { keyString };

/** How sure a distance and bearing from a named place are about the story's event. */
const OFFSET_CONFIDENCE = 0.7;

/** Bearings of one group on one stretch of the circle ("north" 0° and "north-northwest" -22.5°). */
function unwrapGroup(group: FactGroup): void {
  const shifts = unwrap(group.facts.map((f) => f.mention.value));
  group.facts = group.facts.map((f, i) => {
    const shift = shifts[i] ?? 0;
    if (shift === 0) return f;
    const v = f.mention.value;
    return {
      ...f,
      mention: { ...f.mention, value: { ...v, low: v.low + shift, high: v.high + shift, amount: v.amount + shift } },
    };
  });
}

/** Ties each mention to what it is about and groups the facts by that key, in a stable order. */
export function align(
  model: Model,
  articles: { parsed: TokenizedArticle; mentions: QuantityMention[] }[],
  entities: Entity[] = [],
): FactGroup[] {
  const groups = new Map<string, FactGroup>();
  const alike: AlikeCandidate[] = [];
  // whose and when each value is, by article and offset: values of one fact must not be told apart by them
  const qualifiers = new Map<string, Qualifiers>();
  // each article's publication day (days since 1970), where known
  const published = new Map(
    articles
      .filter((a) => a.parsed.article.date)
      .map((a) => [a.parsed.article.path, Math.floor(Date.parse(a.parsed.article.date as string) / DAY_MS)]),
  );
  // each article's places of a kind ("in the Merva camp"), and the one of each kind most articles tell of
  const places = kindedPlaces(
    model,
    articles.map((a) => a.parsed),
    entities,
  );
  const storyPlaces = mainPlaces([...places.values()]);
  const countdown = model.attributes.countdown ?? [];
  const weekdays = new Set(Object.keys(model.calendar.weekdays));
  const continuing = new Set(model.events.continuing ?? []);
  const tolerance = model.events.identity ?? {};
  const partial = model.attributes.partial ?? { before: [], ordinals: [] };
  const partWords = {
    before: new Set(partial.before),
    ordinals: new Set(partial.ordinals),
    isEvent: (noun: string) => eventish(model, noun),
    weekdays,
  };
  // the zones the story's clock times state ("PST", "GMT"): whether a time with no zone may be read as local
  const statedZones = [
    ...new Set(articles.flatMap((a) => a.mentions.flatMap((m) => (m.value.zone ? [m.value.zone] : [])))),
  ];
  const clock = storyClock(model, entities, statedZones);
  for (const { parsed, mentions } of articles) {
    const context = articleContext(model, parsed, entities, clock);
    const placesIn = places.get(parsed.article.path);
    // the dates of each sentence, found once: a long article has thousands
    const datesIn = bySentence(mentions.filter((m) => m.value.dimension === 'date'));
    // the days the article's lead tells of: the day its story happened, as it tells it
    const leadDays = mentions
      .filter((m) => m.value.dimension === 'date' && m.sentence < LEAD_SENTENCES)
      .map((m) => [m.value.low, m.value.high] as [number, number]);

    const identities = { tolerance, mentions: mentions.filter((m) => tolerance[m.value.dimension] !== undefined) };
    const qualified = (mention: QuantityMention): Qualifiers => {
      const id = `${parsed.article.path}|${mention.start}`;
      let found = qualifiers.get(id);
      if (!found) {
        const tokens = parsed.tokens[mention.sentence] ?? [];
        // a value of another time ("the 2004 tsunami killed 230,000") is not about the event the article leads with
        const past = eraOf(model, mention, tokens, context.year) !== undefined;
        const identity = { ...identities, past };
        const [people, dates] = [peopleIn(context, mention.sentence), datesIn.get(mention.sentence) ?? []];
        qualifiers.set(
          id,
          (found = qualifiersOf(
            mention,
            tokens,
            people,
            dates,
            identity,
            partWords,
            placesIn?.get(mention.sentence),
            leadDays,
          )),
        );
      }
      return found;
    };
    // whether each sentence names an event, asked of distances only, found once per sentence
    const namedIn = remembered((sentence: number) => namesEvent(model, parsed.tokens[sentence] ?? []));
    const add = (key: FactKey, mention: QuantityMention, confidence: number): void => {
      const id = keyString(key);
      let group = groups.get(id);
      if (!group) groups.set(id, (group = { key, facts: [] }));
      group.facts.push({ key, article: parsed.article.path, mention, confidence });
      qualified(mention);
    };
    const candidate = (mention: QuantityMention, tokens: Token[], pairing: string): AlikeCandidate => ({
      article: parsed.article.path,
      mention,
      tokens,
      pairing,
      qualifiers: qualified(mention),
      ...(mention.value.dimension === 'date' && !/\b\d{4}\b/.test(mention.text) ? { year: yearOf(mention) } : {}),
    });
    // sentences that go on about another event than the story's, found once each
    const goesOnAboutOther = remembered((sentence: number) =>
      continuesOtherEvent(model, parsed.tokens, sentence, continuing),
    );
    for (const mention of mentions) {
      const tokens = parsed.tokens[mention.sentence] ?? [];
      if (mention.value.dimension !== 'age' && goesOnAboutOther(mention.sentence)) continue;
      if (measuresAClass(mention, tokens)) continue;
      if (mention.value.dimension !== 'age' && atOtherPlace(placesIn?.get(mention.sentence), storyPlaces)) continue;
      // "55 kilometres south of Bireun": the event's distance and bearing from a place
      const offset = offsetOf(model, mention, tokens, () => namedIn(mention.sentence));
      if (offset) {
        if (aboutOtherEvent(model, mention, tokens, true)) continue;
        const keys = offsetKeys(nearestEvent(model, mention, tokens)?.event ?? MAIN_EVENT, offset);
        add(keys.distance, mention, OFFSET_CONFIDENCE);
        add(keys.bearing, bearingMention(mention, tokens, offset), OFFSET_CONFIDENCE);
        continue;
      }
      const anchored = anchor(model, mention, tokens, context);
      if (anchored) {
        add(anchored.key, anchored.value ? { ...mention, value: anchored.value } : mention, anchored.confidence);
        const { key } = anchored;
        if (!anchored.value) {
          const pairing = pairingClass(mention, tokens, parsed.article.date, countdown) ?? '';
          alike.push({ ...candidate(mention, tokens, pairing), key, ...eraField(key.era) });
        }
        continue;
      }
      const pairing = pairingClass(mention, tokens, parsed.article.date, countdown);
      if (pairing !== null && (mention.value.dimension === 'age' || !aboutOtherEvent(model, mention, tokens))) {
        const era = eraOf(model, mention, tokens, context.year);
        alike.push({ ...candidate(mention, tokens, pairing), ...eraField(era) });
      }
    }
  }
  // values no key ties, paired across articles whose sentences tell the same thing
  const paired = pairAlike(
    model,
    alike,
    articles.flatMap((a) => a.parsed.tokens),
  );
  for (const { key, fact } of paired.joins) {
    const group = groups.get(keyString(key));
    if (group && !group.facts.some((f) => f.article === fact.article)) group.facts.push(fact);
  }
  for (const move of paired.moves) {
    const [from, to] = [groups.get(keyString(move.from)), groups.get(keyString(move.to))];
    const fact = from?.facts.find((f) => f.article === move.article && f.mention.start === move.mention.start);
    if (!from || !to || !fact || to.facts.some((f) => f.article === move.article)) continue;
    from.facts = from.facts.filter((f) => f !== fact);
    to.facts.push({ ...fact, key: move.to, confidence: Math.min(fact.confidence, ALIKE_CONFIDENCE) });
  }
  for (const group of paired.groups) groups.set(keyString(group.key), group);
  for (const group of groups.values()) if (group.key.dimension === 'angle') unwrapGroup(group);
  intoTheOneEvent(groups);
  dropAmbiguousFrames([...groups.values()].filter((g) => g.key.frame));
  const spread = model.events.identitySpread ?? Infinity;
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, group]) => ({ ...group, facts: withoutStrays(leadFacts(group.facts, group.key.era !== undefined)) }))
    .filter((group) => !severalEvents(group, spread * (tolerance[group.key.dimension] ?? Infinity)))
    .map((group) => withoutApart(group, (f) => qualifiers.get(`${f.article}|${f.mention.start}`)))
    .map((group) => (group.key.dimension === 'age' ? agedToLatest(model, group, published) : group));
}

/**
 * Figures that name their event (a quake's magnitude) spread wider than `widest` (model/events.json
 * `identitySpread` tolerances) across a story's articles: no two agencies' estimates of one event
 * differ so much, so the articles tell of several events (a series of quakes) and the figure is no one fact.
 */
function severalEvents(group: FactGroup, widest: number): boolean {
  if (!Number.isFinite(widest) || group.facts.length < 2) return false;
  const lows = group.facts.map((f) => f.mention.value.low);
  const highs = group.facts.map((f) => f.mention.value.high);
  return Math.max(...lows) - Math.min(...highs) > widest;
}

/**
 * "The previous flood struck in March. It drowned 400 cattle.": a sentence that opens with a
 * continuing word (model/events.json) goes on about the previous sentence's event, and so about
 * another event than the story's when that sentence names one.
 */
function continuesOtherEvent(model: Model, sentences: Token[][], sentence: number, continuing: Set<string>): boolean {
  const [first, previous] = [sentences[sentence]?.[0], sentences[sentence - 1]];
  if (!first || !previous || !continuing.has(first.lower)) return false;
  // the event the previous sentence is about is named in its first clause, not in a later aside
  // ("the strongest since the previous quake")
  const end = previous.findIndex((t) => CLAUSE_END.has(t.text));
  const none = { firstToken: -1, lastToken: -1 };
  return aboutOtherEvent(model, none, end < 0 ? previous : previous.slice(0, end), true);
}

/**
 * The story's place of each kind ("camp" → "camp:Merva"): the one most of its articles name,
 * by two articles at least and more than any other of that kind.
 */
function mainPlaces(articles: Map<number, string[]>[]): Map<string, string> {
  const articlesNaming = new Map<string, number>();
  for (const bySentence of articles)
    for (const place of new Set([...bySentence.values()].flat()))
      articlesNaming.set(place, (articlesNaming.get(place) ?? 0) + 1);
  const byKind = new Map<string, [string, number][]>();
  for (const [place, n] of articlesNaming) addTo(byKind, kindOf(place), [place, n]);
  const main = new Map<string, string>();
  for (const [kind, places] of byKind) {
    const [first, second] = places.sort((a, b) => b[1] - a[1]);
    if (first && first[1] >= 2 && (!second || second[1] < first[1])) main.set(kind, first[0]);
  }
  return main;
}

/** A value whose sentence names a place of a kind the story is told in, but not the story's ("in the Tolna camp"). */
function atOtherPlace(places: string[] | undefined, storyPlaces: Map<string, string>): boolean {
  if (!places) return false;
  return places.some((p) => {
    const main = storyPlaces.get(kindOf(p));
    return main !== undefined && !places.includes(main);
  });
}

/** Sentences that make an article's lead: its headline and first sentences. */
const LEAD_SENTENCES = 3;

const DAY_MS = 86_400_000;
const YEAR_DAYS = 365.25;

/**
 * Ages told on different days, brought to the latest: 26 in an article of January may be 27 by
 * one of September (a birthday between), so an age of an earlier article reaches up by the years
 * between, rounded up. It does not move up: a victim's age stays as at the death in later news.
 * Ages of undated articles, and ages of another time (an era), stay as told.
 */
function agedToLatest(model: Model, group: FactGroup, published: Map<string, number>): FactGroup {
  if (group.key.era !== undefined) return group;
  const days = group.facts.map((f) => published.get(f.article)).filter((d): d is number => d !== undefined);
  if (days.length < 2) return group;
  const latest = Math.max(...days);
  const facts = group.facts.map((f) => {
    const day = published.get(f.article);
    if (day === undefined || day === latest) return f;
    const years = Math.ceil((latest - day) / YEAR_DAYS);
    const v = f.mention.value;
    const aged = { reading: describeValue(model, v), on: isoDay(day), by: isoDay(latest), years };
    return { ...f, mention: { ...f.mention, value: { ...v, high: v.high + years, aged } } };
  });
  return { ...group, facts };
}

const isoDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The year a date with no year written was read in (from its article's day): a day count to a calendar year. */
const yearOf = (mention: QuantityMention): number => new Date(mention.value.amount * 86_400_000).getUTCFullYear();

const eraField = (era: string | undefined): { era?: string } => (era ? { era } : {});

/** The head noun of a frame's thing: "engine" of "fire engine", "count" of "count of fraud". */
const headOf = (fact: Fact): string => headNoun(fact.mention.frame) ?? '';

/** Two facts of one article told apart by their owners, both named ("Olsen's two boats", "Berg's 19"). */
const ownedApart = (a: Fact, b: Fact): boolean =>
  a.key.qualifier !== undefined && b.key.qualifier !== undefined && a.key.qualifier !== b.key.qualifier;

/**
 * Facts read from grammar alone whose thing one article counts or measures twice with values that
 * cannot both be true and no two named owners tell apart ("two trucks" here, "three trucks"
 * there): the frame does not tell those things apart, so that article takes no side on any fact
 * of that thing.
 */
function dropAmbiguousFrames(groups: FactGroup[]): void {
  const seen = new Map<string, Fact[]>();
  for (const group of groups) for (const f of group.facts) addTo(seen, `${f.article}|${headOf(f)}`, f);
  const clash = (a: Fact, b: Fact): boolean => !overlaps(a.mention.value, b.mention.value) && !ownedApart(a, b);
  const torn = new Set(
    [...seen.entries()].filter(([, list]) => list.some((a) => list.some((b) => clash(a, b)))).map(([id]) => id),
  );
  if (torn.size === 0) return;
  for (const group of groups) group.facts = group.facts.filter((f) => !torn.has(`${f.article}|${headOf(f)}`));
}

/**
 * An article states its own story's figure first; a later value for the same key that cannot
 * be true with the first one is background (an earlier quake, another district's toll):
 * it is kept out of the comparison. About another time (`past`: "last year", "in 2004") an
 * article may name several events of one kind ("last year a 6.4 quake ...; an 8.7 quake also
 * hit in May 2012"): the one it shares with the other articles is the one nearest to their values.
 */
function leadFacts(facts: Fact[], past = false): Fact[] {
  const byArticle = new Map<string, Fact[]>();
  for (const f of facts) addTo(byArticle, f.article, f);
  const kept: Fact[] = [];
  for (const [article, list] of byArticle) {
    const sorted = [...list].sort((a, b) => a.mention.start - b.mention.start);
    const others = past ? facts.filter((f) => f.article !== article) : [];
    const lead = others.length > 0 ? nearest(sorted, others) : sorted[0];
    if (!lead) continue;
    kept.push(...sorted.filter((f) => f === lead || overlaps(f.mention.value, lead.mention.value)));
  }
  return kept;
}

/** Two reports of one figure more than this many times apart tell two things ("$12 a share", "$410 million"). */
const STRAY_FACTOR = 20;
/** Dimensions whose values are amounts from zero (a ratio means something): not dates, clock times, angles. */
const RATIO_DIMENSIONS = new Set<Dimension>([
  'count',
  'money',
  'length',
  'duration',
  'volume',
  'area',
  'information',
  'power',
  'energy',
  'frequency',
  'pressure',
  'torque',
  'current',
  'voltage',
  'charge',
  'data-rate',
  'fuel-economy',
  'concentration',
  'mass',
  'speed',
]);

/**
 * A value farther than STRAY_FACTOR from every other article's value is about something else or
 * misread ("$350MM" read as $350, a career's 120 goals against a season's 4): it leaves the fact.
 */
function withoutStrays(facts: Fact[]): Fact[] {
  const dimension = facts[0]?.mention.value.dimension;
  if (!dimension || !RATIO_DIMENSIONS.has(dimension)) return facts;
  // in base units: the middle of the interval, or its low end when it is open above ("more than 40")
  const size = ({ mention: { value } }: Fact): number =>
    Number.isFinite(value.high) ? (value.low + value.high) / 2 : value.low;
  const near = (a: Fact, b: Fact): boolean => {
    const [x, y] = [Math.abs(size(a)), Math.abs(size(b))];
    return Math.min(x, y) === 0 || Math.max(x, y) <= STRAY_FACTOR * Math.min(x, y); // "none were hurt" meets any
  };
  return facts.filter((f) => {
    const others = facts.filter((o) => o.article !== f.article);
    return others.length === 0 || others.some((o) => near(f, o));
  });
}

/** The fact whose value is nearest, in all, to the other articles' values (ties: the first). */
function nearest(candidates: Fact[], others: Fact[]): Fact | undefined {
  let best: Fact | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const distance = others.reduce((sum, o) => sum + gap(c.mention.value, o.mention.value), 0);
    if (distance < bestDistance) [best, bestDistance] = [c, distance];
  }
  return best;
}

/**
 * A value tied to no event word ("injuring dozens", keyed to the story's event) and the same
 * attribute told of the story's main event by name ("injured in the earthquake": the event word
 * most of its facts are tied to) are one fact, not two findings of one toll.
 */
function intoTheOneEvent(groups: Map<string, FactGroup>): void {
  const told = new Map<string, number>();
  for (const g of groups.values())
    if (g.key.subject !== MAIN_EVENT && !g.key.frame)
      told.set(g.key.subject, (told.get(g.key.subject) ?? 0) + g.facts.length);
  const ranked = [...told.entries()].sort((a, b) => b[1] - a[1]);
  // a main event only when one event word leads: a story of a quake and its tsunami has none
  if (ranked.length === 0 || (ranked[1] && ranked[1][1] === ranked[0]?.[1])) return;
  const main = (ranked[0] as [string, number])[0];
  // the main event's groups by what they state, looked up once each (the first of a kind wins)
  const stated = (k: FactKey): string => JSON.stringify([k.attribute, k.dimension, k.qualifier, k.era]);
  const targets = new Map<string, FactGroup>();
  for (const g of groups.values())
    if (g.key.subject === main && !g.key.frame && !g.key.alike && !targets.has(stated(g.key)))
      targets.set(stated(g.key), g);
  for (const [id, group] of [...groups]) {
    const key = group.key;
    if (key.subject !== MAIN_EVENT || key.frame || key.alike || key.label) continue;
    const target = targets.get(stated(key));
    if (!target) continue;
    target.facts.push(...group.facts.map((f) => ({ ...f, key: target.key })));
    groups.delete(id);
  }
}
