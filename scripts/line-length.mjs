#!/usr/bin/env node
/**
 * Lines of code at most 120 characters. Prettier breaks code at that width but leaves comments
 * and strings whole, so this check catches what it cannot fix. Exit 1 listing each long line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const MAX = 120;
const FOLDERS = ['src', 'test', 'scripts', 'bin'];
const CODE = /\.(?:ts|mts|mjs|js)$/;

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (CODE.test(entry.name)) yield path;
  }
}

const long = [];
for (const folder of FOLDERS) {
  for (const file of files(folder)) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if ([...line].length > MAX) long.push(`${file}:${i + 1}: ${[...line].length} characters`);
      });
  }
}
if (long.length > 0) {
  console.error(`${long.length} line${long.length === 1 ? '' : 's'} longer than ${MAX} characters:`);
  for (const line of long) console.error(`  ${line}`);
  process.exit(1);
}
