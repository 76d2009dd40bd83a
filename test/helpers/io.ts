import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Io } from '../../src/cli/io.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** An Io that records what main() prints, run from the repository root. */
export function captureIo(overrides: Partial<Io> = {}): Io & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout(text: string) {
      io.out += text;
    },
    stderr(text: string) {
      io.err += text;
    },
    cwd: ROOT,
    env: {},
    stdoutIsTTY: false,
    readStdin: async () => '',
    ...overrides,
  };
  return io;
}
