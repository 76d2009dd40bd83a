/**
 * Paths, folders and globs from the command line → articles: the files are found, read and
 * decoded here (the edge where inputs come in).
 *
 * A file that cannot be read (permission denied, binary, too large, a broken or looping
 * symbolic link...) does not stop the run: it comes back in `skipped` with the reason, and the
 * other files are read. A path on the command line that does not exist, a folder with no
 * articles and a glob that matches nothing are usage errors (InputError).
 */
import type { Dirent, Stats } from 'node:fs';
import { lstat, open, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import type { Article, Model, SkippedInput } from '../types.js';
import { publicationDate } from './date.js';
import { decodeBytes } from './decode.js';
import { InputError } from './errors.js';
import { htmlToText, isHtmlName } from './html.js';
import { walkIgnores, type WalkIgnores } from './ignores.js';
import { DEFAULT_MAX_FILE_SIZE, formatSize } from './size.js';
import type { SourceText } from '../util/offset-map.js';

const BROKEN_LINK = 'broken symbolic link (its target does not exist)';

/** What a folder is searched for. */
export const ARTICLE_EXTENSIONS = ['txt', 'md', 'html', 'htm'];

export interface IngestOptions {
  cwd: string;
  /** What .html files and datelines are read with (model/html.json, model/calendar.json). */
  model: Model;
  /** Files larger than this many bytes are skipped (default 5 MB). */
  maxFileSize?: number;
  /** Leave out what a walk leaves out by default (node_modules, .gitignore, .factdiffignore); default true. */
  ignores?: boolean;
  /** A glob that matches no file is passed over (else a usage error): --no-error-on-unmatched-pattern. */
  allowUnmatched?: boolean;
}

/** Something worth telling about a file that was read all the same (its encoding, bad bytes). */
export interface IngestWarning {
  path: string;
  message: string;
}

export interface IngestResult {
  /** Sorted by path. */
  articles: Article[];
  /** Sorted by path. */
  skipped: SkippedInput[];
  warnings: IngestWarning[];
  /** For articles made from another kind of file (HTML): the file's text and the map back into it, by path. */
  sources: Map<string, SourceText>;
  /** The ignore files the folder walks honoured (for --verbose), and how many files and folders they left out. */
  ignored: { files: string[]; count: number };
}

/** A glob that matches no file: a usage error, unless the user allows it. */
class UnmatchedPattern extends InputError {
  constructor(pattern: string) {
    super(`no files match ${pattern}`);
  }
}

/** A file found, or a path that was found but cannot be read. */
type Found = { file: string } | { file: string; reason: string };

/** Resolves every input to files (sorted, without duplicates), then reads them. */
export async function ingest(inputs: string[], options: IngestOptions): Promise<IngestResult> {
  const found = new Map<string, Found>();
  const notes: IngestWarning[] = [];
  const ignores = walkIgnores(options.cwd, options.ignores ?? true);
  const left = { count: 0 };
  for (const input of inputs) {
    let items: Found[];
    try {
      items = await resolveInput(input, options.cwd, notes, ignores, left);
    } catch (error) {
      // --no-error-on-unmatched-pattern: a glob that matches nothing is told, not fatal
      if (!(options.allowUnmatched && error instanceof UnmatchedPattern)) throw error;
      notes.push({ path: input, message: 'the pattern matches no file (passed over)' });
      continue;
    }
    for (const item of items) if (!found.has(item.file)) found.set(item.file, item);
  }
  if (found.size === 0 && inputs.length > 0 && options.allowUnmatched)
    throw new InputError(`no files match ${inputs.join(', ')}`);
  const sorted = [...found.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const max = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const result: IngestResult = {
    articles: [],
    skipped: [],
    warnings: [],
    sources: new Map(),
    ignored: { files: ignores.files.map((f) => displayPath(f, options.cwd)), count: left.count },
  };
  // a few files at a time: thousands of files open at once would run out of file descriptors
  const read = await mapLimited(sorted, 16, (item) =>
    'reason' in item ? Promise.resolve(item) : readFile(options.model, item.file, options.cwd, max),
  );
  sorted.forEach((item, i) => {
    const outcome = read[i] as Outcome;
    const display = displayPath(item.file, options.cwd);
    if ('reason' in outcome) result.skipped.push({ path: display, reason: outcome.reason });
    else {
      result.articles.push(outcome.article);
      if (outcome.source) result.sources.set(outcome.article.path, outcome.source);
      if (outcome.warning) result.warnings.push({ path: display, message: outcome.warning });
    }
  });
  result.warnings.push(...notes.map((n) => ({ ...n, path: displayPath(n.path, options.cwd) })));
  result.warnings.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return result;
}

/** What reports show for a file: relative to the working directory, with / separators. */
export function displayPath(file: string, cwd: string): string {
  return path.relative(cwd, file).split(path.sep).join('/') || path.basename(file);
}

async function resolveInput(
  input: string,
  cwd: string,
  notes: IngestWarning[],
  ignores: WalkIgnores,
  left: { count: number },
): Promise<Found[]> {
  let absolute: string;
  let info: Stats | null;
  try {
    absolute = path.resolve(cwd, input);
    info = await stat(absolute).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return null;
      throw error;
    });
  } catch (error) {
    // a path that is there but cannot be looked at: a symbolic link loop, a folder on the way
    // that may not be searched, a name too long or with a NUL byte
    return [{ file: path.resolve(cwd, input.replaceAll('\0', '\\0')), reason: describeError(error) }];
  }
  if (info?.isDirectory()) {
    const found = await walk(absolute, notes, ignores, left);
    if (found.length === 0)
      throw new InputError(
        `no articles in ${input} (looked for ${ARTICLE_EXTENSIONS.map((e) => `.${e}`).join(', ')} files)`,
      );
    return found;
  }
  if (info) return [{ file: absolute }];
  // not there: a symbolic link to nothing is a file problem, not a usage error
  const link = await lstat(absolute).catch(() => null);
  if (link?.isSymbolicLink()) return [{ file: absolute, reason: BROKEN_LINK }];
  if (fg.isDynamicPattern(input)) {
    const found = await globFiles(input, cwd);
    if (found.length === 0) throw new UnmatchedPattern(input);
    return found;
  }
  // "factdiff entites seeds": a command misspelt reads as a path
  const command = COMMANDS.find((c) => editDistance(c, input) <= 2);
  throw new InputError(
    `no such file or directory: ${input}${command ? ` (did you mean the command "${command}"?)` : ''}`,
  );
}

