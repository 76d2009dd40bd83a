/**
 * What the align stage knows about an article beyond one sentence: its year, the people
 * it names (with canonical identities), and the UTC offset of its "local time".
 */
import { yearIn } from '../text/years.js';
import type { Entity, Model, TokenizedArticle } from '../types.js';
import { bySentence } from '../util/by-sentence.js';
import { placeKindAfter } from '../text/place-kinds.js';
import { remembered } from '../util/remembered.js';
import { offsetOn, type Zone } from '../model/places.js';

export interface PersonAt {
  sentence: number;
  firstToken: number;
  lastToken: number;
  name: string;
  type: 'person' | 'organization';
}

/** A place named in an article: where in it, and its canonical name. */
export interface PlaceAt {
  sentence: number;
  firstToken: number;
  lastToken: number;
  name: string;
}

export interface ArticleContext {
  /** Publication year, else the latest year the article names, else null. */
  year: number | null;
  people: PersonAt[];
  /** The places the article names, by sentence ("Dalen Island, home to 80,000 people"). */
  placesBySentence?: Map<number, PlaceAt[]>;
  /** The same people by sentence: a value's neighbours found without scanning its article. */
  peopleBySentence?: Map<number, PersonAt[]>;
  /** Minutes east of UTC for "local time", from the country the story names most; null if unknown. */
  localOffset: number | null;
  /**
   * The same for a time written with no zone (news gives the time where the event happened), unless
   * a regional zone the story states (PST, IST) is not the local one: then the place was misread, or
   * an outlet gives times in its own zone, and a time with no zone is left unconverted (null).
   */
  unzonedOffset?: number | null;
}

/** The clock of a story, found once for all its articles: the offset of its place on a day, and its trust. */
export interface StoryClock {
  /** Minutes east of UTC where the story happened, on an article's day (undefined: undated). */
  offsetOn: (day: string | undefined) => number | null;
  /** Whether a time with no zone is read as local (no regional zone the story states contradicts the place). */
  unzonedLocal: boolean;
}

/** The story's clock from its entities and the zones its clock times state ("PST", "GMT"). */
export function storyClock(model: Model, entities: Entity[], statedZones: readonly string[] = []): StoryClock {
  const zones = localZones(model, entities);
  // the offset of each day asked for once: each IANA name's rules are read through Intl
  const dated = remembered((day: string) => offsetOn(zones, day));
  const undated = undatedOffset(zones);
  return {
    offsetOn: (day) => (day ? dated(day) : undated),
    unzonedLocal: statedZones.every((z) => zoneAgrees(model, z, zones)),
  };
}

/** Where an article names entities of the given types: each mention's place, with its entity's name. */
function namedIn(
  entities: Entity[],
  path: string,
  types: readonly Entity['type'][],
): { at: PlaceAt; entity: Entity }[] {
  return entities
    .filter((e) => types.includes(e.type))
    .flatMap((entity) =>
      entity.mentions
        .filter((m) => m.path === path)
        .map(({ mention }) => ({
          at: {
            sentence: mention.sentence,
            firstToken: mention.firstToken,
            lastToken: mention.lastToken,
            name: entity.name,
          },
          entity,
        })),
    );
}

export function articleContext(
  model: Model,
  parsed: TokenizedArticle,
  entities: Entity[],
  clock: StoryClock = storyClock(model, entities),
): ArticleContext {
  const path = parsed.article.path;
  const people: PersonAt[] = namedIn(entities, path, ['person', 'organization']).map(({ at, entity }) => ({
    ...at,
    type: entity.type as 'person' | 'organization',
  }));
  const peopleBySentence = bySentence(people);
  const places: PlaceAt[] = namedIn(entities, path, ['place']).map(({ at }) => at);
  const local = clock.offsetOn(parsed.article.date);
  return {
    year: yearOf(model, parsed),
    people,
    peopleBySentence,
    placesBySentence: bySentence(places),
    localOffset: local,
    unzonedOffset: clock.unzonedLocal ? local : null,
  };
}

