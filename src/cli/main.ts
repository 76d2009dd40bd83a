/**
 * The command line: the program, its commands and their flags. Each command's work is in
 * ./commands/ (imported when it runs, so that --help and --version load no NLP model).
 * main() returns the exit code (0 clean, 1 findings at or above --fail-on, 2 usage, input or
 * internal error); it never calls process.exit.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { InputError } from '../ingest/errors.js';
import { DEFAULT_MAX_FILE_SIZE, parseSize } from '../ingest/size.js';
import { STDIN_FORMATS } from '../ingest/stdin.js';
import { formatNames } from '../report/formatters/index.js';
import { EXIT, FAIL_ON } from '../report/verdict.js';
import { pathForTerminal } from '../text/escape.js';
import type { CheckFlags } from './commands/check.js';
import type { EntitiesFlags } from './commands/entities.js';
import type { StoriesFlags } from './commands/stories.js';
import type { FactsFlags } from './commands/facts.js';
import { processIo, type Io } from './io.js';
import { TOOL } from '../tool.js';
import { StageLog } from './verbose.js';

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
      .option(
        '--no-error-on-unmatched-pattern',
        'pass over a glob that matches no file (told on stderr), as ESLint does',
      )
      .option(
        '--no-ignore',
        'walk folders without the default ignores (node_modules/, .gitignore, .factdiffignore) and no --ignore',
      )
      // The config (docs/config.md): factdiff.config.json, .factdiffrc.json or package.json "factdiff", found upward.
      .option('--config <file>', 'read the config from this file instead of searching for one')
      .option('--no-config', 'use no config file')
      .option('--print-config', 'print the config in force (as JSON, with where it came from) and exit')
      // Robustness (docs/robustness.md): files that cannot be read are listed as skipped; exit code 2 unless
      // --skip-unreadable.
      .addOption(
        new Option('--max-file-size <size>', 'skip files larger than this (10mb, 500kb, bytes)')
          .default(DEFAULT_MAX_FILE_SIZE, '5mb')
          .argParser(sizeArg),
      )
      .option(
        '--skip-unreadable',
        'files that cannot be read (binary, too large, permission denied) are listed as skipped ' +
          'without making the exit code 2',
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
        "keep each article's reading in this folder (default .factdiff-cache) " +
          'and reuse it while the article is unchanged',
      )
  );
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
    .description(
      'Find where news articles about one event disagree: figures (counts, durations, money, times, dates), ' +
        'roles and titles, quotes and who said them, places.',
    )
    .version(TOOL.version, '-v, --version', 'print the version')
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
    .option('--list-rules', 'print the rules (id, usual severity, what a finding means) and exit')
    .option('--init', 'write a starter factdiff.config.json in the working directory and exit')
    .option(
      '--rule <id=severity>',
      "set a rule's severity (error, warning, info) or turn it off, over the config (repeatable)",
      (entry: string, entries: string[] = []) => [...entries, entry],
    )
    .addOption(
      new Option(
        '--max-evidence <n>',
        'show at most n evidence lines per camp in the stylish and markdown reports (the rest are counted; 0: all)',
      ).argParser(countArg),
    )
    .option(
      '--progress',
      'draw a progress bar on stderr (default: when stderr is a terminal, the format is for people, ' +
        'not in CI, and there are 20 articles or 200,000 characters or more)',
    )
    .option('--no-progress', 'never draw a progress bar')
    .option('--story <id>', "report only this story's findings (story-2, or 2; see `factdiff stories`)")
    .option(
      '--sarif-root <dir>',
      'make SARIF artifact paths relative to this folder (default: the git work tree, else the working directory)',
    )
    .addOption(
      new Option(
        '--group <mode>',
        'split the articles into stories before comparing: by content (auto), not at all (none), or by folder (dir)',
      )
        .choices(['auto', 'none', 'dir'])
        .default('auto'),
    );
  inputOptions(program).action(async (paths: string[], flags: CheckFlags) => {
    const log = new StageLog();
    const { checkCommand } = await log.time('load', () => import('./commands/check.js'));
    code = await checkCommand(paths, flags, io, log);
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
    .addOption(
      new Option(
        '--group <mode>',
        'split the articles into stories before tying values to facts, as check does: ' +
          'by content (auto), not at all (none), or by folder (dir)',
      )
        .choices(['auto', 'none', 'dir'])
        .default('auto'),
    )
    .option('--color', 'force colour in the table')
    .option('--no-color', 'never colour the output');
  inputOptions(facts).action(async (paths: string[], flags: FactsFlags) => {
    code = await (await import('./commands/facts.js')).factsCommand(paths, flags, io);
  });

  const entities = program
    .command('entities')
    .description(
      'list the people, organizations, places and things named, merged across articles, with their spellings and roles',
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
    code = await (await import('./commands/entities.js')).entitiesCommand(paths, flags, io);
  });

  const stories = program
    .command('stories')
    .description('list the stories the articles are split into, with the keys that grouped them and split them apart')
    .argument('[paths...]', 'article files, folders or globs')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'ndjson']).default('text'))
    .addOption(
      new Option(
        '--group <mode>',
        'how to split the articles: by content (auto), not at all (none), or by folder (dir)',
      )
        .choices(['auto', 'none', 'dir'])
        .default('auto'),
    )
    .option('--color', 'force colour')
    .option('--no-color', 'never colour the output');
  inputOptions(stories).action(async (paths: string[], flags: StoriesFlags) => {
    code = await (await import('./commands/stories.js')).storiesCommand(paths, flags, io);
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
