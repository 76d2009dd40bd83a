#!/usr/bin/env node
/**
 * The packed package ships a built dist/, so it needs no install script: a `prepare` script in
 * its package.json makes `npm install -g factdiff-x.tgz` warn about scripts to allow. A clone
 * still needs `prepare` (the quick start is `npm install && npx factdiff`), so `prepack` builds
 * and parks it under another name, and `postpack` puts it back (as pinst does for postinstall).
 * Usage: `node scripts/pack-manifest.mjs park|restore [package.json]`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The name the script waits under while the package is packed (npm runs no script of that name). */
export const PARKED = '//prepare';

/** The manifest text with `prepare` parked (or restored), its key order and indentation kept. */
export function rewrite(text, action) {
  const [from, to] = action === 'park' ? ['prepare', PARKED] : [PARKED, 'prepare'];
  const manifest = JSON.parse(text);
  const scripts = manifest.scripts ?? {};
  if (!(from in scripts)) return text;
  manifest.scripts = Object.fromEntries(Object.entries(scripts).map(([k, v]) => [k === from ? to : k, v]));
  const indent = /^[ \t]+/m.exec(text)?.[0] ?? '  ';
  return `${JSON.stringify(manifest, null, indent)}\n`;
}

function main(argv) {
  const [action, file = 'package.json'] = argv;
  if (action !== 'park' && action !== 'restore') {
    console.error('pack-manifest: say park or restore');
    return 2;
  }
  writeFileSync(file, rewrite(readFileSync(file, 'utf8'), action));
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
