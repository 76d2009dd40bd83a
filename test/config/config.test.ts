/**
 * The config file: where it is found, how a bad one is reported, what --print-config shows,
 * and what it changes (model data, rule severities, suppressions).
 *
 * Model data is loaded once per process, so runs whose config changes it use the real binary
 * (one process each), not main() in this test process.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/cli/config/find.js';
import { ConfigError } from '../../src/cli/config/types.js';
import { CONFIG_SCHEMA, validateConfig } from '../../src/cli/config/validate.js';
import { globToRegExp } from '../../src/text/glob.js';
import { ruleMeta as rules } from '../../src/compare/rules/index.js';
import { fingerprint } from '../../src/report/fingerprint.js';
import type { Report } from '../../src/types.js';
import { main } from '../../src/cli/main.js';
import { captureIo, ROOT } from '../helpers/io.js';

const SEEDS = path.join(ROOT, 'fixtures/seeds');
const temps: string[] = [];

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder with the seeds in `articles/` and the given files (name → JSON value or text). */
function project(files: Record<string, unknown> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'factdiff-config-'));
  temps.push(dir);
  cpSync(SEEDS, path.join(dir, 'articles'), { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return dir;
}

/** factdiff run in this process from `cwd`: each run loads its own model from the config it finds. */
async function run(cwd: string, args: string[]) {
  const io = captureIo({ cwd });
  const code = await main(args, io);
  return { code, out: io.out, err: io.err };
}

async function json(cwd: string, args: string[]): Promise<Report> {
  const { out, err } = await run(cwd, [...args, '-f', 'json']);
  expect(err).toBe('');
  return JSON.parse(out) as Report;
}

describe('finding the config', () => {
  it(
    'takes the first of factdiff.config.json, .factdiffrc.json, package.json "factdiff" ' +
      'in the nearest folder upward',
    async () => {
      const dir = project({
        'factdiff.config.json': { rules: { update: 'off' } },
        '.factdiffrc.json': { rules: { update: 'info' } },
        'package.json': { name: 'x', factdiff: { rules: { update: 'warning' } } },
        'a/.factdiffrc.json': { rules: { 'name-variant': 'off' } },
        'a/package.json': { name: 'a', factdiff: { rules: { 'name-variant': 'error' } } },
        'a/b/package.json': { name: 'no factdiff key here' },
        'a/b/c/.keep': '',
      });
      const at = async (sub: string) => {
        const resolved = await loadConfig({}, path.join(dir, sub));
        return [resolved.source && path.relative(dir, resolved.source.file), resolved.config.rules];
      };
      expect(await at('.')).toEqual(['factdiff.config.json', { update: 'off' }]);
      expect(await at('a')).toEqual([path.join('a', '.factdiffrc.json'), { 'name-variant': 'off' }]);
      expect(await at('a/b/c')).toEqual([path.join('a', '.factdiffrc.json'), { 'name-variant': 'off' }]);
      rmSync(path.join(dir, 'a/.factdiffrc.json'));
      expect(await at('a/b')).toEqual([path.join('a', 'package.json'), { 'name-variant': 'error' }]);
      rmSync(path.join(dir, 'factdiff.config.json'));
      expect(await at('.')).toEqual(['.factdiffrc.json', { update: 'info' }]);
      rmSync(path.join(dir, '.factdiffrc.json'));
      expect(await at('.')).toEqual(['package.json', { update: 'warning' }]);
      expect((await loadConfig({ config: false }, dir)).source).toBeNull();
    },
  );

  it('--print-config prints the config in force and its source, and exits 0 reading no article', async () => {
    const dir = project({
      'package.json': { name: 'x', factdiff: { tolerances: { about: 0.2 }, rules: { 'name-variant': 'off' } } },
    });
    mkdirSync(path.join(dir, 'sub'));
    const { code, out, err } = await run(path.join(dir, 'sub'), ['--print-config']);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(JSON.parse(out)).toEqual({
      source: { file: '../package.json', key: 'factdiff', via: 'found upward from the working directory' },
      config: {
        aliases: {},
        events: {},
        attributes: { countCues: {} },
        tolerances: { about: 0.2, nearly: 0.1, 'just-over': 0.1, rounding: 0.1, clockAbout: 15 },
        rules: { 'name-variant': 'off' },
        suppressions: [],
        ignores: [],
      },
    });
    expect(JSON.parse((await run(path.join(dir, 'sub'), ['--print-config', '--no-config'])).out).source).toBeNull();
    writeFileSync(path.join(dir, 'other.json'), JSON.stringify({ rules: { update: 'off' } }));
    const given = JSON.parse((await run(path.join(dir, 'sub'), ['--print-config', '--config', '../other.json'])).out);
    expect(given.source).toEqual({ file: '../other.json', key: null, via: '--config' });
    expect(given.config.rules).toEqual({ update: 'off' });
    // the subcommands read the same config
    expect(JSON.parse((await run(path.join(dir, 'sub'), ['facts', '--print-config'])).out).config.rules).toEqual({
      'name-variant': 'off',
    });
  });

  it('--config with a missing file, or a package.json without the key, is an input error (exit 2)', async () => {
    const dir = project({ 'package.json': { name: 'x' } });
    expect(await run(dir, ['articles', '--config', 'nope.json'])).toEqual({
      code: 2,
      out: '',
      err: 'factdiff: error: no such config file: nope.json\n',
    });
    expect(await run(dir, ['articles', '--config', 'package.json'])).toEqual({
      code: 2,
      out: '',
      err: 'factdiff: error: package.json: has no "factdiff" key\n',
    });
  });
});

describe('a bad config', () => {
  it('gets one line per bad key (file, key path, what was expected) and exit 2', async () => {
    const dir = project({
      '.factdiffrc.json': {
        rules: { 'quantity-conflict': 'loud', bogus: 'off' },
        tolerances: { about: 2 },
        aliases: { 'New York': { type: 'city', names: ['NYC', 3] } },
        suppressions: [{ reason: 'too broad' }, { rule: 'role-conflict' }, { fingerprint: 'abc', reason: 'r' }],
        extra: 1,
      },
    });
    const { code, out, err } = await run(dir, ['articles']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.split('\n').filter(Boolean).sort()).toEqual(
      [
        'factdiff: error: .factdiffrc.json: extra: unknown key; ' +
          'expected one of: aliases, events, attributes, tolerances, rules, ignores, suppressions',
        'factdiff: error: .factdiffrc.json: aliases["New York"].type: ' +
          'expected one of "person", "place" or "organization" (got "city")',
        'factdiff: error: .factdiffrc.json: aliases["New York"].names[1]: expected a non-empty string (got 3)',
        'factdiff: error: .factdiffrc.json: tolerances.about: expected a number from 0 to 1 (got 2)',
        'factdiff: error: .factdiffrc.json: rules.bogus: unknown rule; expected one of: ' +
          'quantity-conflict, update, single-source, role-conflict, name-variant, attribution-conflict, ' +
          'place-conflict, stance-conflict',
        'factdiff: error: .factdiffrc.json: rules.quantity-conflict: ' +
          'expected one of "off", "error", "warning" or "info" (got "loud")',
        'factdiff: error: .factdiffrc.json: suppressions[0]: ' +
          'expected at least one of rule, subject, attribute, path, fingerprint besides reason',
        'factdiff: error: .factdiffrc.json: suppressions[1].reason: ' +
          'missing; expected a non-empty string: why the finding is suppressed',
        'factdiff: error: .factdiffrc.json: suppressions[2].fingerprint: ' +
          'expected a finding fingerprint: 64 lower-case hex digits (got "abc")',
      ].sort(),
    );
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('names the package.json key path, and reports JSON syntax errors in one line', async () => {
    const dir = project({ 'package.json': { name: 'x', factdiff: { tolerances: { clockAbout: -1 } } } });
    expect((await run(dir, ['articles'])).err).toBe(
      'factdiff: error: package.json: factdiff.tolerances.clockAbout: expected a number from 0 to 720 (got -1)\n',
    );
    writeFileSync(path.join(dir, 'factdiff.config.json'), '{"rules": ');
    const broken = await run(dir, ['articles']);
    expect(broken.code).toBe(2);
    expect(broken.err).toMatch(/^factdiff: error: factdiff\.config\.json: not valid JSON: .+\n$/);
    writeFileSync(path.join(dir, 'factdiff.config.json'), '[]');
    expect((await run(dir, ['articles'])).err).toBe(
      'factdiff: error: factdiff.config.json: (top level): expected an object (got a list)\n',
    );
  });

  it('the examples in README.md and docs/config.md are valid configs', async () => {
    const examples = [
      ...(
        readFileSync(path.join(ROOT, 'README.md'), 'utf8')
          .split(/^## /m)
          .find((s) => s.startsWith('Configuration\n')) ?? ''
      ).matchAll(/```json\n([\s\S]*?)```/g),
      ...readFileSync(path.join(ROOT, 'docs/config.md'), 'utf8').matchAll(/```json\n([\s\S]*?)```/g),
    ].map((m) => JSON.parse(m[1] ?? '') as Record<string, unknown>);
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const example of examples) {
      // the --print-config example holds a config under "config"
      await expect(validateConfig('source' in example ? example.config : example, 'example')).resolves.toBeDefined();
    }
  });

  it('is checked by the shipped schema, whose rule ids are the registry', async () => {
    expect(Object.keys(CONFIG_SCHEMA.properties?.rules?.properties ?? {})).toEqual(Object.keys(rules));
    expect((CONFIG_SCHEMA.definitions.ruleId as { enum: string[] }).enum).toEqual(Object.keys(rules));
    await expect(
      validateConfig({ $schema: './schema/config.schema.json', rules: { update: 'off' } }, 'x.json'),
    ).resolves.toMatchObject({ rules: { update: 'off' } });
    await expect(validateConfig({ events: { call: 'phone' } }, 'x.json')).rejects.toThrow(ConfigError);
    await expect(validateConfig({ events: { call: 'phone' } }, 'x.json')).rejects.toThrow(
      'x.json: events.call: expected a list of non-empty strings (got "phone")',
    );
  });
});

describe('what the config changes', () => {
  it('adds event words and count cues, and changes tolerances (model data, for this run)', async () => {
    const dir = project({
      'other/a.txt':
        'Leaders met in Geneva on Tuesday.\n' +
        'The jamboree lasted three hours, officials said. Twelve people perished in the storm.\n',
      'other/b.txt':
        'Leaders met in Geneva on Tuesday.\n' +
        'The jamboree lasted 90 minutes, officials said. Forty people perished in the storm.\n',
    });
    const before = (await json(dir, ['other', '--no-config'])).findings.map((f) => f.message);
    expect(before.some((m) => m.includes('jamboree'))).toBe(false);
    writeFileSync(
      path.join(dir, 'factdiff.config.json'),
      JSON.stringify({
        events: { jamboree: ['jamboree'], storm: ['storm'] },
        attributes: { countCues: { killed: ['perished'] } },
      }),
    );
    const after = (await json(dir, ['other'])).findings.map((f) => f.message);
    expect(after).toContain(
      'Duration of the jamboree: 1 article says 90 min (85–95); 1 article says 180 min (162–198)',
    );
    expect(after.some((m) => m.startsWith('Number killed in the storm'))).toBe(true);

    const nearly = (report: Report) =>
      report.findings.find((f) => f.ruleId === 'quantity-conflict')?.camps.map((c) => c.reading);
    expect(nearly(await json(dir, ['articles', '--no-config']))).toContain('about 81–90 min');
    writeFileSync(path.join(dir, 'factdiff.config.json'), JSON.stringify({ tolerances: { nearly: 0.2 } }));
    expect(nearly(await json(dir, ['articles']))).toContain('about 72–90 min');
  });

  it('adds aliases (entities merged by alias, in every command)', async () => {
    const dir = project({
      'other/a.txt':
        'Ministers of the Organization of the Petroleum Exporting Countries ' +
        'met in Vienna on Monday, said Ali Hassan.\n',
      'other/b.txt': 'OPEC ministers met in Vienna on Monday, said Ali Hassan.\n',
    });
    type Entities = { entities: { type: string; name: string; names: { name: string; reason: string }[] }[] };
    const orgs = async (args: string[]) =>
      (JSON.parse((await run(dir, ['entities', 'other', '-f', 'json', ...args])).out) as Entities).entities.filter(
        (e) => e.type === 'organization',
      );
    expect(await orgs(['--no-config'])).toEqual([]);
    writeFileSync(
      path.join(dir, 'aliases.json'),
      JSON.stringify({
        aliases: { 'Organization of the Petroleum Exporting Countries': { type: 'organization', names: ['OPEC'] } },
      }),
    );
    const [opec] = await orgs(['--config', 'aliases.json']);
    expect(opec?.name).toBe('Organization of the Petroleum Exporting Countries');
    expect(opec?.names).toContainEqual(expect.objectContaining({ name: 'OPEC', reason: 'alias' }));
  });

  it('turns rules off or gives them another severity, in report order', async () => {
    const dir = project({
      'factdiff.config.json': {
        rules: { 'name-variant': 'off', 'role-conflict': 'error', 'quantity-conflict': 'warning' },
      },
    });
    const report = await json(dir, ['articles']);
    expect(report.findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['role-conflict', 'error'],
      ['quantity-conflict', 'warning'],
      ['stance-conflict', 'info'],
      ['attribution-conflict', 'info'],
    ]);
    expect(report.summary).toEqual({ articles: 5, stories: 1, findings: 4, errors: 1, warnings: 1, infos: 2 });
  });

  it('drops suppressed findings (all given fields must match) and counts them', async () => {
    const seeds = await json(project(), ['articles', '--no-config']);
    const role = seeds.findings.find((f) => f.ruleId === 'role-conflict')!;
    const dir = project({
      'factdiff.config.json': {
        suppressions: [
          {
            rule: 'attribution-conflict',
            path: 'articles/00[03]_*.txt',
            reason: 'the readout quotes the press secretary',
          },
          { fingerprint: fingerprint(role), reason: 'Trump is president' },
          { rule: 'quantity-conflict', path: 'elsewhere/**', reason: 'does not match: no article there' },
          { rule: 'name-variant', subject: 'Someone Else', reason: 'does not match: another subject' },
        ],
      },
    });
    const report = await json(dir, ['articles']);
    expect(report.findings.map((f) => f.ruleId)).toEqual(['quantity-conflict', 'name-variant', 'stance-conflict']);
    expect(report.summary).toMatchObject({ findings: 3, errors: 1, warnings: 0, infos: 2, suppressed: 2 });
    expect((await run(dir, ['articles', '--no-color'])).out).toMatch(/in 5 articles; 2 suppressed by the config\n$/);
    // suppression paths are relative to the config file's folder, wherever factdiff runs (the
    // fingerprint is not: it holds the paths as reported, relative to the working directory)
    const sub = JSON.parse((await run(path.join(dir, 'articles'), ['.', '-f', 'json'])).out) as Report;
    expect(sub.findings.map((f) => f.ruleId)).toEqual([
      'quantity-conflict',
      'role-conflict',
      'name-variant',
      'stance-conflict',
    ]);
    expect(sub.summary.suppressed).toBe(1);
  });
});

describe('globs', () => {
  it.each([
    ['articles/*.txt', 'articles/a.txt', true],
    ['articles/*.txt', 'articles/x/a.txt', false],
    ['articles/**/*.txt', 'articles/a.txt', true],
    ['articles/**/*.txt', 'articles/x/y/a.txt', true],
    ['**/a.txt', 'a.txt', true],
    ['**/a.txt', 'x/a.txt', true],
    ['articles/**', 'articles/x/a.md', true],
    ['*.{txt,md}', 'a.md', true],
    ['*.{txt,md}', 'a.mdx', false],
    ['00[03]_?.txt', '003_a.txt', true],
    ['00[!03]_?.txt', '003_a.txt', false],
    ['a+b(1).txt', 'a+b(1).txt', true],
  ])('%s matches %s: %s', (glob, p, expected) => {
    expect(globToRegExp(glob).test(p)).toBe(expected);
  });
});
