/**
 * The batch edge: the readings of a batch (the per-article part of the pipeline), from the
 * cache where it has them, else made by worker threads (--jobs), else on this thread. The
 * pipeline's `read` stage calls this; the rest runs on the main thread.
 */
import { readArticle } from '../extract/read.js';
import type { Article, ArticleReading, Model } from '../types.js';
import type { ReadingCache } from './cache.js';
import { canUseWorkers, jobsFor, readInWorkers } from './pool.js';

export interface ReadOptions {
  /** Threads to read with (--jobs); default one per CPU for a batch large enough (see jobsFor). */
  jobs?: number;
  cache?: ReadingCache;
  /** Called as articles are read (from the cache, a worker or this thread): how many of how many. */
  onRead?: (done: number, total: number) => void;
}

/** How many cache files are written at once. */
const WRITES = 16;

/** The reading of each article, in the order of `articles`. */
export async function readBatch(
  articles: Article[],
  model: Model,
  options: ReadOptions = {},
): Promise<ArticleReading[]> {
  const readings = articles.map((a) => options.cache?.get(a));
  const missing = articles.filter((_, i) => readings[i] === undefined);
  const jobs = canUseWorkers ? jobsFor(missing.length, options.jobs) : 1;
  const total = articles.length;
  let done = total - missing.length;
  const onRead = options.onRead;
  const tick = onRead ? () => onRead(++done, total) : undefined;
  if (onRead && done > 0) onRead(done, total);
  let fresh: ArticleReading[];
  if (jobs > 1) fresh = await readInWorkers(missing, model.additions, jobs, tick);
  else {
    fresh = missing.map((a) => {
      const reading = readArticle(model, a);
      tick?.();
      return reading;
    });
  }
  const cache = options.cache;
  if (cache) {
    for (let i = 0; i < missing.length; i += WRITES) {
      await Promise.all(missing.slice(i, i + WRITES).map((a, k) => cache.set(a, fresh[i + k] as ArticleReading)));
    }
  }
  let next = 0;
  return readings.map((r) => r ?? (fresh[next++] as ArticleReading));
}
