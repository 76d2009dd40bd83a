/**
 * The command line: parses flags, reads inputs, runs the pipeline, prints a report.
 * main() returns the exit code (0 clean, 1 findings at or above --fail-on, 2 usage,
 * input or internal error); it never calls process.exit.
 */
import { createRequire } from 'node:module';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { InputError } from '../ingest/errors.js';
import { formatNames, formatters } from '../report/formatters/index.js';
import { applyBaseline } from '../report/baseline.js';
import { STDIN_FORMATS } from '../ingest/stdin.js';
import { DEFAULT_MAX_FILE_SIZE, parseSize } from '../ingest/size.js';
import { withSkipped } from '../report/build.js';
import { remapFacts, remapReport } from '../report/remap.js';
import { pathForTerminal } from '../text/escape.js';
import { styleFor, useColor } from './color.js';
import { applyConfig, errorsOnly, prepareConfig, readBaseline, writeBaseline, type ConfigFlags } from './config.js';
import { EXIT, exitCodeFor, FAIL_ON, type FailOn } from './exit-code.js';
import type { GroupMode } from '../align/group.js';
import type { ReadingCache } from '../cache/index.js';
import type { ArticleReading, OnStage } from '../pipeline.js';
import type { Article, Report } from '../types.js';
import type { InputFlags } from './inputs.js';
import { limitHeapGrowth } from './heap.js';
import { processIo, type Io } from './io.js';
import { progressFor, useProgress } from './progress.js';
import { count, StageLog } from './verbose.js';

const pkg = createRequire(import.meta.url)('../../package.json') as { name: string; version: string };

interface CheckFlags extends InputFlags, ConfigFlags, ReadFlags {
  format: string;
  failOn: FailOn;
  color?: boolean;
  group: GroupMode;
  showSingle?: boolean;
  minConfidence: number;
  outputFile?: string;
  baseline?: string;
  updateBaseline?: boolean;
  maxWarnings?: number;
  quiet?: boolean;
  progress?: boolean;
}

interface EntitiesFlags extends InputFlags, ConfigFlags, ReadFlags {
  /** `table` is accepted as another name of `text`, as `facts` calls its human format. */
  format: 'text' | 'table' | 'json' | 'ndjson';
  color?: boolean;
}

interface FactsFlags extends InputFlags, ConfigFlags, ReadFlags {
  /** `text` is accepted as another name of `table`, as `entities` calls its human format. */
  format: 'table' | 'text' | 'json' | 'ndjson';
  color?: boolean;
}

/** Input options shared by every command. */
function inputOptions(command: Command): Command {
  return (
    command
      .addOption(
        new Option(
          '--stdin-format <format>',
          "with no paths (or '-'): read stdin as one text article or an NDJSON batch of {id, text, date?}",
        ).choices([...STDIN_FORMATS]),
      )
      .option('--stdin-filename <name>', "the path to show for an article read from stdin with '-'")
      .option('--date <date>', 'publication date for articles that state none (YYYY-MM-DD)')
      .option('--files-from <file>', 'also read the paths listed in this file, one a line')
      .option(
        '--ignore <glob>',
        'leave out files matching this glob, relative to the working directory (repeatable)',
        (glob: string, globs: string[] = []) => [...globs, glob],
      )
      // The config (docs/config.md): factdiff.config.json, .factdiffrc.json or package.json "factdiff", found upward.
      .option('--config <file>', 'read the config from this file instead of searching for one')
      .option('--no-config', 'use no config file')
      .option('--print-config', 'print the config in force (as JSON, with where it came from) and exit')
      // Robustness (docs/robustness.md): files that cannot be read are listed as skipped; exit code 2 unless --skip-unreadable.
      .addOption(
        new Option('--max-file-size <size>', 'skip files larger than this (10mb, 500kb, bytes)')
          .default(DEFAULT_MAX_FILE_SIZE, '5mb')
          .argParser(sizeArg),
      )
      .option(
        '--skip-unreadable',
        'files that cannot be read (binary, too large, permission denied) are listed as skipped without making the exit code 2',
      )
      .option(
        '--verbose',
        'print how long each stage took and what it handled on stderr (and the stack trace on an internal error)',
      )
      // Speed (docs/performance.md): articles read in worker threads, readings kept in a cache.
      .addOption(
        new Option(
          '--jobs <n>',
          'threads to read articles in (1: no worker threads; default: one per CPU, for a batch large enough)',
        ).argParser(jobsArg),
      )
      .option(
        '--cache [dir]',
        "keep each article's reading in this folder (default .factdiff-cache) and reuse it while the article is unchanged",
      )
  );
}

/** What --jobs and --cache ask for. */
interface ReadFlags {
  jobs?: number;
  cache?: string | true;
}

