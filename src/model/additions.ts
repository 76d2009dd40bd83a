/**
 * Additions to the data files in `model/` (aliases, event words, count cues, tolerances from
 * the user's config, or from a library caller), merged into a model as it is loaded
 * (./load.ts). Plain data: a worker thread is sent them and loads its own model from them.
 */
import type { ModelFile } from './data.js';

/** Partial model data by file name (without `.json`): `{ hedges: { tolerance: { about: 0.2 } } }`. */
export type ModelAdditions = Partial<Record<ModelFile, unknown>>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A stable text of plain data (keys sorted), to tell whether two sets of additions are the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isRecord(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * A copy made of objects without a prototype: the loader makes every model record so, and the
 * additions too, so that a look-up of any word an article holds ("valueOf", "constructor",
 * "__proto__") finds nothing instead of a built-in.
 */
export function bareCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(bareCopy);
  if (!isRecord(value)) return value;
  const out = Object.create(null) as Record<string, unknown>;
  for (const [key, v] of Object.entries(value)) out[key] = bareCopy(v);
  return out;
}

/**
 * Objects are merged key by key, arrays concatenated (leaving out items already there),
 * anything else replaced. `base` is modified in place and returned; it is the loader's own
 * prototype-free copy of the file.
 */
export function deepMerge(base: unknown, extra: unknown): unknown {
  if (extra === undefined) return base;
  if (Array.isArray(base) && Array.isArray(extra)) {
    const seen = new Set(base.map(canonicalJson));
    for (const item of extra) {
      const key = canonicalJson(item);
      if (!seen.has(key)) {
        seen.add(key);
        base.push(bareCopy(item));
      }
    }
    return base;
  }
  if (isRecord(base) && isRecord(extra)) {
    for (const [key, value] of Object.entries(extra)) {
      base[key] = Object.prototype.hasOwnProperty.call(base, key) ? deepMerge(base[key], value) : bareCopy(value);
    }
    return base;
  }
  return bareCopy(extra);
}