/** "in the Tolna camp", "at Dalton village": a place where something happened, not one come from. */
const LOCATIVES = new Set(['in', 'at', 'near', 'inside']);
const where = (tokens: { lower: string }[], first: number): boolean =>
  LOCATIVES.has(tokens[first - 1]?.lower ?? '') ||
  (tokens[first - 1]?.lower === 'the' && LOCATIVES.has(tokens[first - 2]?.lower ?? ''));

/**
 * Each article's places that a kind word follows, after a locative ("in the Tolna refugee camp":
 * "camp:Tolna"), by path and sentence: one pass over the story's place mentions.
 */
export function kindedPlaces(
  model: Model,
  articles: TokenizedArticle[],
  entities: Entity[],
): Map<string, Map<number, string[]>> {
  const tokensOf = new Map(articles.map((a) => [a.article.path, a.tokens]));
  const found = new Map<string, Map<number, string[]>>();
  for (const e of entities) {
    if (e.type !== 'place') continue;
    for (const { path, mention } of e.mentions) {
      const tokens = tokensOf.get(path)?.[mention.sentence];
      if (!tokens) continue;
      const kind = placeKindAfter(model, tokens, mention.lastToken);
      if (!kind || !where(tokens, mention.firstToken)) continue;
      const bySentence = found.get(path) ?? new Map<number, string[]>();
      bySentence.set(mention.sentence, [...(bySentence.get(mention.sentence) ?? []), `${kind}:${e.name}`]);
      found.set(path, bySentence);
    }
  }
  return found;
}

/** The people named in one sentence of the article (by the index when the context has one). */
export function peopleIn(context: Partial<ArticleContext>, sentence: number): PersonAt[] {
  return context.peopleBySentence?.get(sentence) ?? (context.people ?? []).filter((p) => p.sentence === sentence);
}

/** The publication year, else the latest year the article names (news looks back, rarely ahead). */
function yearOf(model: Model, parsed: TokenizedArticle): number | null {
  if (parsed.article.date) return Number(parsed.article.date.slice(0, 4));
  let latest: number | null = null;
  for (const t of parsed.tokens.flat()) {
    const year = yearIn(t, model.calendar.years.named);
    if (year !== null && (latest === null || year > latest)) latest = year;
  }
  return latest;
}

/**
 * The time zones of the story's most-named place (every article's mentions counted, so that "local
 * time" is read the same way in each) that resolves to a country: the country's zone, or in a
 * country of several zones those at the longitude of the story's most-named city in it (none when it
 * names none).
 */
function localZones(model: Model, entities: Entity[]): Zone[] {
  const places = entities
    .filter((e) => e.type === 'place')
    .map((e) => ({ e, n: e.mentions.length }))
    .filter((p) => p.n > 0)
    .sort((a, b) => b.n - a.n);
  for (const { e } of places) {
    const code = model.places.countryNamed(e.name)?.code ?? model.places.largestCity(e.name)?.country;
    if (!code) continue;
    const city = places
      .map((p) => model.places.largestCity(p.e.name))
      .find((c) => c?.country === code && c.longitude !== null);
    return model.places.zonesAt(code, city?.longitude ?? null);
  }
  return [];
}

/**
 * The offset of the place's zones for an undated article: known only when none keeps daylight saving
 * today and all agree (a dated one asks their rules, past changes included: offsetOn).
 */
function undatedOffset(zones: Zone[]): number | null {
  const [first] = zones;
  return first && zones.every((z) => z.utcOffset === first.utcOffset && z.dstOffset === first.utcOffset)
    ? first.utcOffset
    : null;
}

/** Whether a zone a story states may be the place's own: a universal one, or one of the place's offsets. */
function zoneAgrees(model: Model, zone: string, zones: Zone[]): boolean {
  if (zone === 'UTC' || zone === 'GMT' || zone === 'local') return true;
  // "PT", "ET": standard or daylight time by the date; their standard offset names the region
  const offset = model.clock.offsets[zone] ?? model.clock.regionalOffsets?.[zone];
  return offset !== undefined && zones.some((z) => offset === z.utcOffset || offset === z.dstOffset);
}