/**
 * The --cache folder, opened (and checked) before the inputs are read: `--cache articles/`
 * takes the folder as the cache's, and is better told so than "no articles given".
 */
async function openCache(flags: ReadFlags, io: Io): Promise<ReadingCache | undefined> {
  if (flags.cache === undefined) return undefined;
  const [{ DEFAULT_CACHE_DIR, ReadingCache }, { default: nodePath }] = await Promise.all([
    import('../cache/index.js'),
    import('node:path'),
  ]);
  const dir = flags.cache === true ? DEFAULT_CACHE_DIR : flags.cache;
  return ReadingCache.open(nodePath.resolve(io.cwd, dir), { name: pkg.name, version: pkg.version }, dir);
}

/** The per-article readings, through the cache and the worker threads (src/parallel, src/cache). */
async function readingsFor(
  articles: Article[],
  flags: ReadFlags,
  cache: ReadingCache | undefined,
  onRead?: (done: number, total: number) => void,
): Promise<ArticleReading[]> {
  limitHeapGrowth(); // before reading: peak memory near what is live (src/cli/heap.ts)
  const { readArticles } = await import('../parallel/index.js');
  return readArticles(articles, {
    ...(flags.jobs === undefined ? {} : { jobs: flags.jobs }),
    ...(cache ? { cache } : {}),
    ...(onRead ? { onRead } : {}),
  });
}

function jobsArg(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1)
    throw new InvalidArgumentError('expected a whole number, 1 or more');
  return Number(value);
}

function sizeArg(value: string): number {
  const bytes = parseSize(value);
  if (bytes === undefined)
    throw new InvalidArgumentError('expected a size: a number of bytes, or with a unit (500kb, 10mb)');
  return bytes;
}

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command()
    .name('factdiff')
    .description('Find where news articles about one event disagree: durations, counts, times.')
    .version(pkg.version, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .exitOverride()
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (text, write) => write(`factdiff: ${text.trim()}\n`),
    })
    .showSuggestionAfterError(true)
    // Options after a subcommand's name belong to the subcommand ("facts -f json").
    .enablePositionalOptions()
    .argument('[paths...]', 'article files, folders (searched for .txt, .md, .html and .htm) or globs')
    .addOption(new Option('-f, --format <format>', 'output format').choices(formatNames).default('stylish'))
    .addOption(
      new Option('--fail-on <severity>', 'exit 1 when a finding is at least this severe')
        .choices([...FAIL_ON])
        .default('error'),
    )
    .option('--color', 'force colour in human formats')
    .option('--no-color', 'never colour the output')
    .option('-o, --output-file <path>', 'write the report to this file instead of stdout (folders are created)')
    .option('--show-single', 'also list facts only one article states (info)')
    .addOption(
      new Option('--min-confidence <n>', 'drop findings less sure than this (0..1)')
        .argParser(confidenceArg)
        .default(0),
    )
    .option('--baseline <file>', 'report only findings whose fingerprint is not in this baseline file')
    .option('--update-baseline', "write the findings' fingerprints to the --baseline file and exit 0")
    .addOption(new Option('--max-warnings <n>', 'exit 1 when there are more than n warnings').argParser(countArg))
    .option('--quiet', 'report errors only (the exit code still counts warnings)')
    .option(
      '--progress',
      'draw a progress bar on stderr (default: when stderr is a terminal, the format is for people, not in CI, and there are 20 articles or more)',
    )
    .option('--no-progress', 'never draw a progress bar')
    .addOption(
      new Option(
        '--group <mode>',
        'split the articles into stories before comparing: by content (auto), not at all (none), or by folder (dir)',
      )
        .choices(['auto', 'none', 'dir'])
        .default('auto'),
    );
  inputOptions(program).action(async (paths: string[], flags: CheckFlags) => {
    code = await runCheck(paths, flags, io);
  });

  const facts = program
    .command('facts')
    .description('list every quantity read from the articles, with its normalized value and what it was tied to')
    .argument('[paths...]', 'article files, folders or globs')
    .addOption(
      new Option('-f, --format <format>', 'output format (table and text are the same)')
        .choices(['table', 'text', 'json', 'ndjson'])
        .default('table'),
    )
    .option('--color', 'force colour in the table')
    .option('--no-color', 'never colour the output');
  inputOptions(facts).action(async (paths: string[], flags: FactsFlags) => {
    code = await runFacts(paths, flags, io);
  });

  const entities = program
    .command('entities')
    .description(
      'list the people, organizations and places named, merged across articles, with their spellings and roles',
    )
    .argument('[paths...]', 'article files, folders or globs')
    .addOption(
      new Option('-f, --format <format>', 'output format (text and table are the same)')
        .choices(['text', 'table', 'json', 'ndjson'])
        .default('text'),
    )
    .option('--color', 'force colour')
    .option('--no-color', 'never colour the output');
  inputOptions(entities).action(async (paths: string[], flags: EntitiesFlags) => {
    code = await runEntities(paths, flags, io);
  });

  try {
    if (argv.includes('--no-config') && argv.some((a) => a === '--config' || a.startsWith('--config='))) {
      throw new InputError('--config and --no-config ask for opposite things: give one of them');
    }
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end in a CommanderError too, with exit code 0.
      return error.exitCode === 0 ? EXIT.ok : EXIT.error;
    }
    return reportError(error, io, argv.includes('--verbose'));
  }
}

