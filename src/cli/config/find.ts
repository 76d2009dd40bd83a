/**
 * Where the config comes from: looked for upward from the working directory; in each folder,
 * first `factdiff.config.json`, then `.factdiffrc.json`, then the `factdiff` key of
 * `package.json`; the first found wins (no merging). JSON only: nothing in it runs.
 * `--config <file>` names one; `--no-config` uses none.
 */
import { readFile } from 'node:fs/promises';
import nodePath from 'node:path';
import { CONFIG_FILES, ConfigError, emptyConfig, PACKAGE_KEY, type ConfigFlags, type ResolvedConfig } from './types.js';
import { validateConfig } from './validate.js';

const slash = (p: string): string => p.split(nodePath.sep).join('/');

/** A path as shown to the user: relative to the working directory when inside it, `/` separators. */
export function shown(file: string, cwd: string): string {
  const rel = nodePath.relative(cwd, file);
  return slash(rel === '' ? '.' : rel);
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return undefined;
    throw error;
  }
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ConfigError([`${where}: not valid JSON: ${reason}`]);
  }
}

interface Found {
  file: string;
  key: string | null;
  data: unknown;
}

/** The first config upward from `cwd` (see CONFIG_FILES), or null. */
export async function findConfig(cwd: string): Promise<Found | null> {
  let dir = nodePath.resolve(cwd);
  for (;;) {
    for (const name of CONFIG_FILES) {
      const file = nodePath.join(dir, name);
      const text = await readText(file);
      if (text === undefined) continue;
      const data = parseJson(text, shown(file, cwd));
      if (name !== 'package.json') return { file, key: null, data };
      if (data !== null && typeof data === 'object' && Object.prototype.hasOwnProperty.call(data, PACKAGE_KEY)) {
        return { file, key: PACKAGE_KEY, data: (data as Record<string, unknown>)[PACKAGE_KEY] };
      }
    }
    const parent = nodePath.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** The file given with --config: a config file, or a package.json with a `factdiff` key. */
async function readConfigFile(given: string, cwd: string): Promise<Found> {
  const file = nodePath.resolve(cwd, given);
  let text: string | undefined;
  try {
    text = await readText(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ConfigError([`cannot read the config file ${given}: ${reason}`]);
  }
  if (text === undefined) throw new ConfigError([`no such config file: ${given}`]);
  const data = parseJson(text, shown(file, cwd));
  if (nodePath.basename(file) !== 'package.json') return { file, key: null, data };
  if (data === null || typeof data !== 'object' || !Object.prototype.hasOwnProperty.call(data, PACKAGE_KEY)) {
    throw new ConfigError([`${shown(file, cwd)}: has no "${PACKAGE_KEY}" key`]);
  }
  return { file, key: PACKAGE_KEY, data: (data as Record<string, unknown>)[PACKAGE_KEY] };
}

/** The config for this run: --no-config, --config <file>, or the first found upward from the working directory. */
export async function loadConfig(flags: ConfigFlags, cwd: string): Promise<ResolvedConfig> {
  if (flags.config === false) return { config: emptyConfig(), source: null, baseDir: cwd };
  const found = typeof flags.config === 'string' ? await readConfigFile(flags.config, cwd) : await findConfig(cwd);
  if (!found) return { config: emptyConfig(), source: null, baseDir: cwd };
  const config = await validateConfig(found.data, shown(found.file, cwd), found.key ? [found.key] : []);
  return {
    config,
    source: { file: found.file, key: found.key, via: typeof flags.config === 'string' ? '--config' : 'search' },
    baseDir: nodePath.dirname(found.file),
  };
}
