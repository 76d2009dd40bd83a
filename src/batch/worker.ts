/**
 * The worker-thread entry (run by the pool in pool.ts): reads a few articles and sends back
 * their packed readings. Everything after reading runs on the main thread.
 *
 * A task carries the model's additions (plain data: a model holds functions and cannot cross
 * a thread); the worker loads its own model from them once and keeps it for the tasks that
 * carry the same additions.
 */
import { canonicalJson, type ModelAdditions } from '../model/additions.js';
import { loadModel } from '../model/load.js';
import { readArticle } from '../extract/read.js';
import type { Article, Model } from '../types.js';
import { pack, type PackedReading } from './packed.js';

export interface ReadTask {
  /** A few articles, read one after the other (fewer, larger tasks: see pool.ts). */
  articles: Article[];
  additions: ModelAdditions;
}

/** This worker's model and the additions it was made with (a worker serves one batch). */
let loaded: { key: string; model: Model } | undefined;

function modelFor(additions: ModelAdditions): Model {
  const key = canonicalJson(additions);
  if (loaded?.key !== key) loaded = { key, model: loadModel(additions) };
  return loaded.model;
}

export default function read(task: ReadTask): PackedReading[] {
  const model = modelFor(task.additions);
  return task.articles.map((article) => pack(readArticle(model, article)));
}