async function runCheck(paths: string[], flags: CheckFlags, io: Io): Promise<number> {
  const started = performance.now();
  const log = new StageLog();
  if (flags.updateBaseline && flags.baseline === undefined)
    throw new InputError('--update-baseline needs --baseline <file>: the file to write');
  // The config's model data must be set before the pipeline (and so the model) is imported.
  const config = await prepareConfig(flags, io);
  if (!config) return EXIT.ok; // --print-config
  // Loaded here, not at the top: --help and --version stay fast (no NLP model is loaded).
  const [{ loadInputs, exitCodeWithSkipped }, { check }, { sortFindings }] = await log.time('load', () =>
    Promise.all([import('./inputs.js'), import('../pipeline.js'), import('../compare/index.js')]),
  );
  const known =
    flags.baseline !== undefined && !flags.updateBaseline ? await readBaseline(flags.baseline, io.cwd) : undefined;
  const cache = await openCache(flags, io);
  const { articles, skipped, sources } = await log.time('ingest', () => loadInputs(paths, flags, io));
  const formatter = formatters[flags.format] ?? formatters.stylish!;
  const progress = progressFor(useProgress(flags.progress, formatter.human, articles.length, io), io);
  let checked: Report;
  let readCounts = { quantities: 0, names: 0 };
  try {
    const readings = await log.time('read', () => readingsFor(articles, flags, cache, progress.reading));
    progress.step(`grouping ${articles.length} articles into stories`);
    const onStage: OnStage = (stage, ms) => {
      log.add(stage, ms);
      if (stage === 'group') progress.step('comparing the facts of each story');
    };
    const tool = { name: pkg.name, version: pkg.version };
    // counted (for --verbose) before check(), which lets go of the name candidates (releaseReadings)
    if (flags.verbose)
      readCounts = {
        quantities: readings.reduce((n, r) => n + r.mentions.length, 0),
        names: readings.reduce((n, r) => n + r.names.length, 0),
      };
    checked = withSkipped(
      remapReport(
        check(articles, tool, {
          group: flags.group,
          showSingle: flags.showSingle ?? false,
          minConfidence: flags.minConfidence,
          readings,
          releaseReadings: true,
          onStage,
        }),
        sources,
      ),
      skipped,
    );
  } finally {
    progress.end();
  }
  let report = applyConfig(checked, config, io.cwd, sortFindings); // rules, then suppressions
  if (flags.verbose) {
    const words = checked.articles.reduce((sum, a) => sum + a.words, 0);
    log.note('load', 'the NLP model and the word lists');
    log.note('extract', 'the articles not read above');
    log.note(
      'ingest',
      `${count(articles.length)} article${articles.length === 1 ? '' : 's'}${skipped.length ? `, ${count(skipped.length)} skipped` : ''}, ${count(words)} words`,
    );
    log.note(
      'read',
      `${count(readCounts.quantities)} quantities, ${count(readCounts.names)} names (extract + normalize${cache ? ', through the cache' : ''})`,
    );
    log.note('group', `${count(checked.summary.stories)} stor${checked.summary.stories === 1 ? 'y' : 'ies'}`);
    log.note('compare', `${count(checked.summary.findings)} finding${checked.summary.findings === 1 ? '' : 's'}`);
  }
  const done = (code: number): number => {
    if (flags.verbose) io.stderr(log.format(performance.now() - started));
    return code;
  };
  if (flags.updateBaseline && flags.baseline !== undefined) {
    const n = await writeBaseline(flags.baseline, report.findings, io.cwd);
    io.stderr(`factdiff: wrote ${n} fingerprint${n === 1 ? '' : 's'} to ${flags.baseline}\n`);
    return done(exitCodeWithSkipped(EXIT.ok, skipped, flags)); // 0, or 2 if an input could not be read
  }
  if (known) report = applyBaseline(report, known);
  // The exit code counts what --quiet hides (as --fail-on and --max-warnings ask).
  let code = exitCodeFor(report, flags.failOn);
  if (flags.maxWarnings !== undefined && report.summary.warnings > flags.maxWarnings) {
    io.stderr(`factdiff: too many warnings: ${report.summary.warnings} (--max-warnings ${flags.maxWarnings})\n`);
    code = EXIT.findings;
  }
  if (flags.quiet) report = errorsOnly(report);
  // A report written to a file is coloured only when --color asks for it.
  const style = styleFor(
    flags.outputFile === undefined
      ? useColor(flags.color, formatter.human, io)
      : formatter.human && flags.color === true,
  );
  const output = await log.time('format', async () => formatter.format(report, { style }));
  if (flags.outputFile === undefined) io.stdout(output);
  else {
    const [{ writeFile }, { default: nodePath }, { makeFolders }] = await Promise.all([
      import('node:fs/promises'),
      import('node:path'),
      import('./folders.js'),
    ]);
    const file = nodePath.resolve(io.cwd, flags.outputFile);
    try {
      await makeFolders(nodePath.dirname(file));
      await writeFile(file, output, 'utf8');
    } catch (error) {
      const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
      io.stderr(`factdiff: error: cannot write the report to ${flags.outputFile}: ${reason}\n`);
      return done(EXIT.error);
    }
  }
  return done(exitCodeWithSkipped(code, skipped, flags));
}

