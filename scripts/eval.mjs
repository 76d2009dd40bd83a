#!/usr/bin/env node
/**
 * Score factdiff's findings on the ECB+ corpus against the labeled facts in
 * ../shared/eval/ecbplus-dev.jsonl (both read-only, outside the repository; never copied).
 * Run after a build: `npm run eval` or `node scripts/eval.mjs [options]`; docs/eval.md has the long version.
 *
 * Rule (from ../shared/eval/README.md):
 *  - Only conflict findings count: ruleId in CONFLICT_RULES and severity error or warning.
 *  - A labeled discrepancy is found when ONE such finding has evidence in at least two different
 *    documents of the fact, each evidence span overlapping that document's quote.
 *  - A labeled consistent fact is a false alarm when one such finding does the same on its quotes;
 *    a labeled distinct fact (a look-alike trap) is noise by the same test.
 *  - Spans overlap when they share at least one character ([start, end) intervals).
 *  - Quotes are located with indexOf (every occurrence counts); a quote not found is a data problem.
 * Exits 0 whatever the figures; 2 on missing data, a bad argument or a crash (one line on stderr).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = resolve(ROOT, '../shared/corpora/ecbplus');
const LABELS = resolve(ROOT, '../shared/eval/ecbplus-dev.jsonl');
const CONFLICT_RULES = new Set([
  'quantity-conflict',
  'role-conflict',
  'place-conflict',
  'attribution-conflict',
  'update',
]);
const COUNTED_SEVERITIES = new Set(['error', 'warning']);
const KIND_ORDER = ['count', 'measure', 'time', 'age', 'money', 'name', 'date', 'duration', 'location', 'title'];
/** The kinds the linkage of values is scored on (issue: same fact or not): the headline figures. */
export const VALUE_KINDS = new Set(['count', 'measure', 'age', 'money', 'duration', 'date', 'time']);
const AIMS = { recall: 0.6, falseAlarmRate: 0.05, noiseRate: 0.1 };
const USAGE = `usage: node scripts/eval.mjs [--cluster NAME] [--json] [--misses] [--sample N] [--batch cluster|corpus]
  --cluster NAME   score one labeled cluster only (e.g. 37_ecbplus)
  --json           machine-readable output
  --misses         list each missed discrepancy (with its quotes) and each false alarm
  --sample N       how many unlabeled findings to print (default 10)
  --batch corpus   (default) the whole corpus as ONE batch, grouped into stories by --group auto;
  --batch cluster  one batch per labeled cluster folder`;

class DataError extends Error {}

// ---- Arguments.
function parseArgs(argv) {
  const args = { cluster: null, json: false, misses: false, sample: 10, batch: 'corpus' };
  const value = (i, name) => {
    if (argv[i] === undefined || argv[i].startsWith('--')) throw new DataError(`${name} needs a value (try --help)`);
    return argv[i];
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') args.json = true;
    else if (a === '--misses') args.misses = true;
    else if (a === '--cluster') args.cluster = value(++i, a);
    else if (a === '--sample') args.sample = Number(value(++i, a));
    else if (a === '--batch') args.batch = value(++i, a);
    else if (a === '--help' || a === '-h') args.help = true;
    else throw new DataError(`unknown argument ${a} (try --help)`);
  }
  if (!Number.isInteger(args.sample) || args.sample < 0) throw new DataError('--sample takes a whole number >= 0');
  if (!['cluster', 'corpus'].includes(args.batch)) throw new DataError('--batch is "cluster" or "corpus"');
  return args;
}

