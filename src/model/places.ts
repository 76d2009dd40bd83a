/**
 * Places and what contains them: countries (names, spellings, demonyms, region, subregion),
 * cities, the hand-kept macro-regions of model/regions.json, and each country's time zone.
 * Built from data handed in by the loader (./load.ts); the city list is large, so it is read
 * and indexed on first use, inside this value.
 */
import type { Regions } from './data.js';

export interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  altSpellings: string[];
  region: string;
  subregion: string;
  demonyms?: { eng?: { f: string; m: string } };
  unMember?: boolean;
}

export interface City {
  name: string;
  altName: string;
  country: string;
  population: number;
  /** GeoJSON point: [longitude, latitude]. */
  loc?: { coordinates: [number, number] };
}

/** A time zone: minutes east of UTC, without and with daylight saving (as today's rules have them). */
export interface Zone {
  utcOffset: number;
  dstOffset: number;
  /** The IANA names with these offsets ("America/Los_Angeles"): their rules tell the offset on a given day. */
  names?: string[];
}

/**
 * Minutes east of UTC on a day (YYYY-MM-DD), daylight saving included, when every IANA name of
 * the zones agrees on it (the rules Node's ICU ships, past years included: no network); null when
 * they differ that day (Brisbane and Sydney in January), or a name or the day is unknown.
 */
export function offsetOn(zones: readonly Zone[], day: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const names = zones.flatMap((z) => z.names ?? []);
  if (names.length === 0) return null;
  let found: number | null = null;
  for (const name of names) {
    const offset = offsetOfName(name, day);
    if (offset === null || (found !== null && offset !== found)) return null;
    found = offset;
  }
  return found;
}

function offsetOfName(name: string, day: string): number | null {
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone: name, timeZoneName: 'longOffset' }).formatToParts(
      new Date(`${day}T12:00:00Z`),
    );
    const written = parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
    if (written === 'GMT') return 0;
    const m = /^GMT([+-])(\d{2}):(\d{2})$/.exec(written);
    return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : null;
  } catch {
    return null;
  }
}

export interface Country {
  code: string;
  name: string;
  region: string;
  subregion: string;
}

/** Where the place data comes from: lists read when first needed. */
export interface PlaceSources {
  countries: () => WorldCountry[];
  cities: () => City[];
  regions: Regions;
  /** A country's time zones, each offset once. */
  zones: (code: string) => Zone[];
}

/** Cities smaller than this are left out: they collide with ordinary names too often. */
const MIN_CITY_POPULATION = 15_000;