async function runFacts(paths: string[], flags: FactsFlags, io: Io): Promise<number> {
  if (!(await prepareConfig(flags, io))) return EXIT.ok; // --print-config; else the config's model data is set
  const [{ loadInputs, exitCodeWithSkipped }, { finishReading }, { buildFactsReport }, facts] = await Promise.all([
    import('./inputs.js'),
    import('../pipeline.js'),
    import('../report/facts.js'),
    Promise.all([import('../report/formatters/facts-json.js'), import('../report/formatters/facts-table.js')]),
  ]);
  const [{ factsJson, factsNdjson }, { factsTable }] = facts;
  const cache = await openCache(flags, io);
  const { articles, skipped, sources } = await loadInputs(paths, flags, io);
  const sorted = [...articles].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  // each article on its own, as read() does: names are typed with what that article knows
  const readings = await readingsFor(sorted, flags, cache);
  const report = remapFacts(
    buildFactsReport(
      readings.map((r) => finishReading([r])[0] as ReturnType<typeof finishReading>[number]),
      { name: pkg.name, version: pkg.version },
    ),
    sources,
  );
  if (flags.format === 'json') io.stdout(factsJson(report));
  else if (flags.format === 'ndjson') io.stdout(factsNdjson(report));
  else io.stdout(factsTable(report, styleFor(useColor(flags.color, true, io))));
  return exitCodeWithSkipped(EXIT.ok, skipped, flags);
}

async function runEntities(paths: string[], flags: EntitiesFlags, io: Io): Promise<number> {
  if (!(await prepareConfig(flags, io))) return EXIT.ok; // --print-config; else the config's model data is set
  const [{ loadInputs, exitCodeWithSkipped }, { analyze }, { buildEntitiesReport }, { entitiesText }] =
    await Promise.all([
      import('./inputs.js'),
      import('../pipeline.js'),
      import('../report/entities.js'),
      import('../report/formatters/entities-text.js'),
    ]);
  const cache = await openCache(flags, io);
  const { articles, skipped } = await loadInputs(paths, flags, io);
  const report = buildEntitiesReport(analyze(articles, await readingsFor(articles, flags, cache)).entities, {
    name: pkg.name,
    version: pkg.version,
  });
  if (flags.format === 'json') io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else if (flags.format === 'ndjson') io.stdout(report.entities.map((e) => `${JSON.stringify(e)}\n`).join(''));
  else io.stdout(entitiesText(report, styleFor(useColor(flags.color, true, io))));
  return exitCodeWithSkipped(EXIT.ok, skipped, flags);
}

function countArg(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError('expected a whole number, 0 or more');
  return Number(value);
}

function confidenceArg(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1)
    throw new InvalidArgumentError('expected a number from 0 to 1');
  return n;
}

function reportError(error: unknown, io: Io, verbose = false): number {
  // One line per problem (a config can have several bad keys).
  if (error instanceof InputError)
    io.stderr(
      error.message
        .split('\n')
        .map((line) => `factdiff: error: ${pathForTerminal(line)}\n`)
        .join(''),
    );
  else {
    // one line, whatever the message holds (it may quote the input)
    const message = pathForTerminal((error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '');
    io.stderr(`factdiff: internal error: ${message} (please report it, with the input that caused it)\n`);
    if ((io.env.FACTDIFF_DEBUG || verbose) && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  }
  return EXIT.error;
}
