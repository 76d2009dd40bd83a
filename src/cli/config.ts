/**
 * The configuration file: where it is found, how it is checked, what it changes.
 *
 * Looked for upward from the working directory; in each folder, first
 * `factdiff.config.json`, then `.factdiffrc.json`, then the `factdiff` key of `package.json`;
 * the first found wins (no merging). JSON only: nothing in it runs. Checked against
 * `schema/config.schema.json` (Ajv), one line per bad key, exit 2.
 *
 * What it changes: model data (aliases, event words, count cues, tolerances) through
 * ../model/overrides.ts, set before the pipeline is imported; rule severities and
 * suppressions, applied to the report after the pipeline. Docs: docs/config.md.
 *
 * This module must not import the pipeline or the model (statically): main.ts imports it
 * before the overrides are set.
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import nodePath from 'node:path';
import { InputError } from '../ingest/errors.js';
import { setOverrides, type ModelOverrides } from '../model/overrides.js';
import { buildBaseline, parseBaseline, serializeBaseline, withFindings } from '../report/baseline.js';
import { fingerprint } from '../report/fingerprint.js';
import type { Finding, Report, RuleId, Severity } from '../types.js';
import type { Io } from './io.js';

const load = createRequire(import.meta.url);

/** The file names looked for in each folder, in this order. */
export const CONFIG_FILES = ['factdiff.config.json', '.factdiffrc.json', 'package.json'] as const;
/** The key of package.json that holds the config. */
export const PACKAGE_KEY = 'factdiff';

export type RuleSetting = 'off' | Severity;

export interface AliasEntry {
  type: 'person' | 'place' | 'organization';
  names: string[];
}

export interface Tolerances {
  about: number;
  nearly: number;
  'just-over': number;
  rounding: number;
  clockAbout: number;
}

export interface Suppression {
  rule?: RuleId;
  subject?: string;
  attribute?: string;
  /** A glob matched against the paths of the finding's articles, relative to the config file's folder. */
  path?: string;
  fingerprint?: string;
  reason: string;
}

export interface FactdiffConfig {
  aliases: Record<string, AliasEntry>;
  events: Record<string, string[]>;
  attributes: { countCues: Record<string, string[]> };
  tolerances: Partial<Tolerances>;
  rules: Partial<Record<RuleId, RuleSetting>>;
  suppressions: Suppression[];
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
  return { aliases: {}, events: {}, attributes: { countCues: {} }, tolerances: {}, rules: {}, suppressions: [] };
}

const slash = (p: string): string => p.split(nodePath.sep).join('/');

/** A path as shown to the user: relative to the working directory when inside it, `/` separators. */
function shown(file: string, cwd: string): string {
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

// ---------------------------------------------------------------------------------------
// Validation

interface SchemaNode {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  items?: SchemaNode;
  properties?: Record<string, SchemaNode>;
  description?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  pattern?: string;
}

interface AjvError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
  data?: unknown;
  parentSchema?: SchemaNode;
  propertyName?: string;
}

type Validate = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

/** The schema shipped in the package: `schema/` sits two levels above both `src/cli` and `dist/cli`. */
export const CONFIG_SCHEMA = load('../../schema/config.schema.json') as SchemaNode & {
  definitions: Record<string, SchemaNode>;
};

let validator: Validate | undefined;

async function compiled(): Promise<Validate> {
  if (!validator) {
    const { Ajv } = await import('ajv');
    validator = new Ajv({ allErrors: true, verbose: true, strict: true }).compile(CONFIG_SCHEMA) as unknown as Validate;
  }
  return validator;
}

function deref(node: SchemaNode | undefined): SchemaNode | undefined {
  if (node?.$ref?.startsWith('#/definitions/'))
    return CONFIG_SCHEMA.definitions[node.$ref.slice('#/definitions/'.length)];
  return node;
}

