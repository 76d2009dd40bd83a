#!/usr/bin/env node
/**
 * `npm run mutate`: recall measured without labels. In each ECB+ cluster (one event, several
 * outlets), a number that two articles both state, in sentences that share at least K content
 * words, is a fact both articles give. Changing that number in one article to a clearly
 * different value makes a discrepancy a careful reader would see; factdiff should report it.
 *
 * The pairs are found without factdiff's alignment: the same value (factdiff's number reader,
 * readNumbers) in two articles; the same word right before or right after the number in both
 * (three letters or more, a final s dropped, not a plain word such as "the": "eight-year offer",
 * "Pitman, 24,"); and K or more content words (letters only, four or more, not in STOP) shared
 * by the two sentences (split at . ! ? and line breaks). K is 3. Without the neighbour, a hand
 * count of 40 pairs found 9 that were two facts ("Channel 16" / "sixteen crew members", "200
 * metres" / "200 feet" of two climbers); the neighbour leaves such pairs out.
 *
 * For each chosen number (at most --per-cluster a cluster, chosen with --seed), the article is
 * read again with the number changed (mutated()) and the cluster checked, the other articles'
 * readings reused. A catch: one conflict finding (error or warning of a conflict rule) with
 * evidence on the changed number and on the same number in a partner article. Printed: recall
 * per dimension (the dimension factdiff reads the number in, "none" when it reads no quantity
 * there) and the conflict findings of the clusters as they are (untouched), which hold real
 * discrepancies and false alarms alike. A report, not a test: exit 0 whatever the figures.
 *
 *   node scripts/mutate.mjs [--per-cluster 10] [--seed 1] [--k 3] [--cluster NAME] [--json FILE]
 *                           [--list N]   (print N of the misses, with their sentences)
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { random } from './synth.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = resolve(ROOT, '../shared/corpora/ecbplus');
const dist = (p) => pathToFileURL(join(ROOT, 'dist', p)).href;
const CONFLICT_RULES = new Set([
  'quantity-conflict',
  'role-conflict',
  'place-conflict',
  'attribution-conflict',
  'update',
]);
const COUNTED = new Set(['error', 'warning']);
/** Words too common to say two sentences are about one thing. */
const STOP = new Set(
  [
    'that this with from have were been their there which would could about after before also said says',
    'they them than then when where while into over under more most some such only just very what will',
    'other were being here those these because during since until through against among between each',
    'year years time people told according last first week day today',
  ]
    .join(' ')
    .split(' '),
);

function parseArgs(argv) {
  const args = { perCluster: 10, seed: 1, k: 3, window: 0, cluster: null, json: null, list: 0, pairs: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--per-cluster') args.perCluster = Number(value());
    else if (a === '--seed') args.seed = Number(value());
    else if (a === '--k') args.k = Number(value());
    else if (a === '--window') args.window = Number(value());
    else if (a === '--pairs') args.pairs = true;
    else if (a === '--cluster') args.cluster = value();
    else if (a === '--json') args.json = value();
    else if (a === '--list') args.list = Number(value());
    else throw new Error(`unknown argument ${a}`);
  }
  for (const [name, v] of Object.entries({
    perCluster: args.perCluster,
    seed: args.seed,
    k: args.k,
    window: args.window,
    list: args.list,
  }))
    if (!Number.isInteger(v) || v < 0) throw new Error(`--${name} takes a whole number`);
  return args;
}

