/**
 * Additions to the data files in `model/` from the user's configuration (aliases, event words,
 * count cues, tolerances), merged in by the loader in ./lexicon.ts as each file is loaded.
 *
 * The model is loaded once per process, when the pipeline is first imported, and modules
 * build their tables from it at load time. So overrides apply to one process run: set them
 * before anything imports the pipeline (the CLI does, after parsing its flags and reading the
 * config, then imports the pipeline lazily). Setting different ones after the model has been
 * loaded is an error rather than a silent no-op.
 */

/** Partial model data by file name (without `.json`): `{ hedges: { tolerance: { about: 0.2 } } }`. */
export type ModelOverrides = Record<string, unknown>;

let overrides: ModelOverrides = Object.create(null) as ModelOverrides;
/** Names of the model files loaded so far, and the overrides in force when the first was loaded. */
const loaded = new Set<string>();
let frozen: string | undefined;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A stable text of the overrides, to tell whether two sets are the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isRecord(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * A copy made of objects without a prototype: the loader (./lexicon.ts) makes every model
 * record so, and the config's additions too, so that a look-up of any word an article holds
 * ("valueOf", "constructor", "__proto__") finds nothing instead of a built-in.
 */
export function bareCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(bareCopy);
  if (!isRecord(value)) return value;
  const out = Object.create(null) as Record<string, unknown>;
  for (const [key, v] of Object.entries(value)) out[key] = bareCopy(v);
  return out;
}

/**
 * Sets the additions for this process run. Throws if the model was already loaded with
 * different ones (tables built from it could not be rebuilt).
 */
export function setOverrides(partialData: ModelOverrides): void {
  const next = bareCopy(partialData) as ModelOverrides;
  if (frozen !== undefined && canonical(next) !== frozen) {
    throw new Error(`model overrides set after the model was loaded (${[...loaded].sort().join(', ')}); they apply to one process run and must be set before the pipeline is imported`);
  }
  overrides = next;
}

/**
 * The additions in force: plain data, for the reading cache's key and for worker threads, which
 * load their own model and must call setOverrides with these first (src/parallel/worker.ts).
 */
export function getOverrides(): ModelOverrides {
  return overrides;
}

/**
 * Objects are merged key by key, arrays concatenated (leaving out items already there),
 * anything else replaced. `base` is modified in place and returned; it is the loader's own
 * prototype-free copy of the file.
 */
export function deepMerge(base: unknown, extra: unknown): unknown {
  if (extra === undefined) return base;
  if (Array.isArray(base) && Array.isArray(extra)) {
    const seen = new Set(base.map(canonical));
    for (const item of extra) {
      const key = canonical(item);
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

/** Called by the loader with each model file as loaded (prototype-free): returns it with the additions merged in. */
export function withOverrides<T>(name: string, data: T): T {
  loaded.add(name);
  frozen ??= canonical(overrides);
  const extra = overrides[name];
  return (extra === undefined ? data : deepMerge(data, extra)) as T;
}