// ---- Data.
function loadLabels() {
  if (!existsSync(LABELS))
    throw new DataError(`labels not found: ../shared/eval/ecbplus-dev.jsonl (expected at ${LABELS})`);
  return readFileSync(LABELS, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((line, i) => ({ id: i + 1, ...JSON.parse(line) }));
}

const byName = (a, b) => a.localeCompare(b, 'en', { numeric: true });

function readCluster(cluster) {
  const dir = join(CORPUS, cluster);
  if (!existsSync(dir)) throw new DataError(`cluster folder not found: ../shared/corpora/ecbplus/${cluster}`);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort(byName)
    .map((f) => ({ path: `${cluster}/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
}

function allClusters() {
  return readdirSync(CORPUS, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort(byName);
}

/** Every occurrence of `quote` in `text`, as [start, end) spans. */
function findAll(text, quote) {
  const spans = [];
  for (let at = text.indexOf(quote); quote && at !== -1; at = text.indexOf(quote, at + 1))
    spans.push({ start: at, end: at + quote.length });
  return spans;
}

/** Gives each mention `path` and `spans`; returns the data problems (quote or file not found). */
function locateQuotes(facts, texts) {
  const problems = [];
  for (const fact of facts) {
    for (const m of fact.mentions) {
      m.path = `${fact.cluster}/${m.doc}`;
      const text = texts.get(m.path);
      m.spans = text === undefined ? [] : findAll(text, m.quote);
      if (text === undefined) problems.push(`fact ${fact.id}: document not found: ${m.path}`);
      else if (m.spans.length === 0)
        problems.push(`fact ${fact.id}: quote not found verbatim in ${m.path}: ${JSON.stringify(m.quote)}`);
    }
  }
  return problems;
}

// ---- Running factdiff.
async function runFactdiff(args, clusters) {
  const lib = await import(new URL('../dist/index.js', import.meta.url).href).catch((e) => {
    throw new DataError(`cannot load dist/index.js (run npm run build): ${e.message.split('\n')[0]}`);
  });
  const tool = { name: 'factdiff', version: JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version };
  // --batch corpus: the whole corpus as ONE batch, grouped into stories by factdiff (--group auto)
  const model = lib.loadModel();
  // the publication date from a dateline, as the CLI's ingest reads it (src/ingest/date.ts)
  const { publicationDate } = await import(new URL('../dist/ingest/date.js', import.meta.url).href);
  const dated = (a) => {
    const date = publicationDate(model, a.text);
    return date ? { ...a, date } : a;
  };
  const batches = (args.batch === 'corpus' ? [allClusters().flatMap(readCluster)] : clusters.map(readCluster)).map(
    (articles) => articles.map(dated),
  );
  const texts = new Map(batches.flat().map((a) => [a.path, a.text]));
  const reports = batches.map((articles) => lib.check(articles, { model, tool }));
  const findings = reports.flatMap((r) => r.findings);
  // the stories factdiff found, as lists of paths (one batch: the whole corpus under --batch corpus)
  const stories = reports.flatMap((r) => {
    const byStory = new Map();
    for (const a of r.articles) byStory.set(a.story, [...(byStory.get(a.story) ?? []), a.path]);
    return [...byStory.values()];
  });
  return { texts, findings, stories };
}

// ---- Matching.
const isConflict = (f) => CONFLICT_RULES.has(f.ruleId) && COUNTED_SEVERITIES.has(f.severity);
const overlaps = (a, b) => a.start < b.end && b.start < a.end;
const ruleTag = (f) => `${f.ruleId}/${f.severity}`;

/** The documents of `fact` where some evidence of `finding` overlaps that document's quote. */
function docsTouched(fact, finding) {
  const docs = new Set();
  for (const ev of finding.evidence) {
    for (const m of fact.mentions) {
      if (m.path === ev.path && m.spans.some((s) => overlaps(s, ev))) docs.add(m.doc);
    }
  }
  return docs;
}

/** Marks each fact `hit` (found / false alarm) with the conflict findings that match it. */
function scoreFacts(facts, findings) {
  const conflicts = findings.filter(isConflict);
  for (const fact of facts) {
    fact.matchedBy = conflicts.filter((f) => docsTouched(fact, f).size >= 2);
    fact.hit = fact.matchedBy.length > 0;
    fact.near = findings.filter((f) => !fact.matchedBy.includes(f) && docsTouched(fact, f).size > 0);
  }
  // Lumped: every finding that matches this fact also matches another labeled fact (an over-merged group).
  for (const fact of facts)
    fact.lumped = fact.hit && fact.matchedBy.every((f) => facts.some((o) => o !== fact && o.matchedBy.includes(f)));
}

/** Conflict findings whose evidence overlaps no labeled quote at all. */
function unlabeledFindings(facts, findings, clusters) {
  const inScope = (f) => f.evidence.some((ev) => clusters.includes(ev.path.split('/')[0]));
  return findings.filter((f) => isConflict(f) && inScope(f) && facts.every((fact) => docsTouched(fact, f).size === 0));
}

const countBy = (items, key) => items.reduce((acc, x) => ((acc[key(x)] = (acc[key(x)] ?? 0) + 1), acc), {});

/** Sorted by rule, first evidence and message; then n evenly spaced picks. */
function sample(findings, n) {
  const key = (f) =>
    [f.ruleId, ...f.evidence.map((e) => `${e.path}:${String(e.start).padStart(7, '0')}`), f.message].join('\u0000');
  const sorted = [...findings].sort((a, b) => byName(key(a), key(b)));
  if (n >= sorted.length) return sorted;
  return Array.from({ length: n }, (_, i) => sorted[Math.floor((i * sorted.length) / n)]);
}

// ---- Summaries.
const rate = (num, den) => (den === 0 ? null : num / den);

function row(name, fs) {
  const of = (verdict) => fs.filter((f) => f.verdict === verdict);
  const [d, c, t] = [of('discrepancy'), of('consistent'), of('distinct')];
  const [found, alarms, noise] = [d, c, t].map((list) => list.filter((f) => f.hit).length);
  return {
    kind: name,
    discrepancies: d.length,
    found,
    recall: rate(found, d.length),
    consistent: c.length,
    falseAlarms: alarms,
    falseAlarmRate: rate(alarms, c.length),
    distinct: t.length,
    noise,
    noiseRate: rate(noise, t.length),
  };
}

function summarize(facts) {
  const kinds = [...new Set(facts.map((f) => f.kind))].sort((a, b) => KIND_ORDER.indexOf(a) - KIND_ORDER.indexOf(b));
  const clusters = [...new Set(facts.map((f) => f.cluster))].sort(byName);
  const values = facts.filter((f) => VALUE_KINDS.has(f.kind));
  return {
    byKind: kinds.map((k) =>
      row(
        k,
        facts.filter((f) => f.kind === k),
      ),
    ),
    total: row('total', facts),
    values: row('values', values),
    byCluster: clusters.map((c) =>
      row(
        c,
        values.filter((f) => f.cluster === c),
      ),
    ),
  };
}

const evidenceJson = (e) => ({
  path: e.path,
  line: e.line,
  column: e.column,
  start: e.start,
  end: e.end,
  text: e.text,
});
const findingJson = (f) => ({
  ruleId: f.ruleId,
  severity: f.severity,
  confidence: f.confidence,
  message: f.message,
  evidence: f.evidence.map(evidenceJson),
});

function factJson(fact) {
  const { id, cluster, fact: what, kind, verdict, time_shift: timeShift = false, mentions } = fact;
  return {
    id,
    cluster,
    fact: what,
    kind,
    verdict,
    timeShift,
    hit: fact.hit,
    lumped: fact.lumped,
    mentions: mentions.map(({ doc, quote, value, spans }) => ({ doc, quote, value, located: spans.length > 0 })),
    matchedBy: fact.matchedBy.map(findingJson),
    near: fact.near.map((f) => ({ ...findingJson(f), docsTouched: [...docsTouched(fact, f)] })),
  };
}

// ---- Printing.
const fmt = (x) => (x === null ? '   -' : x.toFixed(2));
const clip = (s, n = 110) => JSON.stringify(s.length > n ? `${s.slice(0, n - 1)}…` : s);

const HEAD = ['kind', 'discrep.', 'found', 'recall', 'consistent', 'false al.', 'rate', 'distinct', 'noise', 'rate'];
const WIDTHS = [12, 9, 6, 7, 11, 10, 6, 9, 6, 6];
const cells = (r) =>
  [
    r.kind,
    r.discrepancies,
    r.found,
    fmt(r.recall),
    r.consistent,
    r.falseAlarms,
    fmt(r.falseAlarmRate),
    r.distinct,
    r.noise,
    fmt(r.noiseRate),
  ].map(String);
const tableLine = (c) => c.map((x, i) => (i === 0 ? x.padEnd(WIDTHS[i]) : x.padStart(WIDTHS[i]))).join(' ');
const rule = () => console.log('-'.repeat(WIDTHS.reduce((a, b) => a + b + 1, -1)));

function printTable({ byKind, total, values, byCluster }) {
  console.log(tableLine(HEAD));
  byKind.forEach((r) => console.log(tableLine(cells(r))));
  rule();
  console.log(tableLine(cells(total)));
  console.log(tableLine(cells(values)));
  console.log(`\nper cluster, kinds ${[...VALUE_KINDS].join(', ')}:`);
  console.log(tableLine(['cluster', ...HEAD.slice(1)]));
  byCluster.forEach((r) => console.log(tableLine(cells(r))));
  console.log(
    `\naims on ${[...VALUE_KINDS].join(', ')}: recall >= ${AIMS.recall} (now ${fmt(values.recall).trim()}), ` +
      `false alarms <= ${AIMS.falseAlarmRate} (now ${fmt(values.falseAlarmRate).trim()}), ` +
      `trap noise <= ${AIMS.noiseRate} (now ${fmt(values.noiseRate).trim()})`,
  );
}

function printLumped(facts) {
  const names = { discrepancy: 'found discrepancies', consistent: 'false alarms', distinct: 'trap noise' };
  for (const verdict of ['discrepancy', 'consistent', 'distinct']) {
    const hits = facts.filter((f) => f.verdict === verdict && f.hit);
    const lumped = hits.filter((f) => f.lumped).map((f) => `#${f.id}`);
    const what = names[verdict];
    if (hits.length)
      console.log(
        `${what} matched only by findings that also match other labeled facts: ` +
          `${lumped.length} of ${hits.length}${lumped.length ? ` (${lumped.join(' ')})` : ''}`,
      );
  }
}

function printTimeShift(facts) {
  const shifted = facts.filter((f) => f.verdict === 'discrepancy' && f.time_shift);
  console.log(`\ntime_shift discrepancies: ${shifted.filter((f) => f.hit).length} of ${shifted.length} found`);
  for (const f of shifted) {
    const how = f.hit
      ? `found by ${Object.entries(countBy(f.matchedBy, ruleTag))
          .map(([r, n]) => `${r} x${n}`)
          .join(', ')}`
      : 'MISSED';
    console.log(`  [${f.cluster}] ${f.fact}: ${how}`);
  }
}

function printFinding(f, prefix = '  ') {
  console.log(`${prefix}${ruleTag(f)} (${f.confidence}): ${f.message}`);
  for (const e of f.evidence)
    console.log(`${' '.repeat(prefix.length + 2)}${e.path}:${e.line}:${e.column}  ${clip(e.text, 80)}`);
}

function printUnlabeled(unlabeled, n) {
  const perRule = Object.entries(countBy(unlabeled, (f) => f.ruleId))
    .map(([r, k]) => `${r} ${k}`)
    .join(', ');
  console.log(`\nconflict findings touching no labeled fact: ${unlabeled.length}${perRule ? ` (${perRule})` : ''}`);
  const picks = sample(unlabeled, n);
  if (picks.length) console.log(`sample of ${picks.length} (sorted, evenly spaced; real discrepancy or noise?):`);
  picks.forEach((f, i) => printFinding(f, `${String(i + 1).padStart(4)}. `));
}

function printMention(m) {
  console.log(`      ${m.doc}: ${clip(m.quote)} = ${m.value}${m.spans.length ? '' : '  [quote not located]'}`);
}

function printMisses(facts) {
  const missed = facts.filter((f) => f.verdict === 'discrepancy' && !f.hit);
  console.log(`\nmissed discrepancies: ${missed.length}`);
  for (const f of missed) {
    console.log(`  #${f.id} [${f.cluster}] ${f.kind}: ${f.fact}${f.time_shift ? ' (time_shift)' : ''}`);
    f.mentions.forEach(printMention);
    const near = f.near.slice(0, 3);
    if (near.length === 0) console.log('      near: no finding touches any quote');
    for (const n of near)
      console.log(`      near: ${ruleTag(n)} touches ${[...docsTouched(f, n)].join(', ')}: ${clip(n.message, 90)}`);
  }
  const alarms = facts.filter((f) => f.verdict !== 'discrepancy' && f.hit);
  console.log(`\nfalse alarms and trap noise: ${alarms.length}`);
  for (const f of alarms) {
    console.log(`  #${f.id} [${f.cluster}] ${f.kind} ${f.verdict}: ${f.fact}${f.lumped ? ' (lumped)' : ''}`);
    f.mentions.forEach(printMention);
    for (const m of f.matchedBy) console.log(`      by ${ruleTag(m)}: ${m.message}`);
  }
}

// ---- Main.
async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) return (console.log(USAGE), 0);
  if (!existsSync(CORPUS)) throw new DataError(`corpus not found: ../shared/corpora/ecbplus/ (expected at ${CORPUS})`);
  let facts = loadLabels();
  const labeled = [...new Set(facts.map((f) => f.cluster))].sort(byName);
  if (args.cluster && !labeled.includes(args.cluster))
    throw new DataError(`no labeled cluster "${args.cluster}" (one of: ${labeled.join(', ')})`);
  const clusters = args.cluster ? [args.cluster] : labeled;
  facts = facts.filter((f) => clusters.includes(f.cluster));

  const { texts, findings, stories } = await runFactdiff(args, clusters);
  const problems = locateQuotes(facts, texts);
  scoreFacts(facts, findings);
  const summary = summarize(facts);
  const unlabeled = unlabeledFindings(facts, findings, clusters);
  const ignored = findings.filter((f) => !isConflict(f));

  if (args.json) {
    console.log(
      JSON.stringify(
        {
          batch: args.batch,
          clusters,
          dataProblems: problems,
          ...summary,
          findings: {
            total: findings.length,
            counted: findings.length - ignored.length,
            ignored: countBy(ignored, ruleTag),
          },
          unlabeled: {
            count: unlabeled.length,
            byRule: countBy(unlabeled, (f) => f.ruleId),
            sample: sample(unlabeled, args.sample).map(findingJson),
          },
          facts: facts.map(factJson),
        },
        null,
        2,
      ),
    );
    return 0;
  }
  console.log(
    `factdiff on ECB+ (${clusters.length} labeled cluster${clusters.length === 1 ? '' : 's'}: ` +
      `${clusters.join(', ')}; batch: ${args.batch})`,
  );
  console.log(
    `findings: ${findings.length}, counted as conflicts: ${findings.length - ignored.length}, ` +
      `ignored (info or name-variant): ${ignored.length}\n`,
  );
  problems.forEach((p) => console.log(`data problem: ${p}`));
  if (problems.length) console.log('');
  printTable(summary);
  printLumped(facts);
  printTimeShift(facts);
  printUnlabeled(unlabeled, args.sample);
  if (args.batch === 'corpus') {
    const { bcubed } = await import('./grouping.mjs');
    const gold = new Map(stories.flat().map((p) => [p, p.split('/')[0]]));
    const g = bcubed(stories, gold);
    console.log(
      `\nstory grouping (--group auto) over the whole corpus: ${stories.length} stories found, ` +
        `${new Set(gold.values()).size} true; B-cubed precision ${g.precision.toFixed(3)}, ` +
        `recall ${g.recall.toFixed(3)}, F1 ${g.f1.toFixed(3)} (aim 0.9)`,
    );
  }
  if (args.misses) printMisses(facts);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(
      `eval: ${
        e instanceof DataError
          ? e.message
          : `failed: ${String(e?.stack ?? e)
              .split('\n')
              .slice(0, 2)
              .join(' ')}`
      }`,
    );
    process.exit(2);
  },
);
