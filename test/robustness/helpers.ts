/** Shared by the robustness tests: a temp folder of generated inputs, main() run in it, the report schema. */
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { main } from '../../src/cli/main.js';
import type { Report } from '../../src/types.js';
import { captureIo, ROOT } from '../helpers/io.js';

/** The seed articles, to build inputs that have findings. */
export const SEED = (name: string): string => readFileSync(path.join(ROOT, 'fixtures/seeds', name), 'utf8');
export const SEED_A = '000_63af52b85db90ee2.txt'; // "more than two hours"
export const SEED_B = '003_322494230f4a479f.txt'; // "nearly 90 minutes"

const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema/report.schema.json'), 'utf8'));
export const validateReport = new Ajv({ allErrors: true }).compile(schema);

/** A fresh temp folder; remove it with `cleanup`. */
export function tempDir(prefix = 'factdiff-robust-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export function cleanup(dir: string): void {
  // a folder made unreadable by a test must be made readable again to be removed
  try {
    chmodSync(dir, 0o755);
  } catch {
    /* already gone */
  }
  rmSync(dir, { recursive: true, force: true });
}

export function write(dir: string, name: string, content: string | Uint8Array): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

/**
 * Whether this process is stopped by file permissions. As root (or with CAP_DAC_OVERRIDE),
 * chmod 000 does not stop reading, and the permission-denied cases cannot be made.
 */
export function permissionsApply(dir: string): boolean {
  const probe = path.join(dir, '.probe');
  writeFileSync(probe, 'x');
  chmodSync(probe, 0);
  try {
    readFileSync(probe);
    return false;
  } catch {
    return true;
  } finally {
    chmodSync(probe, 0o644);
    rmSync(probe);
  }
}

export interface Run {
  code: number;
  out: string;
  err: string;
}

/** main() with `args`, run from `cwd`, with stdin giving `stdin`. */
export async function run(args: string[], cwd: string, stdin = ''): Promise<Run> {
  const io = captureIo({ cwd, readStdin: async () => stdin });
  const code = await main(args, io);
  return { code, out: io.out, err: io.err };
}

/** main() with `--format json`; the report parsed and checked against the schema. */
export async function runJson(args: string[], cwd: string): Promise<Run & { report: Report }> {
  const result = await run([...args, '--format', 'json'], cwd);
  const report = JSON.parse(result.out) as Report;
  if (!validateReport(report))
    throw new Error(`report does not fit the schema: ${JSON.stringify(validateReport.errors)}`);
  return { ...result, report };
}

/** No stack trace and no raw control character in what was printed for people. */
export function cleanOutput(text: string): boolean {
  return !/\n\s+at /.test(text) && !/[\u0000-\u0008\u000b-\u001f\u007f]/.test(text);
}
