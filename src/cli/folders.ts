/**
 * The folders a report file goes in, made one at a time from the nearest one that exists.
 * Not `mkdir(dir, { recursive: true })`: on Node 20 that never returns for a path under a
 * folder where nothing may be made (it spins on `/proc/nope/x`); one level at a time fails
 * with the reason instead.
 */
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';

export async function makeFolders(dir: string): Promise<void> {
  const missing: string[] = [];
  let at = path.resolve(dir);
  for (;;) {
    const info = await stat(at).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    if (info) {
      if (!info.isDirectory()) throw Object.assign(new Error(`${at} is not a folder`), { code: 'ENOTDIR' });
      break;
    }
    missing.push(at);
    const parent = path.dirname(at);
    if (parent === at) break;
    at = parent;
  }
  for (const folder of missing.reverse()) {
    await mkdir(folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
  }
}
