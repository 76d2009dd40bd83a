#!/usr/bin/env node
/**
 * `npm run bench`: how fast factdiff is, and how much memory it holds, on real and on many
 * articles (docs/performance.md). Run after a build (the npm script builds first).
 *
 * Corpora: all of ECB+ (<repo>/../shared/corpora/ecbplus/, read in place) and a synthetic
 * batch of --count articles (default 10,000) made from it by scripts/synth.mjs with --seed,
 * written to a temporary folder that is removed at the end.
 *
 * Every measurement is one child process (so that its peak resident memory is its own), run
 * --runs times (ECB+, default 3) or --runs-synth times (default 1: see docs/performance.md),
 * and each figure is the median. In the same run, over the same texts: factdiff with --jobs 1
 * and with --jobs N; a bare `nlp(text)` pass of compromise (the floor for a compromise-based
 * tool); and @microsoft/recognizers-text number + date-time recognition (--ref-runs times,
 * default 1, on ECB+ only unless --refs-synth: it takes minutes). Then the cache on ECB+: cold,
 * warm, and with one article changed. Then pathological inputs (scripts/pathological.mjs), each
 * at two sizes: time must grow linearly with size.
 *
 *   node scripts/bench.mjs [--runs 3] [--runs-synth 1] [--count 10000] [--seed 1] [--jobs N]
 *                          [--only ecb|synth|long|pathological] [--no-refs] [--refs-synth] [--ref-runs 1]
 *                          [--no-cache] [--no-long] [--no-pathological] [--json FILE]
 *
 * Without --jobs the second factdiff measurement uses the CLI's default (workers only for batches
 * large enough to pay for them); --jobs N forces N threads. `--only long`: one 1 MB article made of
 * ECB+ texts joined end to end, against a bare compromise pass over it.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ECBPLUS, loadCorpus, synthesize, writeBatch } from './synth.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SELF = fileURLToPath(import.meta.url);
const dist = (p) => pathToFileURL(join(ROOT, 'dist', p)).href;

// ---------------------------------------------------------------- one measurement (child)

/** Articles as the CLI reads them (ingest: files, decoding, dates). */
async function ingest(dir) {
  const [{ loadInputs }, { loadModel }] = await Promise.all([
    import(dist('cli/inputs.js')),
    import(dist('model/load.js')),
  ]);
  const io = { stdout() {}, stderr() {}, cwd: ROOT, env: {}, stdoutIsTTY: false, readStdin: async () => '' };
  // the articles, not the corpus's README.md
  return (await loadInputs(loadModel(), [`${dir}/**/*.txt`], {}, io)).articles;
}

