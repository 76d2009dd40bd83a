/**
 * The seeds in every output format, against fixtures/formats/seeds.*.
 * UPDATE_GOLDEN=1 npx vitest run test/formats rewrites them from the current output (review the diff!).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/io.js';
import { run } from './helpers.js';

const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };
const update = process.env.UPDATE_GOLDEN === '1';

const FILES: Record<string, string> = {
  ndjson: 'seeds.ndjson',
  sarif: 'seeds.sarif',
  github: 'seeds.github.txt',
  markdown: 'seeds.md',
};

/** The tool version changes with every release; golden files hold a placeholder. */
function stable(text: string): string {
  return text
    .replaceAll(`"version": "${pkg.version}"`, '"version": "<version>"')
    .replaceAll(`"semanticVersion": "${pkg.version}"`, '"semanticVersion": "<version>"');
}

describe.each(Object.entries(FILES))('format %s on the seeds', (format, file) => {
  it(`matches fixtures/formats/${file}`, async () => {
    const { code, out, err } = await run(['fixtures/seeds', '--format', format]);
    const golden = path.join(ROOT, 'fixtures/formats', file);
    if (update || !existsSync(golden)) writeFileSync(golden, stable(out));
    expect(err).toBe('');
    expect(code).toBe(1);
    expect(stable(out)).toBe(readFileSync(golden, 'utf8'));
  });
});
