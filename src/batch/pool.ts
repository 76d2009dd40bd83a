/**
 * Reading articles in threads. The workers (worker.ts) run `readArticle`, the costly per-article
 * part (NLP, quantities, name candidates), and send back packed readings; the main thread reads
 * articles too, unpacks the workers' readings and runs the rest of the pipeline. The pool is tinypool: a maintained,
 * dependency-free worker-thread pool (see docs/performance.md for why not piscina).
 */
import { availableParallelism } from 'node:os';
import { readArticle } from '../extract/read.js';
import type { Article, ArticleReading, Model } from '../types.js';
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

/**
 * The readings of `articles` (in their order), made by `jobs` threads: this one and `jobs - 1` workers
 * with a model of the same additions. This thread would otherwise wait for the workers; reading here
 * also spares one worker's model load and the packing of its readings. It reads one article at a time
 * and lets the workers' messages through between two, so they are handed their next task at once.
 */
export async function readInThreads(
  articles: Article[],
  model: Model,
  jobs: number,
  onEach?: (article: Article) => void,
): Promise<ArticleReading[]> {
  if (!WORKER) throw new Error('worker threads need the built package (dist/)');
  const { Tinypool } = await import('tinypool');
  const workers = jobs - 1;
  const pool = new Tinypool({ filename: WORKER.href, minThreads: workers, maxThreads: workers, idleTimeout: 0 });
  try {
    const size = chunkSize(articles.length, jobs);
    const chunks: Article[][] = [];
    for (let i = 0; i < articles.length; i += size) chunks.push(articles.slice(i, i + size));
    const read: ArticleReading[][] = [];
    let next = 0;
    const inWorker = async (): Promise<void> => {
      for (let i = next++; i < chunks.length; i = next++) {
        const chunk = chunks[i] as Article[];
        const task: ReadTask = { articles: chunk, additions: model.additions };
        const packed = (await pool.run(task)) as PackedReading[];
        read[i] = chunk.map((article, k) => {
          const reading = unpack(packed[k] as PackedReading, article);
          onEach?.(article);
          return reading;
        });
      }
    };
    const here = async (): Promise<void> => {
      for (let i = next++; i < chunks.length; i = next++) {
        const readings: ArticleReading[] = (read[i] = []);
        for (const article of chunks[i] as Article[]) {
          await new Promise<void>((resolve) => setImmediate(resolve));
          readings.push(readArticle(model, article));
          onEach?.(article);
        }
      }
    };
    // two tasks in flight per worker: it starts the next while this thread hands it the one after
    await Promise.all([...Array.from({ length: 2 * workers }, inWorker), here()]);
    return read.flat();
  } finally {
    await pool.destroy();
  }
}