async function child(task) {
  const started = performance.now();
  const stages = {};
  const add = (stage, ms) => (stages[stage] = (stages[stage] ?? 0) + ms);
  const out = { kind: task.kind, stages };
  if (task.kind === 'factdiff') {
    // the CLI's run (src/pipeline.ts runCheck) with edges that read the folder as the CLI does
    const [{ runCheck }, { readBatch }, { ReadingCache }, { loadModel }, { formatters }, { limitHeapGrowth }] =
      await Promise.all([
        import(dist('pipeline.js')),
        import(dist('batch/index.js')),
        import(dist('batch/cache.js')),
        import(dist('model/load.js')),
        import(dist('report/formatters/index.js')),
        import(dist('cli/heap.js')),
      ]);
    limitHeapGrowth(); // as the CLI does
    out.load = performance.now() - started;
    const tool = { name: 'factdiff', version: 'bench' };
    let cache;
    let words = 0;
    const result = await runCheck(
      {
        config: async () => ({ additions: {}, rules: {}, suppressions: [], baseDir: ROOT }),
        model: (additions) => loadModel(additions),
        baseline: async () => undefined,
        cache: async (model) =>
          task.cache ? (cache = await ReadingCache.open(task.cache, tool, model.additions)) : undefined,
        async ingest() {
          const articles = await ingest(task.dir);
          if (task.change)
            articles[Math.floor(articles.length / 2)].text += '\nThe quake lasted 45 seconds, officials said.\n';
          // that article alone
          if (task.single) articles.splice(0, articles.length, articles[Math.floor(articles.length / 2)]);
          return { articles, skipped: [], sources: new Map() };
        },
        read: (articles, model, c) => readBatch(articles, model, { jobs: task.jobs, ...(c ? { cache: c } : {}) }),
        writeBaseline: async () => {},
      },
      {
        tool,
        group: 'auto',
        showSingle: false,
        minConfidence: 0,
        failOn: 'error',
        skipUnreadable: false,
        quiet: false,
        updateBaseline: false,
        format: formatters.json.format,
        style: null,
        cwd: ROOT,
        onStage: add,
      },
    );
    if (cache) out.cache = cache.stats;
    words = result.report.articles.reduce((n, a) => n + a.words, 0);
    out.total = Object.values(stages).reduce((a, b) => a + b, 0);
    out.articles = result.read.articles;
    out.words = words;
    out.findings = result.report.findings.length;
    out.output = createHash('sha256').update(result.output).digest('hex').slice(0, 12);
  } else if (task.kind === 'compromise') {
    const { default: nlp } = await import('compromise');
    out.load = performance.now() - started;
    const articles = await ingest(task.dir);
    const t = performance.now();
    for (const a of articles) nlp(a.text);
    out.total = performance.now() - t;
    out.articles = articles.length;
  } else if (task.kind === 'recognizers') {
    // the suite exports only functions that build their models on every call: the models are built once here
    const { createRequire } = await import('node:module');
    const require = createRequire(createRequire(import.meta.url).resolve('@microsoft/recognizers-text-suite'));
    const { NumberRecognizer, Culture } = require('@microsoft/recognizers-text-number');
    const { DateTimeRecognizer } = require('@microsoft/recognizers-text-date-time');
    const numbers = new NumberRecognizer(Culture.English).getNumberModel();
    const dates = new DateTimeRecognizer(Culture.English).getDateTimeModel();
    out.load = performance.now() - started;
    const articles = await ingest(task.dir);
    const reference = new Date('2013-01-01T00:00:00Z');
    const t = performance.now();
    let found = 0;
    for (const a of articles) found += numbers.parse(a.text).length + dates.parse(a.text, reference).length;
    out.total = performance.now() - t;
    out.articles = articles.length;
    out.found = found;
  } else if (task.kind === 'pathological') {
    const [{ check }, { loadModel }] = await Promise.all([import(dist('pipeline.js')), import(dist('model/load.js'))]);
    const { PATHOLOGICAL } = await import(pathToFileURL(join(ROOT, 'scripts', 'pathological.mjs')).href);
    out.load = performance.now() - started;
    const options = { model: loadModel(), tool: { name: 'factdiff', version: 'bench' } };
    check([{ path: 'warm.txt', text: 'The call lasted two hours.' }], options); // the NLP model's first use
    // the fastest of three runs at each size (the others are noise: GC, other processes)
    const fastest = (text) =>
      Math.min(
        ...[0, 1, 2].map(() => {
          const t = performance.now();
          check([{ path: 'x.txt', text }], options);
          return performance.now() - t;
        }),
      );
    out.inputs = PATHOLOGICAL.map(([name, make, n]) => ({
      name,
      n,
      small: fastest(make(n)),
      large: fastest(make(4 * n)),
    }));
  }
  out.maxRSS = process.resourceUsage().maxRSS / 1024; // MB
  return out;
}

// ---------------------------------------------------------------- the table (parent)

/** ECB+ articles in path order, joined by blank lines, cut to `size` characters: one long news-like article. */
function longArticle(size) {
  const parts = [];
  let length = 0;
  for (const file of readdirSync(ECBPLUS, { recursive: true })
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const text = readFileSync(join(ECBPLUS, file), 'utf8');
    parts.push(text);
    length += text.length + 2;
    if (length >= size) break;
  }
  return parts.join('\n\n').slice(0, size);
}

function option(args, name, fallback) {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] !== undefined ? args[at + 1] : fallback;
}