function list(values: unknown[]): string {
  const words = values.map((v) => JSON.stringify(v));
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/** What a schema node asks for, in words: `a number from 0 to 1`, `one of "off", "error"…`. */
function expected(raw: SchemaNode | undefined): string {
  const node = deref(raw);
  if (!node) return 'a valid value';
  if (node.enum) return `one of ${list(node.enum)}`;
  switch (node.type) {
    case 'number': {
      if (node.minimum !== undefined && node.maximum !== undefined)
        return `a number from ${node.minimum} to ${node.maximum}`;
      return node.minimum !== undefined ? `a number of at least ${node.minimum}` : 'a number';
    }
    case 'string': {
      if (node.pattern !== undefined && node.description) return node.description;
      const kind = node.minLength ? 'a non-empty string' : 'a string';
      return node.description ? `${kind}: ${node.description}` : kind;
    }
    case 'array':
      return deref(node.items)?.type === 'string' ? 'a list of non-empty strings' : 'a list';
    case 'object':
      return 'an object';
    default:
      return 'a valid value';
  }
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}

/** JSON-pointer segments → `suppressions[0].reason`, `aliases["New York"].names`. */
function keyPath(segments: string[]): string {
  let out = '';
  for (const s of segments) {
    if (/^\d+$/.test(s)) out += `[${s}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(s)) out += out === '' ? s : `.${s}`;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

function pointer(path: string): string[] {
  return path === ''
    ? []
    : path
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** One line for one schema error: [key path, what was wrong]. */
function describe(e: AjvError): [string[], string] {
  const at = pointer(e.instancePath);
  const p = e.params;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      const known = Object.keys(e.parentSchema?.properties ?? {}).filter((k) => k !== '$schema');
      const what = e.instancePath === '/rules' ? 'unknown rule' : 'unknown key';
      return [[...at, key], `${what}; expected one of: ${known.join(', ')}`];
    }
    case 'required': {
      const key = String(p.missingProperty);
      return [[...at, key], `missing; expected ${expected(e.parentSchema?.properties?.[key])}`];
    }
    case 'minProperties':
      return [at, `expected ${e.parentSchema?.description ?? `at least ${String(p.limit)} keys`}`];
    case 'propertyNames':
      return [[...at, String(p.propertyName ?? '')], 'expected a non-empty name'];
    case 'type':
    case 'enum':
    case 'minimum':
    case 'maximum':
    case 'minLength':
    case 'pattern':
      return [at, `expected ${expected(e.parentSchema)} (got ${typeName(e.data)})`];
    default:
      return [at, e.message ?? 'is not valid'];
  }
}

/**
 * Checks data against the config schema; returns it typed, with defaults for what it leaves
 * out, or throws a ConfigError with one line per bad key (`file: key.path: what was expected`).
 */
export async function validateConfig(data: unknown, where: string, keyPrefix: string[] = []): Promise<FactdiffConfig> {
  const validate = await compiled();
  if (!validate(data)) {
    const lines: string[] = [];
    const seen = new Set<string>();
    const errors = validate.errors ?? [];
    // An object missing a required key is also too small: say only what is missing.
    const missing = new Set(errors.filter((e) => e.keyword === 'required').map((e) => e.instancePath));
    for (const error of errors) {
      if (error.keyword === 'minProperties' && missing.has(error.instancePath)) continue;
      // A bad property name also reports the name's own check (minLength) at the object: keep the first.
      if (error.propertyName !== undefined && error.keyword !== 'propertyNames') continue;
      const [segments, what] = describe(error);
      const key = keyPath([...keyPrefix, ...segments]) || '(top level)';
      if (seen.has(key)) continue;
      seen.add(key);
      lines.push(`${where}: ${key}: ${what}`);
    }
    throw new ConfigError(lines.length > 0 ? lines : [`${where}: not a valid factdiff config`]);
  }
  const given = data as Partial<FactdiffConfig> & { $schema?: string };
  const base = emptyConfig();
  return {
    aliases: given.aliases ?? base.aliases,
    events: given.events ?? base.events,
    attributes: { countCues: given.attributes?.countCues ?? base.attributes.countCues },
    tolerances: given.tolerances ?? base.tolerances,
    rules: given.rules ?? base.rules,
    suppressions: given.suppressions ?? base.suppressions,
  };
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

// ---------------------------------------------------------------------------------------
// What the config changes

/** The model data the config adds to, by model file (see ../model/overrides.ts). */
export function modelOverrides(config: FactdiffConfig): ModelOverrides {
  const out: ModelOverrides = {};
  if (Object.keys(config.aliases).length > 0) out.entities = { aliases: config.aliases };
  if (Object.keys(config.events).length > 0) out.events = { events: config.events };
  if (Object.keys(config.attributes.countCues).length > 0) out.attributes = { countCues: config.attributes.countCues };
  if (Object.keys(config.tolerances).length > 0) out.hedges = { tolerance: config.tolerances };
  return out;
}

/** The tolerances of model/hedges.json, read as data (the model itself must not be loaded yet). */
export function defaultTolerances(): Tolerances {
  return { ...(load('../../model/hedges.json') as { tolerance: Tolerances }).tolerance };
}

/** What --print-config prints: where the config came from and what it holds (tolerances with their defaults filled in). */
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

/**
 * Reads the config, then either prints it (--print-config: returns undefined, the caller exits
 * 0) or sets its model data for this process run and returns it. Call before the pipeline is
 * imported.
 */
export async function prepareConfig(flags: ConfigFlags, io: Io): Promise<ResolvedConfig | undefined> {
  const resolved = await loadConfig(flags, io.cwd);
  if (flags.printConfig) {
    io.stdout(`${JSON.stringify(printableConfig(resolved, io.cwd), null, 2)}\n`);
    return undefined;
  }
  setOverrides(modelOverrides(resolved.config));
  return resolved;
}

// ---------------------------------------------------------------------------------------
// Rules and suppressions, after the pipeline

/** A glob as a RegExp over `/`-separated paths: `**` any folders, `*` and `?` within one name, `{a,b}`, `[abc]`. */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const before = i === 0 || glob[i - 1] === '/';
        const after = glob[i + 2];
        i++;
        if (before && after === '/') {
          out += '(?:[^/]*/)*';
          i++;
        } else out += '.*';
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '{') {
      braces++;
      out += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (c === ',' && braces > 0) out += '|';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end === -1) out += '\\[';
      else {
        const body = glob
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        out += `[${body}]`;
        i = end;
      }
    } else out += c.replace(/[.+^$()|\\\]{}]/g, '\\$&');
  }
  out += ')'.repeat(braces);
  return new RegExp(`^${out}$`);
}

/** Every article path a finding involves. */
function findingPaths(finding: Finding): string[] {
  return [...new Set([...finding.camps.flatMap((c) => c.articles), ...finding.evidence.map((e) => e.path)])];
}

/** A test for one suppression: all of its given fields must match. */
function matcher(s: Suppression, baseDir: string, cwd: string): (f: Finding) => boolean {
  const glob = s.path === undefined ? undefined : globToRegExp(s.path);
  return (f) =>
    (s.rule === undefined || f.ruleId === s.rule) &&
    (s.subject === undefined || f.subject === s.subject) &&
    (s.attribute === undefined || f.attribute === s.attribute) &&
    (s.fingerprint === undefined || fingerprint(f) === s.fingerprint) &&
    (glob === undefined ||
      findingPaths(f).some((p) => glob.test(slash(nodePath.relative(baseDir, nodePath.resolve(cwd, p))))));
}

/**
 * The config's rules (off, or another severity) and suppressions, applied to a report.
 * `sort` is the report order (compare/index.ts sortFindings): a new severity can move a finding.
 * The summary counts suppressed findings as `suppressed` when the config has suppressions.
 */
export function applyConfig(
  report: Report,
  resolved: ResolvedConfig,
  cwd: string,
  sort: (findings: Finding[]) => Finding[],
): Report {
  const { rules, suppressions } = resolved.config;
  let findings = report.findings;
  if (Object.keys(rules).length > 0) {
    findings = sort(
      findings.flatMap((f) => {
        const setting = rules[f.ruleId];
        if (setting === 'off') return [];
        return setting === undefined || setting === f.severity ? [f] : [{ ...f, severity: setting }];
      }),
    );
  }
  if (suppressions.length === 0) return findings === report.findings ? report : withFindings(report, findings);
  const tests = suppressions.map((s) => matcher(s, resolved.baseDir, cwd));
  const kept = findings.filter((f) => !tests.some((t) => t(f)));
  return withFindings(report, kept, { suppressed: findings.length - kept.length });
}

/** --quiet: errors only (the summary counts what is shown). */
export function errorsOnly(report: Report): Report {
  const errors = report.findings.filter((f) => f.severity === 'error');
  return withFindings(report, errors, { hidden: report.findings.length - errors.length });
}

// ---------------------------------------------------------------------------------------
// Baseline files

/** --baseline <file>: the fingerprints in it. */
export async function readBaseline(given: string, cwd: string): Promise<Set<string>> {
  const file = nodePath.resolve(cwd, given);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file (make it with --update-baseline)'
        : error instanceof Error
          ? (error.message.split('\n')[0] ?? '')
          : String(error);
    throw new InputError(`cannot read the baseline ${given}: ${reason}`);
  }
  return parseBaseline(text, given);
}

/** --update-baseline: writes the findings' fingerprints; returns how many. */
export async function writeBaseline(given: string, findings: Finding[], cwd: string): Promise<number> {
  const file = nodePath.resolve(cwd, given);
  const baseline = buildBaseline(findings);
  try {
    await mkdir(nodePath.dirname(file), { recursive: true });
    await writeFile(file, serializeBaseline(baseline), 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw new InputError(`cannot write the baseline ${given}: ${reason}`);
  }
  return baseline.findings.length;
}
