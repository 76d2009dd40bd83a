/** What the config changes in the model, and the config as --print-config shows it. */
import type { ModelAdditions } from '../../model/additions.js';
import { loadModel } from '../../model/load.js';
import type { Io } from '../io.js';
import { loadConfig, shown } from './find.js';
import type { ConfigFlags, FactdiffConfig, ResolvedConfig, Tolerances } from './types.js';

/** The model data the config adds to, by model file (src/model/additions.ts). */
export function modelAdditions(config: FactdiffConfig): ModelAdditions {
  const out: ModelAdditions = {};
  if (Object.keys(config.aliases).length > 0) out.entities = { aliases: config.aliases };
  if (Object.keys(config.events).length > 0) out.events = { events: config.events };
  if (Object.keys(config.attributes.countCues).length > 0) out.attributes = { countCues: config.attributes.countCues };
  if (Object.keys(config.tolerances).length > 0) out.hedges = { tolerance: config.tolerances };
  return out;
}

/** The tolerances of model/hedges.json, as shipped. */
export function defaultTolerances(): Tolerances {
  return { ...loadModel().hedges.tolerance };
}

/**
 * What --print-config prints: where the config came from and what it holds (tolerances with their defaults
 * filled in).
 */
export function printableConfig(resolved: ResolvedConfig, cwd: string): unknown {
  const { config, source } = resolved;
  return {
    source: source
      ? {
          file: shown(source.file, cwd),
          key: source.key,
          via: source.via === 'search' ? 'found upward from the working directory' : '--config',
        }
      : null,
    config: { ...config, tolerances: { ...defaultTolerances(), ...config.tolerances } },
  };
}

/** --print-config: prints the config in force (as JSON, with where it came from); exit 0. */
export async function printConfig(flags: ConfigFlags, io: Io): Promise<number> {
  const resolved = await loadConfig(flags, io.cwd);
  io.stdout(`${JSON.stringify(printableConfig(resolved, io.cwd), null, 2)}\n`);
  return 0;
}
