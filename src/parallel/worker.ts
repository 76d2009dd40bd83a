/**
 * The worker-thread entry (run by the pool in pool.ts): reads a few articles and sends back
 * their packed readings. Everything after reading runs on the main thread.
 *
 * The config's model data (docs/config.md) must be in force before the model is loaded, so it
 * comes with each task and the pipeline is imported after it is set, on the first task.
 */
import { setOverrides, type ModelOverrides } from '../model/overrides.js';
import type { Article } from '../types.js';
import type { PackedReading } from './reading.js';

export interface ReadTask {
  /** A few articles, read one after the other (fewer, larger tasks: see pool.ts). */
  articles: Article[];
  overrides: ModelOverrides;
}

let modules: Promise<[typeof import('../pipeline.js'), typeof import('./reading.js')]> | undefined;

export default async function read(task: ReadTask): Promise<PackedReading[]> {
  if (!modules) {
    setOverrides(task.overrides);
    modules = Promise.all([import('../pipeline.js'), import('./reading.js')]);
  }
  const [{ readArticle }, { pack }] = await modules;
  return task.articles.map((article) => pack(readArticle(article)));
}
