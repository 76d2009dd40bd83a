/** The --baseline file, read and written (the format is src/report/baseline.ts). */
import { readFile, writeFile } from 'node:fs/promises';
import nodePath from 'node:path';
import { InputError } from '../ingest/errors.js';
import { buildBaseline, parseBaseline, serializeBaseline, type KnownFindings } from '../report/baseline.js';
import type { Finding } from '../types.js';
import { makeFolders } from './folders.js';

/** --baseline <file>: the fingerprints in it. */
export async function readBaseline(given: string, cwd: string): Promise<KnownFindings> {
  const file = nodePath.resolve(cwd, given);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file (make it with --update-baseline)'
        : error instanceof Error
          ? (error.message.split('\n')[0] ?? '')
          : String(error);
    throw new InputError(`cannot read the baseline ${given}: ${reason}`);
  }
  return parseBaseline(text, given);
}

/** --update-baseline: writes the findings' fingerprints; returns how many. */
export async function writeBaseline(given: string, findings: Finding[], cwd: string): Promise<number> {
  const file = nodePath.resolve(cwd, given);
  const baseline = buildBaseline(findings);
  try {
    await makeFolders(nodePath.dirname(file)); // not mkdir(recursive): see ./folders.ts
    await writeFile(file, serializeBaseline(baseline), 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw new InputError(`cannot write the baseline ${given}: ${reason}`);
  }
  return baseline.findings.length;
}