/** Sentence spans: cut after . ! ? or at line breaks (not factdiff's splitter). */
function sentences(text) {
  const spans = [];
  const cut = /[.!?]+["'”’)]*\s+|\n+/g;
  let start = 0;
  for (let m = cut.exec(text); m; m = cut.exec(text)) {
    spans.push({ start, end: m.index + m[0].length });
    start = m.index + m[0].length;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

/** Words too plain to tie two numbers to one thing when they stand next to them. */
const PLAIN_NEIGHBOURS = new Set(
  'the and for with from that was were had has have said are its his her their'.split(' '),
);

/** The words right before and right after a number ("eight-year offer": year; "Pitman, 24,": pitman). */
function neighbours(text, n) {
  const before = /(\p{L}{3,})\W*$/u.exec(text.slice(Math.max(0, n.start - 40), n.start))?.[1];
  const after = /^\W*(\p{L}{3,})/u.exec(text.slice(n.end, n.end + 40))?.[1];
  return new Set(
    [before, after]
      .filter(Boolean)
      .map((w) => w.toLowerCase().replace(/s$/, ''))
      .filter((w) => !PLAIN_NEIGHBOURS.has(w)),
  );
}

/** The content words of a sentence, or with `window` only those within that many words of the number. */
function contentWords(text, sentence, number, window) {
  const words = [...text.slice(sentence.start, sentence.end).matchAll(/\p{L}+|\d[\d.,]*/gu)].map((m) => ({
    word: m[0].toLowerCase(),
    at: sentence.start + m.index,
  }));
  const here = words.findIndex((w) => w.at >= number.start);
  const near = window === 0 ? words : words.slice(Math.max(0, here - window), here + window + 1);
  return new Set(near.map((w) => w.word).filter((w) => /^\p{L}{4,}$/u.test(w) && !STOP.has(w)));
}

/** A clearly different value, written as the original was (digits, grouping, decimals). */
export function mutated(value, written) {
  const year = /^\d{4}$/.test(written) && value >= 1800 && value <= 2100;
  const next = year ? value - 7 : value < 10 ? value + 5 : value * 1.6 + 1;
  const decimals = /\.(\d+)$/.exec(written)?.[1]?.length ?? 0;
  const rounded = decimals > 0 ? Number(next.toFixed(decimals)) : Math.round(next);
  if (year) return String(rounded);
  if (/,\d{3}/.test(written)) return rounded.toLocaleString('en-US', { minimumFractionDigits: decimals });
  return decimals > 0 ? rounded.toFixed(decimals) : String(rounded);
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;
const sentenceOf = (n) => n.article.text.slice(n.sentence.start, n.sentence.end).trim();
/** A table row: the name, then numbers right-aligned. */
const row = (name, ...cells) => `${name.padEnd(15)}${cells.map((c) => String(c).padStart(8)).join('')}`;

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(CORPUS)) throw new Error(`no corpus at ${CORPUS}`);
  const [{ loadModel, check, readArticle, readNumbers, readQuantities }, { ingest }] = await Promise.all([
    import(dist('index.js')),
    import(dist('ingest/read-inputs.js')),
  ]);
  const model = loadModel();
  const clusters = readdirSync(CORPUS)
    .filter((d) => !d.includes('.') && (args.cluster === null || d === args.cluster))
    .sort();
  const byDimension = new Map();
  const misses = [];
  let untouched = 0;
  let targetsTotal = 0;
  let caught = 0;
  const started = Date.now();
  for (const cluster of clusters) {
    const { articles } = await ingest([cluster], { cwd: CORPUS, model });
    if (articles.length < 2) continue;
    const readings = new Map(articles.map((a) => [a.path, readArticle(model, a)]));
    const conflicts = (report) =>
      report.findings.filter((f) => CONFLICT_RULES.has(f.ruleId) && COUNTED.has(f.severity));
    untouched += conflicts(check(articles, { model, readings: [...readings.values()] })).length;
    // every number of every article, with its sentence's content words
    const numbers = articles.map((a) => {
      const spans = sentences(a.text);
      return readNumbers(model, a.text).map((n) => {
        const s = spans.find((x) => x.start <= n.start && n.start < x.end) ?? { start: 0, end: a.text.length };
        return {
          ...n,
          article: a,
          sentence: s,
          words: contentWords(a.text, s, n, args.window),
          near: neighbours(a.text, n),
        };
      });
    });
    // targets: a number with a partner in another article (same value, K shared content words)
    const targets = [];
    numbers.forEach((own, i) => {
      for (const n of own) {
        const partners = numbers
          .flatMap((other, j) => (j === i ? [] : other))
          .filter(
            (m) =>
              m.value === n.value &&
              [...n.near].some((w) => m.near.has(w)) &&
              [...n.words].filter((w) => m.words.has(w)).length >= args.k,
          );
        if (partners.length > 0) targets.push({ n, partners });
      }
    });
    const rand = random(args.seed + cluster.length * 7919 + cluster.charCodeAt(0));
    const chosen = targets
      .map((t) => ({ t, r: rand() }))
      .sort((a, b) => a.r - b.r)
      .slice(0, args.perCluster)
      .map((x) => x.t);
    if (args.pairs) {
      for (const { n, partners } of chosen)
        console.log(
          `${n.article.path} "${n.text}": ${sentenceOf(n)}\n` +
            `    ${partners[0].article.path}: ${sentenceOf(partners[0])}`,
        );
      continue;
    }
    for (const { n, partners } of chosen) {
      const written = mutated(n.value, n.text);
      const text = n.article.text.slice(0, n.start) + written + n.article.text.slice(n.end);
      const changed = { ...n.article, text };
      const span = { start: n.start, end: n.start + written.length };
      const dimension =
        readQuantities(model, n.article.text, n.article.date).find((q) => overlaps(q, n))?.value.dimension ?? 'none';
      const list = articles.map((a) => (a.path === changed.path ? changed : a));
      const given = list.map((a) => (a === changed ? readArticle(model, changed) : readings.get(a.path)));
      const found = conflicts(check(list, { model, readings: given })).some(
        (f) =>
          f.evidence.some((e) => e.path === changed.path && overlaps(e, span)) &&
          f.evidence.some((e) => partners.some((p) => p.article.path === e.path && overlaps(e, p))),
      );
      const row = byDimension.get(dimension) ?? { targets: 0, caught: 0 };
      row.targets++;
      if (found) row.caught++;
      byDimension.set(dimension, row);
      targetsTotal++;
      if (found) caught++;
      else
        misses.push({
          path: n.article.path,
          start: n.start,
          partnerPath: partners[0].article.path,
          partnerStart: partners[0].start,
          was: n.text,
          now: written,
          dimension,
          sentence: sentenceOf(n),
          partner: `${partners[0].article.path}: ${sentenceOf(partners[0])}`,
        });
    }
  }
  const pct = (a, b) => (b === 0 ? '-' : `${((100 * a) / b).toFixed(1)}%`);
  console.log(
    `factdiff mutate: ${clusters.length} clusters of ECB+, ${targetsTotal} numbers changed ` +
      `(at most ${args.perCluster} a cluster, seed ${args.seed}, K = ${args.k}); ` +
      `${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  console.log(`\n${row('dimension', 'changed', 'caught', 'recall')}`);
  for (const [dimension, r] of [...byDimension.entries()].sort((a, b) => b[1].targets - a[1].targets))
    console.log(row(dimension, r.targets, r.caught, pct(r.caught, r.targets)));
  console.log(row('total', targetsTotal, caught, pct(caught, targetsTotal)));
  console.log(`\nconflict findings (error or warning) in the clusters as they are: ${untouched}`);
  if (args.list > 0) {
    console.log(`\n${Math.min(args.list, misses.length)} of ${misses.length} misses:`);
    for (const m of misses.slice(0, args.list))
      console.log(`- ${m.path} [${m.dimension}] "${m.was}" → "${m.now}": ${m.sentence}\n    partner ${m.partner}`);
  }
  if (args.json) {
    const rows = Object.fromEntries(byDimension);
    writeFileSync(
      args.json,
      JSON.stringify({ targets: targetsTotal, caught, byDimension: rows, untouched, misses }, null, 2),
    );
  }
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().then(
    (code) => (process.exitCode = code),
    (error) => {
      console.error(`mutate: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 2;
    },
  );
}
