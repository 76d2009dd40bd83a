/**
 * What crosses a thread or goes to the cache is a packed reading (no article, no tokens);
 * unpacked, it must equal what readArticle made, field for field. Correctness only.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serialize, deserialize } from 'node:v8';
import { afterAll, describe, expect, it } from 'vitest';
import { ReadingCache } from '../../src/batch/cache.js';
import { pack, unpack } from '../../src/batch/packed.js';
import { availableParallelism } from 'node:os';
import { ARTICLES_PER_WORKER, chunkSize, jobsFor } from '../../src/batch/pool.js';
import { readArticle as readWith } from '../../src/extract/read.js';
import { check as checkWith } from '../../src/pipeline.js';
import type { Article, ArticleReading } from '../../src/types.js';
import { ROOT } from '../helpers/io.js';
import { MODEL } from '../helpers/model.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'factdiff-reading-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function articlesIn(dir: string): Article[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ path: `${dir}/${f}`, text: readFileSync(path.join(ROOT, dir, f), 'utf8') }));
}

const articles = [...articlesIn('fixtures/seeds'), ...articlesIn('fixtures/cases')];
const TOOL = { name: 'factdiff', version: '0.0.0-test' };
const readArticle = (a: Article): ArticleReading => readWith(MODEL, a);
const check = (
  list: Article[],
  options: { readings?: ArticleReading[]; onStage?: (s: string, ms: number) => void } = {},
) => checkWith(list, { model: MODEL, tool: TOOL, ...options });

describe('packed readings', () => {
  it('unpack(structured clone of pack(r)) equals r, for every fixture article', () => {
    expect(articles.length).toBeGreaterThan(10);
    for (const article of articles) {
      const reading = readArticle(article);
      expect(unpack(deserialize(serialize(pack(reading))), article)).toStrictEqual(reading);
    }
  });

  it('through the JSON cache too (open intervals, "$" in text), with a date in the key', async () => {
    const cache = await ReadingCache.open(path.join(scratch, 'cache'), TOOL, {});
    const tricky: Article = {
      path: 'x.txt',
      text: 'The call lasted more than two hours, with $5 million at stake, a $Infinity joke aside.',
      date: '2025-03-18',
    };
    for (const article of [...articles, tricky]) {
      const reading = readArticle(article);
      expect(cache.get(article)).toBeUndefined();
      await cache.set(article, reading);
      expect(cache.get(article)).toStrictEqual(reading);
    }
    expect(cache.get({ ...tricky, date: '2025-03-19' })).toBeUndefined(); // another date, another reading
    // the key is the content
    expect(cache.get({ ...tricky, path: 'moved/y.txt' })?.parsed.article.path).toBe('moved/y.txt');
    expect(readArticle(tricky).mentions.some((m) => m.value.high === Infinity)).toBe(true);
  });

  it('check() with readings from elsewhere gives the same report', () => {
    const readings = articles.map((a) => unpack(deserialize(serialize(pack(readArticle(a)))), a));
    expect(JSON.stringify(check(articles, { readings }))).toBe(JSON.stringify(check(articles)));
  });

  it('check() leaves the readings it is given as they were', () => {
    const readings = articles.map(readArticle);
    const before = JSON.stringify(readings);
    expect(readings.reduce((n, r) => n + r.names.length, 0)).toBeGreaterThan(100);
    check(articles, { readings });
    expect(JSON.stringify(readings)).toBe(before);
  });

  it('onStage reports each stage, without changing the report', () => {
    const seen = new Set<string>();
    const report = check(articles, {
      onStage: (stage, ms) => (expect(ms).toBeGreaterThanOrEqual(0), seen.add(stage)),
    });
    expect(JSON.stringify(report)).toBe(JSON.stringify(check(articles)));
    expect([...seen].sort()).toEqual(['align', 'compare', 'finish', 'group', 'read', 'report', 'resolve']);
  });
});

describe('chunkSize', () => {
  it('sends a few articles a task, fewer in small batches so that every worker gets some', () => {
    expect(chunkSize(10_000, 2)).toBe(8);
    expect(chunkSize(48, 2)).toBe(3);
    expect(chunkSize(5, 2)).toBe(1);
    expect(chunkSize(0, 2)).toBe(1);
    for (const n of [1, 24, 48, 100, 999])
      for (const jobs of [2, 4])
        expect(Math.ceil(n / chunkSize(n, jobs))).toBeGreaterThanOrEqual(Math.min(n, jobs * 4));
  });
});

describe('jobsFor', () => {
  it('caps --jobs at the number of articles, and the default at one worker per 24 articles', () => {
    expect(jobsFor(5, 8)).toBe(5);
    expect(jobsFor(0, 4)).toBe(1);
    expect(jobsFor(1000, 1)).toBe(1);
    expect(jobsFor(5)).toBe(1);
    // below the break-even batch the main thread reads alone (workers cost more than they give)
    expect(jobsFor(200)).toBe(1);
    expect(jobsFor(ARTICLES_PER_WORKER * 2)).toBe(Math.min(2, availableParallelism()));
    expect(jobsFor(100_000)).toBeGreaterThanOrEqual(1);
  });
});
