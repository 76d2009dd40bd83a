/**
 * The stages of a run that touch the outside world, as the pipeline asks for them
 * (src/pipeline.ts `RunEdges`): the config file, the model's data files, the reading cache,
 * the inputs, worker threads, the baseline file.
 */
import nodePath from 'node:path';
import { readBatch, type ReadProgress } from '../batch/index.js';
import { DEFAULT_CACHE_DIR, ReadingCache } from '../batch/cache.js';
import { loadModel } from '../model/load.js';
import type { CheckEdges, RunEdges } from '../pipeline.js';
import type { RuleId, RuleSetting, ToolInfo } from '../types.js';
import { readBaseline, writeBaseline } from './baseline-file.js';
import { modelAdditions } from './config/additions.js';
import { loadConfig } from './config/find.js';
import type { ConfigFlags } from './config/types.js';
import { ruleMeta } from '../compare/rules/index.js';
import { InputError } from '../ingest/errors.js';
import { limitHeapGrowth } from './heap.js';
import { loadInputs, type InputFlags } from './inputs.js';
import type { Io } from './io.js';

/** What --jobs and --cache ask for. */
export interface ReadFlags {
  jobs?: number;
  cache?: string | true;
}

export type CommandFlags = InputFlags & ConfigFlags & ReadFlags & { rule?: string[] };

const SETTINGS = ['off', 'error', 'warning', 'info'];

/**
 * A config glob (relative to the config file's folder) as one relative to the working directory: the
 * same when they are one folder, shortened from a subfolder ("articles/b.txt" from articles/ is
 * "b.txt"), none when it names another branch; "**" globs hold anywhere.
 */
export function fromConfigFolder(glob: string, configDir: string, cwd: string): string[] {
  const down = nodePath.relative(configDir, cwd).split(nodePath.sep).join('/');
  if (down === '' || glob.startsWith('**/')) return [glob];
  if (down.startsWith('..')) return [`${nodePath.relative(cwd, configDir).split(nodePath.sep).join('/')}/${glob}`];
  return glob.startsWith(`${down}/`) ? [glob.slice(down.length + 1)] : [];
}

/** "quantity-conflict=warning", "update=off": the rules set on the command line; a bad one is a usage error. */
export function commandLineRules(entries: string[]): Partial<Record<RuleId, RuleSetting>> {
  const rules: Partial<Record<RuleId, RuleSetting>> = {};
  for (const entry of entries) {
    const [id, setting] = entry.split('=').map((x) => x.trim());
    if (!id || !(id in ruleMeta))
      throw new InputError(`--rule ${entry}: no rule ${JSON.stringify(id ?? '')} (see --list-rules)`);
    if (!setting || !SETTINGS.includes(setting))
      throw new InputError(`--rule ${entry}: expected ${id}=${SETTINGS.join('|')}`);
    rules[id as RuleId] = setting as RuleSetting;
  }
  return rules;
}

/** What a command does while articles are read: `total` is known once ingest is done. */
export interface ReadHooks {
  onRead?: (progress: ReadProgress) => void;
  /** Called with the inputs' count and size before they are read (to decide on a progress bar). */
  onIngested?: (articles: number, chars: number) => void;
}

/** The edges every command shares: config → model → cache → ingest → read. */
export function commandEdges(
  paths: string[],
  flags: CommandFlags,
  io: Io,
  tool: ToolInfo,
  hooks: ReadHooks = {},
): RunEdges<ReadingCache> {
  // the config's `ignores`, read at the config stage and used when the inputs are walked
  let configIgnores: string[] = [];
  return {
    async config() {
      const resolved = await loadConfig(flags, io.cwd);
      configIgnores = resolved.config.ignores.flatMap((glob) => fromConfigFolder(glob, resolved.baseDir, io.cwd));
      const { suppressions } = resolved.config;
      // --rule id=severity on the command line wins over the config's rules
      const rules = { ...resolved.config.rules, ...commandLineRules(flags.rule ?? []) };
      return { additions: modelAdditions(resolved.config), rules, suppressions, baseDir: resolved.baseDir };
    },
    model: (additions) => loadModel(additions),
    async cache(model) {
      if (flags.cache === undefined) return undefined;
      const dir = flags.cache === true ? DEFAULT_CACHE_DIR : flags.cache;
      return ReadingCache.open(nodePath.resolve(io.cwd, dir), tool, model.additions, dir);
    },
    async ingest(model) {
      const ignore = flags.ignore === false ? false : [...(flags.ignore ?? []), ...configIgnores];
      const inputs = await loadInputs(model, paths, { ...flags, ignore }, io);
      hooks.onIngested?.(
        inputs.articles.length,
        inputs.articles.reduce((n, a) => n + a.text.length, 0),
      );
      return inputs;
    },
    read(articles, model, cache) {
      limitHeapGrowth(); // before reading: peak memory near what is live (src/cli/heap.ts)
      return readBatch(articles, model, {
        ...(flags.jobs === undefined ? {} : { jobs: flags.jobs }),
        ...(cache ? { cache } : {}),
        ...(hooks.onRead ? { onRead: hooks.onRead } : {}),
      });
    },
  };
}

/** The edges of a check: the shared ones and the baseline file. */
export function checkEdges(
  paths: string[],
  flags: CommandFlags & { baseline?: string; updateBaseline?: boolean },
  io: Io,
  tool: ToolInfo,
  hooks: ReadHooks = {},
): CheckEdges<ReadingCache> {
  const given = flags.baseline;
  return {
    ...commandEdges(paths, flags, io, tool, hooks),
    baseline: async () => (given !== undefined && !flags.updateBaseline ? readBaseline(given, io.cwd) : undefined),
    async writeBaseline(findings) {
      if (given === undefined) return;
      const n = await writeBaseline(given, findings, io.cwd);
      io.stderr(`factdiff: wrote ${n} fingerprint${n === 1 ? '' : 's'} to ${given}\n`);
    },
  };
}