function measure(task) {
  const result = spawnSync(process.execPath, ['--max-old-space-size=8192', SELF, '--child', JSON.stringify(task)], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (result.status !== 0) throw new Error(`bench child failed (${JSON.stringify(task)}):\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop());
}

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (s.length === 0) return undefined;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** The median of each figure over runs. */
function summarize(runs) {
  const first = runs[0];
  const stages = {};
  for (const stage of Object.keys(first.stages)) stages[stage] = median(runs.map((r) => r.stages[stage]));
  const outputs = [...new Set(runs.map((r) => r.output).filter(Boolean))];
  return {
    ...first,
    runs: runs.length,
    total: median(runs.map((r) => r.total)),
    load: median(runs.map((r) => r.load)),
    maxRSS: median(runs.map((r) => r.maxRSS)),
    stages,
    outputs,
    cache: first.cache,
  };
}

const STAGES = ['ingest', 'read', 'finish', 'resolve', 'group', 'align', 'compare', 'report', 'format'];
const s = (ms) => (ms === undefined ? '' : (ms / 1000).toFixed(ms < 10_000 ? 2 : 1));
const pad = (text, n, right = false) => (right ? String(text).padEnd(n) : String(text).padStart(n));

function row(corpus, label, m, words) {
  const perS = (n) => (m.total ? Math.round((n * 1000) / m.total).toLocaleString('en-US') : '');
  return [
    pad(corpus, 10, true),
    pad(label, 22, true),
    pad(m.runs, 4),
    pad(s(m.total), 8),
    pad(perS(m.articles), 7),
    pad(perS(words), 9),
    pad(Math.round(m.maxRSS), 7),
    ...STAGES.map((st) => pad(s(m.stages[st]), 7)),
  ].join(' ');
}

const HEADER = [
  pad('corpus', 10, true),
  pad('what', 22, true),
  pad('runs', 4),
  pad('total s', 8),
  pad('art/s', 7),
  pad('words/s', 9),
  pad('peak MB', 7),
  ...STAGES.map((st) => pad(st, 7)),
].join(' ');

async function main(args) {
  const runs = Number(option(args, '--runs', 3));
  const runsSynth = Number(option(args, '--runs-synth', 1));
  const refRuns = Number(option(args, '--ref-runs', 1));
  const count = Number(option(args, '--count', 10_000));
  const seed = Number(option(args, '--seed', 1));
  // the jobs of the second measurement: the CLI's default (workers only where they pay) unless --jobs N
  const jobsOption = option(args, '--jobs', null);
  const jobs = jobsOption === null ? undefined : Number(jobsOption);
  const jobsLabel = jobs === undefined ? 'default jobs' : `--jobs ${jobs}`;
  const only = option(args, '--only', null);
  const refs = !args.includes('--no-refs');
  if (!existsSync(ECBPLUS)) {
    console.error(`bench: no corpus at ${ECBPLUS}`);
    return 2;
  }
  console.log(
    `factdiff bench: Node ${process.version}, ${availableParallelism()} CPUs, ${jobsLabel}; ` +
      `load average at start ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
  );
  console.log(
    "(times: median of the runs, after modules are loaded; peak MB: the process's maxRSS, workers included)\n",
  );
  const results = { corpora: {} };
  const runsOf = {};
  const temp = mkdtempSync(join(tmpdir(), 'factdiff-bench-'));
  try {
    const corpora = [];
    if (only === null || only === 'ecb') corpora.push({ name: 'ECB+', dir: ECBPLUS, runs, refs });
    if (only === null || only === 'synth') {
      const dir = join(temp, 'synth');
      writeBatch(synthesize(loadCorpus(), { count, seed }), dir);
      corpora.push({
        name: `synth ${count >= 1000 ? `${count / 1000}k` : count}`,
        dir,
        runs: runsSynth,
        refs: refs && args.includes('--refs-synth'),
      });
    }
    const lines = corpora.length ? [HEADER] : [];
    for (const corpus of corpora) {
      const m = { j1: [], jn: [], nlp: [], rec: [] };
      for (let r = 0; r < corpus.runs; r++) {
        m.j1.push(measure({ kind: 'factdiff', dir: corpus.dir, jobs: 1 }));
        m.jn.push(measure({ kind: 'factdiff', dir: corpus.dir, jobs }));
        if (corpus.refs) m.nlp.push(measure({ kind: 'compromise', dir: corpus.dir }));
        if (corpus.refs && r < refRuns) m.rec.push(measure({ kind: 'recognizers', dir: corpus.dir }));
        process.stderr.write(`bench: ${corpus.name} run ${r + 1}/${corpus.runs} done\n`);
      }
      runsOf[corpus.name] = m;
      const c = (results.corpora[corpus.name] = Object.fromEntries(
        Object.entries(m)
          .filter(([, v]) => v.length)
          .map(([k, v]) => [k, summarize(v)]),
      ));
      const words = c.j1.words;
      lines.push(row(corpus.name, 'factdiff --jobs 1', c.j1, words));
      lines.push(row('', `factdiff ${jobsLabel}`, c.jn, words));
      if (c.nlp) lines.push(row('', 'compromise nlp(text)', c.nlp, words));
      if (c.rec) lines.push(row('', 'recognizers num+date', c.rec, words));
      const outputs = new Set([...c.j1.outputs, ...c.jn.outputs]);
      lines.push(
        `${pad('', 10)} ${c.j1.articles} articles, ${words.toLocaleString('en-US')} words, ` +
          `${c.j1.findings} findings; JSON output ` +
          (outputs.size === 1
            ? `identical across runs and --jobs (${[...outputs][0]})`
            : `DIFFERS: ${[...outputs].join(' ')}`),
      );
    }
    console.log(lines.join('\n'));

    if (!args.includes('--no-cache') && (only === null || only === 'ecb')) {
      const cache = { cold: [], warm: [], changed: [], single: [] };
      for (let r = 0; r < runs; r++) {
        const dir = join(temp, `cache-${r}`);
        cache.cold.push(measure({ kind: 'factdiff', dir: ECBPLUS, jobs, cache: dir }));
        cache.warm.push(measure({ kind: 'factdiff', dir: ECBPLUS, jobs, cache: dir }));
        cache.changed.push(measure({ kind: 'factdiff', dir: ECBPLUS, jobs, cache: dir, change: true }));
        cache.single.push(measure({ kind: 'factdiff', dir: ECBPLUS, jobs: 1, change: true, single: true }));
        rmSync(dir, { recursive: true, force: true });
      }
      const c = (results.cache = Object.fromEntries(Object.entries(cache).map(([k, v]) => [k, summarize(v)])));
      const words = c.cold.words;
      console.log(`\n--cache on ECB+ (${jobsLabel}; read = cache look-ups + reading the misses + writing them)`);
      console.log(HEADER);
      for (const [k, label] of [
        ['cold', 'cold (empty cache)'],
        ['warm', 'warm (all hits)'],
        ['changed', 'one article changed'],
      ]) {
        console.log(`${row('ECB+', label, c[k], words)}   hits ${c[k].cache.hits}, misses ${c[k].cache.misses}`);
      }
      console.log(
        `${row('ECB+', 'that article alone', c.single, c.single.words)}   ` +
          "(no cache, --jobs 1: one article's extraction in a new process)",
      );
    }

    // one long article: ECB+ texts joined end to end to 1 MB, factdiff against a bare compromise pass over it
    if (!args.includes('--no-long') && (only === null || only === 'long')) {
      const dir = join(temp, 'long');
      mkdirSync(dir);
      writeFileSync(join(dir, 'one-mb.txt'), longArticle(1_000_000));
      const long = { fd: [], nlp: [] };
      for (let r = 0; r < runs; r++) {
        long.fd.push(measure({ kind: 'factdiff', dir, jobs }));
        long.nlp.push(measure({ kind: 'compromise', dir }));
      }
      runsOf.long = long;
      const c = (results.long = { fd: summarize(long.fd), nlp: summarize(long.nlp) });
      console.log(`\none article of 1 MB (ECB+ texts joined end to end)`);
      console.log(HEADER);
      console.log(row('1 MB', `factdiff ${jobsLabel}`, c.fd, c.fd.words));
      console.log(row('', 'compromise nlp(text)', c.nlp, c.fd.words));
    }

    // pathological inputs: time linear in size (scripts/pathological.mjs)
    if (!args.includes('--no-pathological') && (only === null || only === 'pathological')) {
      const { inputs } = (results.pathological = measure({ kind: 'pathological' }));
      console.log(
        '\npathological inputs (one article each; fastest of 3 runs; ' +
          '4× the size must take < 10× the time, or under 50 ms)',
      );
      console.log(
        `${pad('input', 52, true)} ${pad('chars', 9)} ${pad('ms', 8)} ` +
          `${pad('4× chars', 9)} ${pad('ms', 8)} ${pad('ratio', 6)}`,
      );
      for (const r of inputs) {
        r.ok = r.large < Math.max(10 * r.small, 50);
        console.log(
          `${pad(r.name, 52, true)} ${pad(r.n.toLocaleString('en-US'), 9)} ${pad(r.small.toFixed(1), 8)} ` +
            `${pad((4 * r.n).toLocaleString('en-US'), 9)} ${pad(r.large.toFixed(1), 8)} ` +
            `${pad((r.large / r.small).toFixed(1), 6)}${r.ok ? '' : '  NOT LINEAR'}`,
        );
      }
    }

    // the aims
    const ecb = results.corpora['ECB+'];
    const synth = Object.entries(results.corpora).find(([name]) => name.startsWith('synth'))?.[1];
    const aims = [];
    const aim = (what, value, ok, target) =>
      aims.push(`${ok ? 'met   ' : 'MISSED'}  ${what}: ${value} (aim ${target})`);
    // each run's ratio (the two measurements next to each other in time, on the same machine load), then their median
    const ratio = (a, b) => median(a.map((m, r) => (b[r] ? m.total / b[r].total : undefined)));
    const ecbRuns = runsOf['ECB+'];
    if (ecb?.nlp) {
      const r1 = ratio(ecbRuns.j1, ecbRuns.nlp);
      const rn = ratio(ecbRuns.jn, ecbRuns.nlp);
      aim(
        `factdiff end to end (--jobs 1) / bare compromise, ECB+, median of ${ecbRuns.nlp.length} runs' ratios`,
        r1.toFixed(2),
        r1 <= 1.3,
        '≤ 1.3',
      );
      aim(`factdiff end to end (${jobsLabel}) / bare compromise, ECB+, same`, rn.toFixed(2), rn <= 0.5, '≤ 0.5');
      const rj = ratio(ecbRuns.jn, ecbRuns.j1);
      aim(`factdiff (${jobsLabel}) / factdiff --jobs 1, ECB+, same`, rj.toFixed(2), rj <= 1, '≤ 1: never slower');
    }
    if (ecb?.rec)
      aim(
        'recognizers / factdiff (--jobs 1), ECB+',
        `${(ecb.rec.total / ecb.j1.total).toFixed(2)}× faster`,
        ecb.rec.total / ecb.j1.total >= 5,
        '≥ 5×',
      );
    if (synth)
      aim(
        `workers: --jobs 1 / ${jobsLabel}, ${synth.j1.articles} articles`,
        (synth.j1.total / synth.jn.total).toFixed(2),
        synth.j1.total / synth.jn.total >= 1.6,
        '≥ 1.6 on 2 cores',
      );
    if (ecb && synth) {
      const ac = (m) => (m.stages.align ?? 0) + (m.stages.compare ?? 0);
      const gac = (m) => ac(m) + (m.stages.group ?? 0) + (m.stages.resolve ?? 0) + (m.stages.finish ?? 0);
      const n = synth.j1.articles / ecb.j1.articles;
      aim(
        `align+compare growth, ECB+ → ${n.toFixed(1)}× the articles`,
        `${(ac(synth.j1) / ac(ecb.j1)).toFixed(1)}×`,
        ac(synth.j1) / ac(ecb.j1) <= 12,
        '≤ 12×',
      );
      aim(
        `finish+resolve+group+align+compare growth, same`,
        `${(gac(synth.j1) / gac(ecb.j1)).toFixed(1)}×`,
        gac(synth.j1) / gac(ecb.j1) <= 12,
        '≤ 12×',
      );
    }
    if (synth)
      aim(
        `peak memory, ${synth.j1.articles} articles (--jobs 1 / ${jobsLabel})`,
        `${Math.round(synth.j1.maxRSS)} / ${Math.round(synth.jn.maxRSS)} MB`,
        Math.max(synth.j1.maxRSS, synth.jn.maxRSS) < 600,
        '< 600 MB',
      );
    if (results.cache) {
      const { cold, warm, changed, single } = results.cache;
      // what the changed article adds to a warm run, against what reading that article costs a new process
      // (the first article a process reads pays for the JIT's warm-up, whatever else it then reads)
      const extra = changed.stages.read - warm.stages.read;
      const one = single.stages.read;
      const average = cold.stages.read / cold.articles;
      aim(
        "cache: one article changed, read stage minus a warm run's",
        `${s(extra)} s; that article alone in a new process ${s(one)} s; ` +
          `an average article in a cold run ${s(average)} s`,
        extra <= 1.5 * one,
        '≈ one article of extraction: ≤ 1.5 × that article alone',
      );
    }
    if (results.long) {
      const r = median(runsOf.long.fd.map((m, i) => m.total / runsOf.long.nlp[i].total));
      aim(`one 1 MB article: factdiff (${jobsLabel}) / bare compromise`, r.toFixed(2), r <= 2, '≤ 2');
    }
    if (results.pathological) {
      const slow = results.pathological.inputs.filter((r) => !r.ok);
      aim(
        'pathological inputs in linear time',
        slow.length ? `not linear: ${slow.map((r) => r.name).join('; ')}` : `all ${results.pathological.inputs.length}`,
        slow.length === 0,
        '4× the size < 10× the time',
      );
    }
    console.log(`\n${aims.join('\n')}`);
    console.log(
      `\nload average at end ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')} (other work on the machine slows every figure)`,
    );
    const jsonFile = option(args, '--json', null);
    if (jsonFile) writeFileSync(jsonFile, JSON.stringify(results, null, 2));
    return 0;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

if (process.argv[1] === SELF) {
  const args = process.argv.slice(2);
  if (args[0] === '--child') process.stdout.write(`${JSON.stringify(await child(JSON.parse(args[1])))}\n`);
  else process.exitCode = await main(args);
}
