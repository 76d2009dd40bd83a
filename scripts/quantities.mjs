#!/usr/bin/env node
/**
 * `npm run quantities`: the quantity reader scored on the tables in fixtures/quantities/ (table.jsonl:
 * sentences written with the rules; heldout.jsonl: sentences a helper wrote from the classes
 * without seeing the code; ecbplus.jsonl: lines drawn at random (seed 15) from the ECB+ corpus beside
 * the project, named by file and line and never copied, lines with game scores left out), in the style
 * of business, sports, science and disaster news, a class a row
 * (ranges, numbers that are names, dates, rates, currencies, scales, units, fractions,
 * scientific notation, trends and hedges, composites, plain controls).
 *
 * Scoring: in each sentence, an expected quantity is found by one read quantity (each read
 * quantity counts once) whose span overlaps the expected text, of the same dimension and amount
 * (relative 1e-6), and, where the row states them, the same unit key, high end (`amountHigh`),
 * hedge, trend (null: none) and per-unit (`per`), and the same role (an offset such as "a year ago" is
 * listed with `role: "offset"`; a measure or a modifier otherwise). A read quantity that finds nothing is a false
 * positive, except a date or a clock time (rows do not list every date). Prints precision,
 * recall and F1 overall and per class; `--misses` lists what failed. Run after a build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TABLES = join(ROOT, 'fixtures/quantities');
/** Rows of ecbplus.jsonl point at a line of the corpus beside the project (never copied into it). */
const CORPORA = resolve(ROOT, '../shared/corpora');

/** A row's sentence: its own text, or the line of the corpus file it names. */
function sentenceOf(row) {
  if (row.text !== undefined) return row.text;
  const path = join(CORPORA, row.corpus);
  if (!existsSync(path)) return null;
  return readFileSync(path, 'utf8').split(/\r?\n/)[row.line - 1] ?? null;
}
const IGNORED = new Set(['date', 'time-of-day']);

const close = (a, b) => a === b || Math.abs(a - b) <= 1e-6 * Math.max(Math.abs(a), Math.abs(b));

/** Where the n-th (0-based) occurrence of `part` starts in `text`. */
function nth(text, part, n) {
  let at = -1;
  for (let k = 0; k <= n; k++) {
    at = text.indexOf(part, at + 1);
    if (at < 0) throw new Error(`"${part}" is not ${n + 1} times in "${text}"`);
  }
  return at;
}

/**
 * Whether read quantity `q` (at `start`..`end` of `text`) is the expected one; `occurrence` says which
 * occurrence of its text it is, when a sentence holds the same words twice ("eight years ... eight years").
 */
export function matches(q, expected, text, occurrence = 0) {
  const at = nth(text, expected.text, occurrence);
  const v = q.value;
  if (q.start >= at + expected.text.length || q.end <= at) return false;
  if (v.dimension !== expected.dimension || !close(v.amount, expected.amount)) return false;
  if (expected.unit !== undefined && v.unitKey !== expected.unit) return false;
  if (expected.amountHigh !== undefined && !close(v.amountHigh ?? NaN, expected.amountHigh)) return false;
  if (expected.hedge !== undefined && v.hedge !== expected.hedge) return false;
  if (expected.trend !== undefined && (v.trend ?? null) !== expected.trend) return false;
  if (expected.per !== undefined && v.per !== expected.per) return false;
  if ((expected.role ?? 'measure') !== (q.role ?? 'measure') && q.role !== 'modifier') return false;
  return true;
}

/** True and false positives and misses of one row. */
export function scoreRow(row, read, text = row.text) {
  const used = new Set();
  const misses = [];
  const seen = new Map();
  for (const e of row.expect) {
    // which occurrence of the words: counted among the row's quantities, or named ("$160MM" after "at least $160MM")
    const occurrence = e.occurrence ?? seen.get(e.text) ?? 0;
    seen.set(e.text, occurrence + 1);
    const k = read.findIndex((q, i) => !used.has(i) && matches(q, e, text, occurrence));
    if (k < 0) misses.push(e);
    else used.add(k);
  }
  const extra = read.filter((q, i) => !used.has(i) && !IGNORED.has(q.value.dimension));
  return { tp: used.size, fp: extra.length, fn: misses.length, misses, extra };
}

const f1 = ({ tp, fp, fn }) => {
  const p = tp + fp === 0 ? 1 : tp / (tp + fp);
  const r = tp + fn === 0 ? 1 : tp / (tp + fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
};

async function main() {
  const lib = await import(pathToFileURL(join(ROOT, 'dist/index.js')).href);
  const model = lib.loadModel();
  const files = readdirSync(TABLES)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
  const rows = files.flatMap((file) =>
    readFileSync(join(TABLES, file), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => ({ ...JSON.parse(l), file })),
  );
  const byFile = new Map();
  const byClass = new Map();
  const all = { tp: 0, fp: 0, fn: 0, rows: 0, passed: 0 };
  const failures = [];
  let unread = 0;
  for (const row of rows) {
    const text = sentenceOf(row);
    if (text === null) {
      unread++;
      continue;
    }
    row.text = text;
    const s = scoreRow(row, lib.readQuantities(model, text), text);
    const ok = s.fp === 0 && s.fn === 0;
    const tally = (map, key) => {
      const t = map.get(key) ?? { tp: 0, fp: 0, fn: 0, rows: 0, passed: 0 };
      map.set(key, t);
      return t;
    };
    for (const t of [tally(byClass, row.class), tally(byFile, row.file), all]) {
      t.tp += s.tp;
      t.fp += s.fp;
      t.fn += s.fn;
      t.rows += 1;
      t.passed += ok ? 1 : 0;
    }
    if (!ok) failures.push({ row, ...s });
  }
  const line = (name, t) => {
    const { p, r, f } = f1(t);
    const counts = `${name.padEnd(12)} ${String(t.rows).padStart(5)} ${String(t.passed).padStart(7)}`;
    return `${counts}  ${p.toFixed(3)}  ${r.toFixed(3)}  ${f.toFixed(3)}`;
  };
  console.log(`factdiff quantities: ${rows.length} sentences in fixtures/quantities/ (${files.join(', ')})`);
  if (unread > 0) console.log(`${unread} rows name a corpus line that is not beside the project: left out`);
  console.log('class         rows  passed  prec.  recall  F1');
  for (const [name, t] of [...byClass.entries()].sort()) console.log(line(name, t));
  console.log(line('all', all));
  if (byFile.size > 1) for (const [name, t] of byFile) console.log(line(name.replace(/\.jsonl$/, ''), t));
  if (process.argv.includes('--misses'))
    for (const f of failures) {
      console.log(`\n[${f.row.class}] (${f.row.file}) ${f.row.text}`);
      for (const m of f.misses) console.log(`  missed: ${JSON.stringify(m)}`);
      for (const q of f.extra)
        console.log(`  extra:  "${q.text}" ${q.value.dimension} ${q.value.amount} ${q.value.unitKey ?? ''}`);
    }
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = await main();
