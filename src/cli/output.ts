/** Where a report goes: stdout, or the file of -o (its folders made). */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import nodePath from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOCS_HOME } from '../tool.js';
import { workTree } from '../ingest/ignores.js';
import { InputError } from '../ingest/errors.js';
import { makeFolders } from './folders.js';
import type { Io } from './io.js';

/** Writes the report; false (after saying why in one line) when the file cannot be written. */
export async function writeOutput(output: string, outputFile: string | undefined, io: Io): Promise<boolean> {
  if (outputFile === undefined) {
    io.stdout(output);
    return true;
  }
  const file = nodePath.resolve(io.cwd, outputFile);
  try {
    await makeFolders(nodePath.dirname(file));
    await writeFile(file, output, 'utf8');
    return true;
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    io.stderr(`factdiff: error: cannot write the report to ${outputFile}: ${reason}\n`);
    return false;
  }
}

/** With `/` separators, as reports show paths. */
const slashed = (p: string): string => p.split(nodePath.sep).join('/');

/**
 * Where a report links the rule pages: an installed package (below a node_modules folder) by URL
 * when package.json names a home (`home`, src/tool.ts); a clone of factdiff, or a package with no
 * home, by the path relative to the working directory, which opens offline.
 */
export function docsLink(docs: string, cwd: string, home: string | null): string {
  const installed = docs.split(nodePath.sep).includes('node_modules');
  if (installed && home !== null) return home;
  const rel = nodePath.relative(cwd, docs);
  return slashed(rel === '' ? '.' : nodePath.isAbsolute(rel) ? docs : rel);
}

/** The package's rule pages, linked for a report read from `cwd`. */
export function docsFolder(cwd: string): string {
  return docsLink(fileURLToPath(new URL('../../docs', import.meta.url)), cwd, DOCS_HOME);
}

/** The folder SARIF paths are relative to: --sarif-root, else the git work tree, else the working directory. */
export function sarifRoot(flag: string | undefined, cwd: string): { root: string; cwd: string } {
  const root = flag === undefined ? (workTree(cwd) ?? cwd) : nodePath.resolve(cwd, flag);
  if (flag !== undefined && !existsSync(root)) throw new InputError(`--sarif-root ${flag}: no such folder`);
  return { root: slashed(root), cwd: slashed(cwd) };
}
