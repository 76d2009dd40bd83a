/**
 * The floor plan, checked: the core (what runs between ingest and the report) does no I/O,
 * reads its model only from the value it is given, and keeps no state in a module; compromise
 * is used in its one adapter; every stage src/pipeline.ts lists is run there.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STAGES } from '../src/pipeline.js';
import { ROOT } from './helpers/io.js';

const SRC = path.join(ROOT, 'src');
const files = (dir: string): string[] =>
  readdirSync(path.join(SRC, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(dir, f));

const CORE = [
  ...['extract', 'normalize', 'group', 'align', 'compare', 'report', 'text'].flatMap(files),
  'pipeline.ts',
  'types.ts',
];
const source = (file: string): string => readFileSync(path.join(SRC, file), 'utf8');
const imports = (text: string): string[] => [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1] as string);

describe('the core', () => {
  it('is a few dozen files (the check below reads them all)', () => {
    expect(CORE.length).toBeGreaterThan(50);
  });

  it.each(CORE)('%s does no I/O and reads no model but the one it is given', (file) => {
    const text = source(file);
    const bad = imports(text).filter(
      (i) =>
        /^node:(?:fs|fs\/promises|worker_threads|child_process|module|os)$/.test(i) ||
        i === 'tinypool' ||
        /\/(?:cli|batch)\//.test(i) ||
        /model\/load\.js$/.test(i) ||
        (/\/ingest\//.test(i) && !i.endsWith('ingest/errors.js')),
    );
    expect(bad).toEqual([]);
    expect(text).not.toMatch(/\bprocess\./);
  });

  it.each(CORE)('%s keeps no state in the module and no getters in its data', (file) => {
    const text = source(file);
    expect(text).not.toMatch(/^let /m);
    expect(text).not.toMatch(/^(?:export )?const \w+ = new WeakMap/m);
    expect(text).not.toMatch(/Object\.defineProperty|^\s+get \w+\(\)/m);
  });
});

describe('the adapters', () => {
  it('compromise is imported by src/extract/nlp.ts alone', () => {
    const users = [...CORE, ...files('cli'), ...files('batch'), ...files('ingest'), ...files('model')].filter((f) =>
      imports(source(f)).some((i) => i === 'compromise' || i.startsWith('compromise/')),
    );
    expect(users).toEqual([path.join('extract', 'nlp.ts')]);
  });

  it('model data is read from disk by src/model/load.ts alone', () => {
    const readers = [...CORE, ...files('cli'), ...files('batch'), ...files('model'), ...files('ingest')].filter((f) =>
      /\.\.\/model\/(?:\w[\w-]*|\$\{name\})\.json/.test(source(f)),
    );
    expect(readers).toEqual([path.join('model', 'load.ts')]);
  });
});

describe('src/pipeline.ts', () => {
  it('runs every stage it lists', () => {
    const text = source('pipeline.ts');
    for (const stage of STAGES) expect(text).toContain(`stage('${stage}'`);
  });
});
