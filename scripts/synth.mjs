#!/usr/bin/env node
/**
 * A synthetic batch for `npm run bench`: N articles made from the ECB+ corpus
 * (<repo>/../shared/corpora/ecbplus/, read only) by a seeded generator, so that the batch is
 * the same on every machine and every run, yet not one article repeated.
 *
 * Article i is ECB+ article (i mod 982) in "variant" floor(i / 982). A variant of a sub-topic
 * (one story) gets, consistently for all its articles:
 *  - its own names: each capitalized word that is never written lower-case in the corpus
 *    ("Obama", "Aceh", "Staunton") becomes another such word of the corpus, so names stay
 *    names and places often stay places the gazetteer knows;
 *  - its own numbers: each number is scaled by a factor drawn for that number in that story
 *    (so the articles of a story still mostly agree), years are shifted by a few years, and
 *    one number in eight is nudged in one article only (so they sometimes disagree).
 * Clock times ("10:30") and number words are left as written. Variant v of sub-topic T lives in
 * the folder `T~v/`, so `--group dir` sees the synthetic stories.
 *
 *   node scripts/synth.mjs --out DIR [--count 10000] [--seed 1]   write the batch as .txt files
 *   import { loadCorpus, synthesize } from './synth.mjs'            or make it in memory
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const ECBPLUS = resolve(ROOT, '../shared/corpora/ecbplus');

/** The ECB+ articles, `{ path: 'T/file.txt', text }`, in path order. */
export function loadCorpus(dir = ECBPLUS) {
  if (!existsSync(dir)) throw new Error(`no corpus at ${dir}`);
  const articles = [];
  for (const topic of readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()) {
    for (const file of readdirSync(join(dir, topic))
      .filter((f) => f.endsWith('.txt'))
      .sort()) {
      articles.push({ path: `${topic}/${file}`, text: readFileSync(join(dir, topic, file), 'utf8') });
    }
  }
  return articles;
}

/** mulberry32: a small, fast, seeded generator of floats in [0, 1). */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit hash of a string (FNV-1a), to seed one story's generator. */
function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const CAPITALIZED = /\b\p{Lu}\p{Ll}{2,}\b/gu;
/** Capitalized words kept as they are even when never written lower-case. */
const KEEP = new Set(
  (
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday ' +
    'January February March April May June July August September October November December Mr Mrs Ms Dr The'
  ).split(' '),
);
/** A clock time, a number, or a year (tried in this order). */
const NUMBER = /\d{1,2}:\d{2}|\d+(?:[.,]\d+)*/g;

/** The names of the corpus: capitalized words never written lower-case in it. */
function namesOf(corpus) {
  const lower = new Set();
  for (const { text } of corpus) for (const m of text.matchAll(/\b\p{Ll}+\b/gu)) lower.add(m[0]);
  const names = new Set();
  for (const { text } of corpus)
    for (const m of text.matchAll(CAPITALIZED)) if (!lower.has(m[0].toLowerCase()) && !KEEP.has(m[0])) names.add(m[0]);
  return [...names].sort();
}

/** A number as written, scaled by `factor`, written the same way (grouping commas, decimals). */
function scaled(written, factor) {
  const plain = written.replace(/,(?=\d{3}\b)/g, '');
  if (!/^\d+(?:\.\d+)?$/.test(plain)) return written; // "1,2,3" and the like
  const value = Number(plain);
  const decimals = plain.includes('.') ? plain.length - plain.indexOf('.') - 1 : 0;
  let next = value * factor;
  next = decimals > 0 ? Number(next.toFixed(decimals)) : Math.max(value >= 1 ? 1 : 0, Math.round(next));
  const text = decimals > 0 ? next.toFixed(decimals) : String(next);
  return plain !== written
    ? Number(text).toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
    : text;
}

/**
 * `count` synthetic articles made from `corpus` with generator seed `seed`:
 * `{ path: 'T~v/file.txt', text }`, in path order of the source within each variant.
 */
export function synthesize(corpus, { count = 10_000, seed = 1 } = {}) {
  const pool = namesOf(corpus);
  const isName = new Set(pool);
  const stories = new Map(); // 'T~v' → { names, numbers, years, rand }
  const out = [];
  for (let i = 0; i < count; i++) {
    const source = corpus[i % corpus.length];
    const variant = Math.floor(i / corpus.length);
    const topic = source.path.slice(0, source.path.indexOf('/'));
    const key = `${topic}~${variant}`;
    let story = stories.get(key);
    if (!story) {
      const rand = random(hash(`${seed}:${key}`));
      story = { names: new Map(), numbers: new Map(), years: Math.floor(rand() * 11) - 5, rand };
      stories.set(key, story);
    }
    const { rand } = story;
    const own = random(hash(`${seed}:${key}:${source.path}`)); // this article's own nudges
    let text = source.text.replace(CAPITALIZED, (word) => {
      if (!isName.has(word)) return word;
      if (!story.names.has(word)) story.names.set(word, pool[Math.floor(rand() * pool.length)]);
      return story.names.get(word);
    });
    text = text.replace(NUMBER, (written) => {
      if (written.includes(':')) return written;
      if (/^(?:19|20)\d{2}$/.test(written)) return String(Number(written) + story.years);
      if (!story.numbers.has(written)) story.numbers.set(written, 0.5 + rand() * 1.5);
      const nudge = own() < 0.125 ? 1 + (own() < 0.5 ? -1 : 1) * (0.1 + own() * 0.3) : 1;
      return scaled(written, story.numbers.get(written) * nudge);
    });
    out.push({ path: `${key}/${source.path.slice(topic.length + 1)}`, text });
  }
  return out;
}

/** Writes `articles` under `dir` (folders made as needed). */
export function writeBatch(articles, dir) {
  for (const { path, text } of articles) {
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}

function option(args, name, fallback) {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] !== undefined ? args[at + 1] : fallback;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const outDir = option(args, '--out', null);
  if (!outDir || args.includes('--help')) {
    console.error('usage: node scripts/synth.mjs --out DIR [--count 10000] [--seed 1] [--corpus DIR]');
    process.exitCode = outDir ? 0 : 2;
  } else {
    const articles = synthesize(loadCorpus(option(args, '--corpus', ECBPLUS)), {
      count: Number(option(args, '--count', 10_000)),
      seed: Number(option(args, '--seed', 1)),
    });
    writeBatch(articles, resolve(outDir));
    console.log(`${articles.length} articles written to ${resolve(outDir)}`);
  }
}
