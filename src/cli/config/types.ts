/**
 * The configuration file: its names, its shape once checked, and the errors it can give.
 * Found by ./find.ts, checked by ./validate.ts against `schema/config.schema.json`; what it
 * changes is in ./additions.ts (model data) and src/report/filters (rules, suppressions).
 * Docs: docs/config.md.
 */
import { InputError } from '../../ingest/errors.js';
import type { Tolerances } from '../../model/data.js';
import type { RuleId, RuleSetting, Suppression } from '../../types.js';

/** The file names looked for in each folder, in this order. */
export const CONFIG_FILES = ['factdiff.config.json', '.factdiffrc.json', 'package.json'] as const;
/** The key of package.json that holds the config. */
export const PACKAGE_KEY = 'factdiff';

export interface AliasEntry {
  type: 'person' | 'place' | 'organization';
  names: string[];
}

export type { Tolerances } from '../../model/data.js';

export interface FactdiffConfig {
  aliases: Record<string, AliasEntry>;
  events: Record<string, string[]>;
  attributes: { countCues: Record<string, string[]> };
  tolerances: Partial<Tolerances>;
  rules: Partial<Record<RuleId, RuleSetting>>;
  suppressions: Suppression[];
  /** Globs of files to leave out, relative to the config file's folder. */
  ignores: string[];
}

export interface ConfigSource {
  /** The file, absolute. */
  file: string;
  /** "factdiff" for package.json, else null. */
  key: string | null;
  /** How it was chosen. */
  via: 'search' | '--config';
}

export interface ResolvedConfig {
  config: FactdiffConfig;
  /** null with --no-config or when no file was found. */
  source: ConfigSource | null;
  /** Suppression paths are relative to this folder: the config file's, or the working directory. */
  baseDir: string;
}

/** Flags of every command that reads the config. */
export interface ConfigFlags {
  /** A file (--config), false (--no-config), or undefined (search). */
  config?: string | false;
  printConfig?: boolean;
}

/** A config the user must fix: one line per problem, exit 2. */
export class ConfigError extends InputError {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

export function emptyConfig(): FactdiffConfig {
  return {
    aliases: {},
    events: {},
    attributes: { countCues: {} },
    tolerances: {},
    rules: {},
    suppressions: [],
    ignores: [],
  };
}
