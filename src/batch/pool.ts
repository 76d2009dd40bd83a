/**
 * Reading articles in worker threads. The workers (worker.ts) run `readArticle`, the costly
 * per-article part (NLP, quantities, name candidates), and send back packed readings; the main
 * thread unpacks them and runs the rest of the pipeline. The pool is tinypool: a maintained,
 * dependency-free worker-thread pool (see docs/performance.md for why not piscina).
 */
import { availableParallelism } from 'node:os';
import type { ModelAdditions } from '../model/additions.js';
import type { Article, ArticleReading } from '../types.js';
import { unpack, type PackedReading } from './packed.js';
import type { ReadTask } from './worker.js';

/**
 * Workers pay for themselves from about this many articles each: a worker loads the NLP model
 * first, its readings are packed and unpacked, and two taggers on two cores share one memory bus
 * (two bare compromise processes on half of ECB+ each finish in 8.6 s, not half of 12.7). Measured
 * on 2 cores, default against --jobs 1: 48 articles 1.30, 200 1.04, 300 0.96, 982 0.84
 * (docs/performance.md); with fewer articles per worker the default uses fewer workers.
 */
export const ARTICLES_PER_WORKER = 150;

/** The built worker, next to this module; none when running from TypeScript sources (tests). */
const WORKER = import.meta.url.endsWith('.js') ? new URL('./worker.js', import.meta.url) : null;

/** Whether worker threads can be used here (not when running from TypeScript sources). */
export const canUseWorkers = WORKER !== null;

/**
 * Threads to read `articles` articles with: `requested` (--jobs) capped at the number of
 * articles, else one per CPU, capped so that each worker has at least ARTICLES_PER_WORKER
 * articles. 1 means the main thread reads alone.
 */
export function jobsFor(articles: number, requested?: number): number {
  const wanted = requested ?? Math.min(availableParallelism(), Math.floor(articles / ARTICLES_PER_WORKER));
  return Math.max(1, Math.min(wanted, articles));
}

/**
 * Articles per task: a task costs the pool a message each way and a heap measurement in the
 * worker (tinypool reads `process.memoryUsage()` after each, about 2 % of a worker's time at one
 * article a task), so a few articles go together; fewer in small batches, so that the work
 * still spreads evenly over the workers.
 */
export function chunkSize(articles: number, jobs: number): number {
  return Math.max(1, Math.min(MAX_CHUNK, Math.floor(articles / (jobs * 8))));
}
const MAX_CHUNK = 8;

/** The readings of `articles` (in their order), made by `jobs` worker threads with a model of `additions`. */
export async function readInWorkers(
  articles: Article[],
  additions: ModelAdditions,
  jobs: number,
  onEach?: (article: Article) => void,
): Promise<ArticleReading[]> {
  if (!WORKER) throw new Error('worker threads need the built package (dist/)');
  const { Tinypool } = await import('tinypool');
  const pool = new Tinypool({ filename: WORKER.href, minThreads: jobs, maxThreads: jobs, idleTimeout: 0 });
  try {
    const size = chunkSize(articles.length, jobs);
    const chunks: Article[][] = [];
    for (let i = 0; i < articles.length; i += size) chunks.push(articles.slice(i, i + size));
    const read = await Promise.all(
      chunks.map(async (chunk) => {
        const packed = (await pool.run({ articles: chunk, additions } satisfies ReadTask)) as PackedReading[];
        return chunk.map((article, k) => {
          const reading = unpack(packed[k] as PackedReading, article);
          onEach?.(article);
          return reading;
        });
      }),
    );
    return read.flat();
  } finally {
    await pool.destroy();
  }
}
