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
  /** Called as articles are read (from the cache, a worker or this thread), and within a long one on this thread. */
  onRead?: (progress: ReadProgress) => void;
}

/** How far reading is: articles and characters done, of how many. */
export interface ReadProgress {
  articles: number;
  ofArticles: number;
  chars: number;
  ofChars: number;
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
  const onRead = options.onRead;
  const progress: ReadProgress = {
    articles: articles.length - missing.length,
    ofArticles: articles.length,
    chars: articles.reduce((n, a, i) => n + (readings[i] === undefined ? 0 : a.text.length), 0),
    ofChars: articles.reduce((n, a) => n + a.text.length, 0),
  };
  const tick = onRead
    ? (article: Article) => {
        progress.articles++;
        progress.chars += article.text.length;
        onRead({ ...progress });
      }
    : undefined;
  if (onRead && progress.articles > 0) onRead({ ...progress });
  let fresh: ArticleReading[];
  if (jobs > 1) fresh = await readInWorkers(missing, model.additions, jobs, tick);
  else {
    fresh = missing.map((a) => {
      // a long article is read in pieces: the progress moves within it too
      const within = onRead ? (chars: number) => onRead({ ...progress, chars: progress.chars + chars }) : undefined;
      const reading = readArticle(model, a, within);
      tick?.(a);
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
