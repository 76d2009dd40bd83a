#!/usr/bin/env node
/**
 * How well `--group auto` finds the stories of a mixed batch: the whole ECB+ corpus
 * (../shared/corpora/ecbplus/) is read as one batch, and the groups are scored against the
 * sub-topic folders (the true stories) with B-cubed precision, recall and F1.
 * Run after a build: `node scripts/grouping.mjs [--mixed] [--threshold T ...]` (--mixed lists the stories
 * that hold articles of two true stories). Articles carry their dateline dates, as the CLI reads them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = resolve(ROOT, '../shared/corpora/ecbplus');

export function bcubed(clusters, gold) {
  const clusterOf = new Map();
  clusters.forEach((c, i) => c.forEach((p) => clusterOf.set(p, i)));
  const sizes = new Map();
  for (const c of gold.values()) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  let precision = 0;
  let recall = 0;
  const items = [...clusterOf.keys()];
  for (const p of items) {
    const mine = clusters[clusterOf.get(p)];
    const same = mine.filter((q) => gold.get(q) === gold.get(p)).length;
    precision += same / mine.length;
    recall += same / sizes.get(gold.get(p));
  }
  precision /= items.length;
  recall /= items.length;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

/** Stories that hold articles of more than one true story: each true story's share, largest first. */
export function mixedStories(groups, gold) {
  const lines = [];
  for (const group of groups) {
    const counts = new Map();
    for (const p of group) counts.set(gold.get(p), (counts.get(gold.get(p)) ?? 0) + 1);
    if (counts.size < 2) continue;
    const parts = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    lines.push(`mixed: ${parts.map(([c, n]) => `${c} ${n}`).join(', ')}`);
  }
  return lines;
}

async function main() {
  if (!existsSync(CORPUS)) {
    console.error(`grouping: no corpus at ${CORPUS}`);
    return 2;
  }
  const { loadModel, mentionsOf, readArticle, groupStories } = await import('../dist/index.js');
  // the publication date from a dateline, as the CLI's ingest reads it (src/ingest/date.ts)
  const { publicationDate } = await import('../dist/ingest/date.js');
  const model = loadModel();
  const articles = [];
  const gold = new Map();
  for (const cluster of readdirSync(CORPUS)
    .filter((d) => !d.includes('.'))
    .sort()) {
    for (const file of readdirSync(join(CORPUS, cluster))
      .filter((f) => f.endsWith('.txt'))
      .sort()) {
      const path = `${cluster}/${file}`;
      const text = readFileSync(join(CORPUS, cluster, file), 'utf8');
      const date = publicationDate(model, text);
      articles.push(date ? { path, text, date } : { path, text });
      gold.set(path, cluster);
    }
  }
  const started = Date.now();
  const { mentions, entities } = mentionsOf(
    model,
    articles,
    articles.map((a) => readArticle(model, a)),
  );
  const thresholds = process.argv.includes('--threshold')
    ? process.argv
        .slice(process.argv.indexOf('--threshold') + 1)
        .map(Number)
        .filter((n) => !Number.isNaN(n))
    : [undefined];
  console.log(
    `${articles.length} articles, ${new Set(gold.values()).size} true stories (ECB+ sub-topics); ` +
      `read in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  for (const t of thresholds) {
    const t0 = Date.now();
    const groups = groupStories(model, mentions, entities, 'auto', t);
    const s = bcubed(groups, gold);
    console.log(
      `threshold ${t ?? 'default'}: ${groups.length} groups, B-cubed precision ${s.precision.toFixed(3)}, ` +
        `recall ${s.recall.toFixed(3)}, F1 ${s.f1.toFixed(3)} (${Date.now() - t0} ms)`,
    );
    if (process.argv.includes('--mixed')) for (const line of mixedStories(groups, gold)) console.log(`  ${line}`);
  }
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = await main();
