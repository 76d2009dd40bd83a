/**
 * `--cache [dir]`: each article's reading (the costly per-article part of the pipeline) kept as
 * JSON, so that a run over a batch where one article changed reads only that article again.
 *
 * Layout: `<dir>/CACHEDIR.TAG` (the cache-directory tag, so that backup tools skip it and so
 * that factdiff never writes into a folder that is not its cache), then
 * `<dir>/<version key>/<2 hex>/<article key>.json`. The version key is a hash of all that makes
 * a reading: the tool's name and version, its code (the built modules), the model data
 * (`model/*.json`), the model's additions to it (the config's, docs/config.md), the versions of its
 * dependencies and of Node, and this file's format. The article key is a hash of the article's
 * text and publication date, so a file moved or renamed is still found. A cache file that
 * cannot be read or parsed is a miss, and is written again.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../ingest/errors.js';
import { canonicalJson, type ModelAdditions } from '../model/additions.js';
import type { Article, ArticleReading } from '../types.js';
import { pack, unpack, type PackedReading } from './packed.js';

/** Where `--cache` with no folder keeps its files, relative to the working directory. */
export const DEFAULT_CACHE_DIR = '.factdiff-cache';

/** Bumped when what a cache file holds changes shape. */
const FORMAT = 1;

const TAG = 'CACHEDIR.TAG';
const TAG_TEXT =
  'Signature: 8a477f597d28d172789f06886806bc55\n' +
  '# This file is a cache directory tag created by factdiff (--cache).\n' +
  '# It can be deleted with the folder; factdiff makes it again.\n';

/** The package's root (this file is dist/batch/cache.js, or src/batch/cache.ts in tests). */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The folder of the running code: dist/ when built, src/ when run from sources. */
const CODE = fileURLToPath(new URL('../', import.meta.url));

export interface CacheStats {
  hits: number;
  misses: number;
}

export class ReadingCache {
  readonly stats: CacheStats = { hits: 0, misses: 0 };
  private made = new Set<string>();

  private constructor(
    /** The folder of this version key. */
    readonly dir: string,
  ) {}

  /**
   * The cache at `dir` for this tool and model. Throws an InputError when `dir` is a file, or a
   * folder with other things in it but no cache tag (`factdiff --cache articles/` meant
   * `--cache` and a path: see docs/performance.md).
   */
  static async open(
    dir: string,
    tool: { name: string; version: string },
    additions: ModelAdditions,
    shownAs = dir,
  ): Promise<ReadingCache> {
    if (existsSync(dir)) {
      if (!statSync(dir).isDirectory()) throw new InputError(`--cache ${shownAs} is a file, not a cache folder`);
      if (!existsSync(path.join(dir, TAG)) && readdirSync(dir).length > 0) {
        throw new InputError(
          `--cache ${shownAs} is not a factdiff cache (it has files but no ${TAG}); ` +
            'give the articles before --cache, or write --cache=DIR',
        );
      }
    }
    await mkdir(dir, { recursive: true });
    if (!existsSync(path.join(dir, TAG))) await writeFile(path.join(dir, TAG), TAG_TEXT, 'utf8');
    return new ReadingCache(path.join(dir, versionKey(tool, additions)));
  }

  /** The cached reading of `article`, if any. */
  get(article: Article): ArticleReading | undefined {
    const file = this.fileOf(article);
    try {
      const packed = JSON.parse(readFileSync(file, 'utf8'), revive) as PackedReading & { format: number };
      if (packed.format === FORMAT && Array.isArray(packed.parsed?.sentences)) {
        this.stats.hits++;
        return unpack(packed, article);
      }
    } catch {
      // missing or unreadable: read the article again
    }
    this.stats.misses++;
    return undefined;
  }

  /** Keeps the reading of `article` (written to a temporary file, then renamed: never half a file). */
  async set(article: Article, reading: ArticleReading): Promise<void> {
    const file = this.fileOf(article);
    const folder = path.dirname(file);
    if (!this.made.has(folder)) {
      await mkdir(folder, { recursive: true });
      this.made.add(folder);
    }
    const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await writeFile(temporary, JSON.stringify({ format: FORMAT, ...pack(reading) }, replace), 'utf8');
    await rename(temporary, file);
  }

  private fileOf(article: Article): string {
    const key = createHash('sha256')
      .update(article.text)
      .update('\0')
      .update(article.date ?? '')
      .digest('hex');
    return path.join(this.dir, key.slice(0, 2), `${key}.json`);
  }
}

/** Infinity (open intervals), -Infinity and NaN do not survive JSON as numbers: they are kept as strings. */
const SPECIAL = new Map<string, number>([
  ['$Infinity', Infinity],
  ['$-Infinity', -Infinity],
  ['$NaN', NaN],
]);

function replace(_key: string, value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) return `$${value}`;
  if (typeof value === 'string' && value.startsWith('$')) return `$${value}`;
  return value;
}

function revive(_key: string, value: unknown): unknown {
  if (typeof value !== 'string' || !value.startsWith('$')) return value;
  return SPECIAL.get(value) ?? value.slice(1);
}

let versionKeys: Map<string, string> | undefined;

/** The hash of all that makes a reading, but the article itself (see the file comment); made once per process. */
function versionKey(tool: { name: string; version: string }, additions: ModelAdditions): string {
  const id = `${tool.name}@${tool.version}\0${canonicalJson(additions)}`;
  versionKeys ??= new Map();
  const known = versionKeys.get(id);
  if (known) return known;
  const hash = createHash('sha256');
  hash.update(`factdiff-cache ${FORMAT}\0${id}\0node ${process.version}\0`);
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  hash.update(canonicalJson(pkg.dependencies ?? {}));
  for (const file of filesUnder(path.join(ROOT, 'model'), (f) => f.endsWith('.json')))
    hash.update(`\0${path.relative(ROOT, file)}\0`).update(readFileSync(file));
  for (const file of filesUnder(CODE, (f) => /\.(?:js|ts)$/.test(f) && !f.endsWith('.d.ts')))
    hash.update(`\0${path.relative(ROOT, file)}\0`).update(readFileSync(file));
  const key = hash.digest('hex').slice(0, 16);
  versionKeys.set(id, key);
  return key;
}

/** Files under `dir` (recursively) that `keep` accepts, in a stable order. */
function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath ?? d.path, d.name))
    .filter(keep)
    .sort();
}
