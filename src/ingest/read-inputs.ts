/**
 * Paths, folders and globs from the command line → articles. The only place besides cli/
 * that touches the file system.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import type { Article } from '../types.js';
import { publicationDate } from './date.js';
import { decode } from './decode.js';
import { InputError } from './errors.js';

/** What a folder is searched for. */
export const ARTICLE_EXTENSIONS = ['txt', 'md'];
const ARTICLE_GLOB = `**/*.{${ARTICLE_EXTENSIONS.join(',')}}`;

export interface IngestOptions {
  cwd: string;
}

/** Resolves every input to files (sorted, without duplicates), then reads them. */
export async function ingest(inputs: string[], options: IngestOptions): Promise<Article[]> {
  const files = new Set<string>();
  for (const input of inputs) {
    for (const file of await resolveInput(input, options.cwd)) files.add(file);
  }
  const sorted = [...files].sort();
  return Promise.all(sorted.map((file) => readArticle(file, options.cwd)));
}

async function resolveInput(input: string, cwd: string): Promise<string[]> {
  const absolute = path.resolve(cwd, input);
  const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return null;
    throw new InputError(`cannot read ${input}: ${describeError(error)}`);
  });
  if (info?.isDirectory()) {
    const found = await fg(ARTICLE_GLOB, { cwd: absolute, absolute: true, onlyFiles: true, dot: false, suppressErrors: true });
    if (found.length === 0) throw new InputError(`no articles in ${input} (looked for ${ARTICLE_EXTENSIONS.map((e) => `.${e}`).join(', ')} files)`);
    return found.map((f) => path.normalize(f));
  }
  if (info) return [absolute];
  if (fg.isDynamicPattern(input)) {
    const found = await fg(input.split(path.sep).join('/'), { cwd, absolute: true, onlyFiles: true, dot: false, suppressErrors: true });
    if (found.length === 0) throw new InputError(`no files match ${input}`);
    return found.map((f) => path.normalize(f));
  }
  throw new InputError(`no such file or directory: ${input}`);
}

async function readArticle(file: string, cwd: string): Promise<Article> {
  const display = path.relative(cwd, file).split(path.sep).join('/') || path.basename(file);
  try {
    const text = decode(await readFile(file));
    const date = publicationDate(text);
    return date ? { path: display, text, date } : { path: display, text };
  } catch (error) {
    throw new InputError(`cannot read ${display}: ${describeError(error as NodeJS.ErrnoException)}`);
  }
}

function describeError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many symbolic links (a loop?)';
    default:
      return error.code ?? error.message;
  }
}
