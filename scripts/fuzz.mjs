#!/usr/bin/env node
/**
 * Longer fuzz campaigns than CI runs: the property tests of test/robustness/ with many more
 * cases. `npm run fuzz` (2,000 pipeline cases a property, 20,000 for the cheap ones);
 * `npm run fuzz -- --runs 10000`; `npm run fuzz -- --seed 42` to replay a failure
 * (fast-check prints the seed and the shrunk counterexample when a property fails).
 * The same as FUZZ_RUNS=… FUZZ_SEED=… npx vitest run test/robustness/*.property.test.ts.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
if (args.includes('--help') || args.includes('-h')) {
  console.log('usage: npm run fuzz [-- --runs N] [-- --seed S]   (N: cases a pipeline property, default 2000)');
  process.exit(0);
}
const runs = option('runs') ?? process.env.FUZZ_RUNS ?? '2000';
const seed = option('seed') ?? process.env.FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 31));
if (!/^\d+$/.test(runs) || !/^-?\d+$/.test(seed)) {
  console.error('fuzz: --runs and --seed take whole numbers');
  process.exit(2);
}
console.log(`fuzz: ${runs} cases a pipeline property (${Number(runs) * 10} for the cheap ones), seed ${seed}`);
const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
const result = spawnSync(
  process.execPath,
  [
    vitest,
    'run',
    'test/robustness/pipeline.property.test.ts',
    'test/robustness/ingest.property.test.ts',
    'test/robustness/encodings.test.ts',
  ],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, FUZZ_RUNS: runs, FUZZ_SEED: seed },
  },
);
if (result.status !== 0) console.error(`fuzz: failed; replay with: npm run fuzz -- --runs ${runs} --seed ${seed}`);
process.exit(result.status ?? 2);
