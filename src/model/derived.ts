/**
 * Tables a stage derives from a model (phrase tables, sets, indexes), built on first use and
 * kept with that model: a WeakMap keyed by the model, so they go when the model goes and two
 * models never share them.
 */
import type { Model } from '../types.js';

export function perModel<T>(build: (model: Model) => T): (model: Model) => T {
  const built = new WeakMap<Model, T>();
  return (model) => {
    let tables = built.get(model);
    if (tables === undefined) {
      tables = build(model);
      built.set(model, tables);
    }
    return tables;
  };
}
