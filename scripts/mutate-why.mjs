#!/usr/bin/env node
/**
 * Where `npm run mutate` misses: each miss of a `mutate --json FILE` run is looked up in the facts
 * report of its untouched cluster and classed: the changed number or its partner not read as a
 * quantity, neither or one of them tied to a fact, both tied but under different keys, or one key
 * with no finding. A report, not a test.
 *
 *   node scripts/mutate.mjs --json /tmp/m.json && node scripts/mutate-why.mjs /tmp/m.json [--list CLASS]
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = resolve(ROOT, '../shared/corpora/ecbplus');
const dist = (p) => pathToFileURL(join(ROOT, 'dist', p)).href;

const keyOf = (r) =>
  r?.fact ? [r.fact.subject, r.fact.attribute, r.fact.qualifier ?? '', r.fact.era ?? ''].join(' | ') : null;

function classOf(a, b) {
  if (!a) return 'not a quantity';
  if (!b) return 'partner not a quantity';
  const [ka, kb] = [keyOf(a), keyOf(b)];
  if (!ka && !kb) return 'both unkeyed';
  if (!ka || !kb) return 'one side unkeyed';
  return ka === kb ? 'same key, no finding' : 'keyed apart';
}

async function main() {
  const [file, flag, listed] = process.argv.slice(2);
  if (!file) throw new Error('usage: mutate-why.mjs MUTATE_JSON [--list CLASS]');
  const [{ loadModel, readArticle, mentionsOf, factTies }, { buildFactsReport }, { ingest }] = await Promise.all([
    import(dist('index.js')),
    import(dist('report/facts.js')),
    import(dist('ingest/read-inputs.js')),
  ]);
  const model = loadModel();
  const { misses } = JSON.parse(readFileSync(file, 'utf8'));
  if (!misses.every((m) => Number.isInteger(m.start))) throw new Error(`${file}: misses without offsets`);
  const byCluster = new Map();
  for (const m of misses) {
    const cluster = m.path.split('/')[0];
    byCluster.set(cluster, [...(byCluster.get(cluster) ?? []), m]);
  }
  const rows = new Map();
  for (const [cluster, list] of byCluster) {
    const { articles } = await ingest([cluster], { cwd: CORPUS, model });
    const { mentions, entities } = mentionsOf(
      model,
      articles,
      articles.map((a) => readArticle(model, a)),
    );
    const ties = factTies(model, mentions, entities);
    const facts = buildFactsReport(model, mentions, { name: 'factdiff', version: '0' }, ties).mentions;
    const at = (path, start) => facts.find((r) => r.path === path && r.start <= start && start < r.end);
    for (const m of list) {
      const [a, b] = [at(m.path, m.start), at(m.partnerPath, m.partnerStart)];
      const name = classOf(a, b);
      const row = rows.get(name) ?? { count: 0, byDimension: {} };
      row.count++;
      row.byDimension[m.dimension] = (row.byDimension[m.dimension] ?? 0) + 1;
      rows.set(name, row);
      if (flag === '--list' && listed === name)
        console.log(`- [${keyOf(a)}] vs [${keyOf(b)}] "${m.was}": ${m.sentence}\n    partner ${m.partner}`);
    }
  }
  console.log(`mutate misses by class (${misses.length}):`);
  for (const [name, r] of [...rows].sort((x, y) => y[1].count - x[1].count)) {
    const dims = Object.entries(r.byDimension)
      .sort((x, y) => y[1] - x[1])
      .map(([d, n]) => `${d} ${n}`)
      .join(', ');
    console.log(`${name.padEnd(24)}${String(r.count).padStart(5)}  ${dims}`);
  }
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(`mutate-why: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