const key = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[.’']/g, '')
    .replace(/\s+/g, ' ')
    .trim();

interface CountryIndex {
  byName: Map<string, Country>;
  byDemonym: Map<string, Country>;
  byCode: Map<string, Country>;
}

interface CityEntry {
  country: string;
  population: number;
  longitude: number | null;
}

type CityIndex = Map<string, CityEntry[]>;

export class Places {
  private countryIndex: CountryIndex | undefined;
  private cityIndex: CityIndex | undefined;
  private readonly macro: Map<string, { name: string; codes: Set<string> }>;

  constructor(private readonly sources: PlaceSources) {
    this.macro = new Map(
      Object.entries(sources.regions.regions).map(([name, codes]) => [key(name), { name, codes: new Set(codes) }]),
    );
  }

  countryNamed(name: string): Country | null {
    return this.countries().byName.get(key(name)) ?? null;
  }

  countryByCode(code: string): Country | null {
    return this.countries().byCode.get(code) ?? null;
  }

  /** "Russian" → Russia, "American" → United States. */
  countryOfDemonym(word: string): Country | null {
    return this.countries().byDemonym.get(key(word)) ?? null;
  }

  /** The countries (ISO codes) that have a city of this name, largest city first. */
  cityCountries(name: string): string[] {
    return this.cities(name).map((c) => c.country);
  }

  /** The largest city of this name, if any. */
  largestCity(name: string): CityEntry | null {
    return this.cities(name)[0] ?? null;
  }

  /**
   * What a place is, as a chain from itself outwards: a city's country, a country's
   * subregion and region, and every macro-region that holds the country.
   */
  placeChain(name: string): string[] {
    const region = this.macro.get(key(name));
    if (region) return [region.name];
    const country = this.countryNamed(name);
    const codes = country ? [country.code] : this.cityCountries(name).slice(0, 1);
    const chain = [name];
    for (const code of codes) {
      const c = this.countryByCode(code);
      if (!c) continue;
      if (c.name !== name) chain.push(c.name);
      for (const r of this.macro.values()) if (r.codes.has(code)) chain.push(r.name);
      chain.push(c.subregion, c.region);
    }
    return [...new Set(chain.filter(Boolean))];
  }

  isKnownPlace(name: string): boolean {
    return this.macro.has(key(name)) || this.countryNamed(name) !== null;
  }

  /** Whether place `outer` contains `inner` (or is it). */
  contains(outer: string, inner: string): boolean {
    const target = key(outer);
    return this.placeChain(inner).some((p) => key(p) === target);
  }

  /**
   * A country's time zone: its one zone, or, when it has several, the one nearest to the sun time
   * at a longitude in it (4 minutes a degree: Banda Aceh at 95°E is UTC+7, Jayapura at 141°E UTC+9);
   * null when it has several and no longitude is known.
   */
  mainZone(code: string, longitude: number | null = null): Zone | null {
    const zones = this.sources.zones(code);
    if (zones.length <= 1) return zones[0] ?? null;
    if (longitude === null) return null;
    const sun = longitude * 4;
    return zones.reduce((best, z) => (Math.abs(z.utcOffset - sun) < Math.abs(best.utcOffset - sun) ? z : best));
  }

  /**
   * The zones a place may be in, by the sun: those of the country with the standard offset of its
   * main zone (Phoenix and Denver both; Brisbane and Sydney both). None when mainZone finds none.
   */
  zonesAt(code: string, longitude: number | null = null): Zone[] {
    const main = this.mainZone(code, longitude);
    return main ? this.sources.zones(code).filter((z) => z.utcOffset === main.utcOffset) : [];
  }

  private countries(): CountryIndex {
    if (this.countryIndex) return this.countryIndex;
    const index: CountryIndex = { byName: new Map(), byDemonym: new Map(), byCode: new Map() };
    const members = new Set<string>();
    for (const c of this.sources.countries()) {
      const country: Country = { code: c.cca2, name: c.name.common, region: c.region, subregion: c.subregion };
      index.byCode.set(c.cca2, country);
      for (const n of [c.name.common, c.name.official, ...c.altSpellings.filter((s) => s.length > 3)]) {
        if (!index.byName.has(key(n))) index.byName.set(key(n), country);
      }
      // "American" is the United States, not one of its territories: UN members win a shared demonym
      const demonym = c.demonyms?.eng?.m;
      if (demonym && (!index.byDemonym.has(key(demonym)) || (c.unMember && !members.has(key(demonym))))) {
        index.byDemonym.set(key(demonym), country);
        if (c.unMember) members.add(key(demonym));
      }
    }
    return (this.countryIndex = index);
  }

  private cities(name: string): CityEntry[] {
    if (!this.cityIndex) {
      const all = this.sources
        .cities()
        .filter((c) => c.population >= MIN_CITY_POPULATION)
        .sort((a, b) => b.population - a.population);
      const index: CityIndex = new Map();
      for (const city of all) {
        for (const n of [city.name, city.altName].filter(Boolean)) {
          const list = index.get(key(n)) ?? [];
          if (!list.some((c) => c.country === city.country))
            list.push({
              country: city.country,
              population: city.population,
              longitude: city.loc?.coordinates[0] ?? null,
            });
          index.set(key(n), list);
        }
      }
      this.cityIndex = index;
    }
    return this.cityIndex.get(key(name)) ?? [];
  }
}
