import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './io.js';

/** A folder of `n` short articles (two seed articles, copied under other names). */
export function manyArticles(n: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'factdiff-many-'));
  const seeds = ['000_63af52b85db90ee2.txt', '003_322494230f4a479f.txt'].map((f) =>
    readFileSync(path.join(ROOT, 'fixtures/seeds', f), 'utf8').slice(0, 800),
  );
  for (let i = 0; i < n; i++)
    writeFileSync(path.join(dir, `a${String(i).padStart(3, '0')}.txt`), seeds[i % 2] as string);
  return dir;
}