/** The subcommands, for a suggestion when a path that does not exist looks like one of them. */
const COMMANDS = ['facts', 'entities', 'stories'];

/** Levenshtein distance, for short words. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(
        (row[j] ?? 0) + 1,
        (next[j - 1] ?? 0) + 1,
        (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    row = next;
  }
  return row[b.length] ?? 0;
}

function isArticleName(name: string): boolean {
  return ARTICLE_EXTENSIONS.some((e) => name.endsWith(`.${e}`));
}

/**
 * Every article file under a folder, hidden files and folders left out. Symbolic links are
 * followed, but each folder is read once: the real folders first, then the folders reached
 * only through a link, so a link back up the tree (a loop) is never entered.
 * Folders that cannot be listed, and article files that cannot be opened, come back with a reason.
 */
async function walk(
  root: string,
  notes: IngestWarning[],
  ignores: WalkIgnores,
  left: { count: number },
): Promise<Found[]> {
  const found: Found[] = [];
  const seen = new Set<string>();
  const linked: { dir: string; info: Stats }[] = [];
  const rootInfo = await stat(root);
  seen.add(key(rootInfo));
  const queue: string[] = [root];
  let head = 0;
  const visit = async (dir: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      found.push({ file: dir, reason: `cannot list the folder: ${describeError(error)}` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      // node_modules, .gitignore, .factdiffignore (src/ingest/ignores.ts)
      if (ignores.skips(full, entry.isDirectory())) {
        left.count++;
        continue;
      }
      if (entry.isDirectory()) {
        const info = await stat(full).catch(() => null);
        if (info && !seen.has(key(info))) {
          seen.add(key(info));
          queue.push(full);
        } else if (!info) found.push({ file: full, reason: 'cannot look at the folder' });
      } else if (entry.isSymbolicLink()) {
        let info: Stats;
        try {
          info = await stat(full);
        } catch (error) {
          const broken = (error as NodeJS.ErrnoException).code === 'ENOENT';
          if (isArticleName(entry.name))
            found.push({ file: full, reason: broken ? BROKEN_LINK : describeError(error) });
          continue;
        }
        if (info.isDirectory()) linked.push({ dir: full, info });
        else if (isArticleName(entry.name))
          found.push(info.isFile() ? { file: full } : { file: full, reason: notRegular(info) });
      } else if (isArticleName(entry.name)) {
        found.push(entry.isFile() ? { file: full } : { file: full, reason: notRegular(entry) });
      }
    }
  };
  for (;;) {
    // breadth first through real folders; then one linked folder at a time, with what it holds
    while (head < queue.length) await visit(queue[head++] as string);
    const next = linked.shift();
    if (!next) break;
    if (seen.has(key(next.info))) {
      notes.push({ path: next.dir, message: 'symbolic link to a folder already read (a loop?): not followed' });
      continue;
    }
    seen.add(key(next.info));
    queue.push(next.dir);
  }
  return found;
}

function key(info: Stats): string {
  return `${info.dev}:${info.ino}`;
}

function notRegular(info: Pick<Stats, 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice'>): string {
  const kind = info.isFIFO()
    ? 'a named pipe'
    : info.isSocket()
      ? 'a socket'
      : info.isCharacterDevice() || info.isBlockDevice()
        ? 'a device'
        : 'a special file';
  return `not a regular file (${kind})`;
}

/**
 * Files matching a glob. Symbolic links to folders are not followed (a loop would never end);
 * links to files are, and broken or looping links come back with a reason.
 */
async function globFiles(pattern: string, cwd: string): Promise<Found[]> {
  const entries = await fg(pattern.split(path.sep).join('/'), {
    cwd,
    absolute: true,
    onlyFiles: false,
    dot: false,
    suppressErrors: true,
    followSymbolicLinks: false,
    objectMode: true,
  });
  const found: Found[] = [];
  for (const entry of entries) {
    const file = path.normalize(entry.path);
    if (entry.dirent.isDirectory()) continue;
    if (entry.dirent.isFile()) {
      found.push({ file });
      continue;
    }
    const info = await stat(file).catch((error: unknown) => error as NodeJS.ErrnoException);
    if (info instanceof Error) found.push({ file, reason: info.code === 'ENOENT' ? BROKEN_LINK : describeError(info) });
    else if (info.isFile()) found.push({ file });
    else if (!info.isDirectory()) found.push({ file, reason: notRegular(info) });
  }
  return found;
}

type Outcome = { article: Article; warning?: string; source?: SourceText } | { reason: string };

async function readFile(model: Model, file: string, cwd: string, max: number): Promise<Outcome> {
  let bytes: Uint8Array;
  try {
    const read = await readCapped(file, max);
    if ('reason' in read) return read;
    bytes = read.bytes;
  } catch (error) {
    return { reason: describeError(error) };
  }
  const decoded = decodeBytes(bytes);
  if (decoded.kind === 'binary') return { reason: decoded.reason };
  const display = displayPath(file, cwd);
  const { article, source } = articleOf(model, display, decoded.text);
  return { article, ...(decoded.warning ? { warning: decoded.warning } : {}), ...(source ? { source } : {}) };
}

/**
 * The article a file's text makes: the text itself, or for an .html file its words (with the map
 * back into the file). The date comes from the markup, else from the text's head.
 */
export function articleOf(
  model: Model,
  path: string,
  fileText: string,
  html = isHtmlName(path),
): { article: Article; source?: SourceText } {
  if (html) {
    const html = htmlToText(model, fileText);
    const date = html.date ?? publicationDate(model, html.text);
    return { article: { path, text: html.text, ...(date ? { date } : {}) }, source: { text: fileText, map: html.map } };
  }
  const date = publicationDate(model, fileText);
  return { article: date ? { path, text: fileText, date } : { path, text: fileText } };
}

/**
 * The file's bytes, or why not: larger than `max` (told by its size before reading, or while
 * reading for pipes and devices, which never say), a folder, a socket.
 */
async function readCapped(file: string, max: number): Promise<{ bytes: Uint8Array } | { reason: string }> {
  const limit = formatSize(max);
  // "3027 bytes" rather than "3 KB" when the size would look like the limit
  const shown = (size: number) => (formatSize(size) === limit ? `${size} bytes` : formatSize(size));
  const tooLarge = (size: string) => ({ reason: `too large (${size}; the limit is ${limit}, see --max-file-size)` });
  const handle = await open(file, 'r');
  try {
    const info = await handle.stat();
    if (info.isDirectory()) return { reason: 'is a directory' };
    if (info.isFile() && info.size > max) return tooLarge(shown(info.size));
    const chunks: Uint8Array[] = [];
    let total = 0;
    const chunkSize = info.isFile() ? Math.min(Math.max(info.size + 1, 1), max + 1, 1 << 20) : 64 * 1024;
    for (;;) {
      const buffer = new Uint8Array(Math.min(chunkSize, max + 1 - total));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > max) return tooLarge(`more than ${limit}`);
    }
    return { bytes: chunks.length === 1 ? (chunks[0] as Uint8Array) : Buffer.concat(chunks) };
  } finally {
    await handle.close();
  }
}

/** Runs `fn` over `items`, at most `limit` at a time; results in the order of `items`. */
async function mapLimited<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** One short phrase for a file-system error. */
export function describeError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'symbolic link loop (too many levels of symbolic links)';
    case 'ENOENT':
      return 'no such file (removed while reading, or a broken symbolic link)';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'ENAMETOOLONG':
      return 'invalid path: the name is too long';
    case 'ERR_INVALID_ARG_VALUE':
    case 'ERR_INVALID_ARG_TYPE':
      return 'invalid path';
    case 'EIO':
      return 'input/output error';
    case 'ENXIO':
    case 'ENODEV':
      return 'not a readable file (no such device)';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default:
      return e?.code ?? (error instanceof Error ? (error.message.split('\n')[0] ?? 'unreadable') : String(error));
  }
}
