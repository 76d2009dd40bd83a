/**
 * Checks a config against `schema/config.schema.json` (Ajv) and says what is wrong in one line
 * per bad key (`file: key.path: what was expected`), exit 2.
 */
import { createRequire } from 'node:module';
import { ConfigError, emptyConfig, type FactdiffConfig } from './types.js';

const load = createRequire(import.meta.url);

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

/** The schema shipped in the package: `schema/` sits three levels above both `src/cli/config` and `dist/cli/config`. */
export const CONFIG_SCHEMA = load('../../../schema/config.schema.json') as SchemaNode & {
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
function errorLine(e: AjvError): [string[], string] {
  const at = pointer(e.instancePath);
  const p = e.params;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      // $schema and $comment are for editors and people, not settings to suggest
      const known = Object.keys(e.parentSchema?.properties ?? {}).filter((k) => !k.startsWith('$'));
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
      const [segments, what] = errorLine(error);
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
    ignores: given.ignores ?? base.ignores,
  };
}
