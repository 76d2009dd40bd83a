/** Where a report goes: stdout, or the file of -o (its folders made). */
import { writeFile } from 'node:fs/promises';
import nodePath from 'node:path';
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
