/** Where a report goes: stdout, or the file of -o (its folders made). */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import nodePath from 'node:path';
import { fileURLToPath } from 'node:url';
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
 * The package's rule pages as a reader here can open them: relative to the working directory
 * when they are below it ("docs" in a clone), else absolute (a global install), so a link works offline.
 */
export function docsFolder(cwd: string): string {
  const docs = fileURLToPath(new URL('../../docs', import.meta.url));
  const rel = nodePath.relative(cwd, docs);
  return slashed(rel === '' || rel.startsWith('..') || nodePath.isAbsolute(rel) ? docs : rel);
}

/** The folder SARIF paths are relative to: --sarif-root, else the git work tree, else the working directory. */
export function sarifRoot(flag: string | undefined, cwd: string): { root: string; cwd: string } {
  const root = flag === undefined ? (workTree(cwd) ?? cwd) : nodePath.resolve(cwd, flag);
  if (flag !== undefined && !existsSync(root)) throw new InputError(`--sarif-root ${flag}: no such folder`);
  return { root: slashed(root), cwd: slashed(cwd) };
}
