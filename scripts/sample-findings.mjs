#!/usr/bin/env node
/**
 * `npm run sample`: conflict findings (error or warning of a conflict rule) drawn at random, with
 * a fixed seed, from the ECB+ clusters the dev labels do not cover, printed with both sides'
 * sentences so that a reader can judge each real or noise. Each cluster folder is checked on its
 * own (one event each). A report, not a test.
 *
 *   node scripts/sample-findings.mjs [--n 30] [--seed 1] [--json FILE] [--people]
 *
 * --people draws the findings about people and claims instead (attribution, role and stance, any severity).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { random } from './synth.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = resolve(ROOT, '../shared/corpora/ecbplus');
const LABELS = resolve(ROOT, '../shared/eval/ecbplus-dev.jsonl');
const dist = (p) => pathToFileURL(join(ROOT, 'dist', p)).href;
const CONFLICT_RULES = new Set(['quantity-conflict', 'role-conflict', 'place-conflict', 'attribution-conflict']);
const PEOPLE_RULES = new Set(['role-conflict', 'attribution-conflict', 'stance-conflict']);

function parseArgs(argv) {
  const args = { n: 30, seed: 1, json: null, people: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === '--people') {
      args.people = true;
      continue;
    }
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (flag === '--n') args.n = Number(value);
    else if (flag === '--seed') args.seed = Number(value);
    else if (flag === '--json') args.json = value;
    else throw new Error(`unknown option ${flag}`);
    i++;
  }
  return args;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(CORPUS) || !existsSync(LABELS)) throw new Error(`no corpus or labels beside the project`);
  const [{ loadModel, check }, { ingest }] = await Promise.all([
    import(dist('index.js')),
    import(dist('ingest/read-inputs.js')),
  ]);
  const model = loadModel();
  const labelled = new Set(
    readFileSync(LABELS, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line).cluster),
  );
  const clusters = readdirSync(CORPUS)
    .filter((d) => !d.includes('.') && !labelled.has(d))
    .sort();
  const all = [];
  for (const cluster of clusters) {
    const { articles } = await ingest([cluster], { cwd: CORPUS, model });
    if (articles.length < 2) continue;
    for (const f of check(articles, { model }).findings)
      if (
        args.people
          ? PEOPLE_RULES.has(f.ruleId)
          : CONFLICT_RULES.has(f.ruleId) && (f.severity === 'error' || f.severity === 'warning')
      )
        all.push({ cluster, f });
  }
  // a partial Fisher-Yates shuffle: the first n of a seeded permutation
  const rand = random(args.seed);
  const drawn = [...all];
  for (let i = 0; i < Math.min(args.n, drawn.length); i++) {
    const j = i + Math.floor(rand() * (drawn.length - i));
    [drawn[i], drawn[j]] = [drawn[j], drawn[i]];
  }
  const sample = drawn.slice(0, args.n);
  console.log(
    `factdiff sample: ${all.length} ${args.people ? 'people and claim' : 'conflict'} findings in ` +
      `${clusters.length} unlabelled clusters; ` +
      `${sample.length} drawn (seed ${args.seed})`,
  );
  sample.forEach(({ cluster, f }, i) => {
    console.log(`\n${i + 1}. [${cluster}] ${f.severity} ${f.ruleId} (${f.confidence}): ${f.message}`);
    for (const e of f.evidence.slice(0, 4))
      console.log(`   - ${e.path.split('/').pop()}:${e.line}:${e.column} "${e.text}": ${e.context ?? ''}`);
  });
  if (args.json)
    writeFileSync(
      args.json,
      JSON.stringify(
        sample.map(({ cluster, f }) => ({ cluster, ...f })),
        null,
        1,
      ),
    );
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(`sample-findings: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
