/**
 * The command line: parses flags, reads inputs, runs the pipeline, prints a report.
 * main() returns the exit code (0 clean, 1 findings at or above --fail-on, 2 usage,
 * input or internal error); it never calls process.exit.
 */
import { createRequire } from 'node:module';
import { Command, CommanderError, Option } from 'commander';
import { InputError } from '../ingest/errors.js';
import { formatNames, formatters } from '../report/formatters/index.js';
import { styleFor, useColor } from './color.js';
import { EXIT, exitCodeFor, FAIL_ON, type FailOn } from './exit-code.js';
import { processIo, type Io } from './io.js';

const pkg = createRequire(import.meta.url)('../../package.json') as { name: string; version: string };

interface CheckFlags {
  format: string;
  failOn: FailOn;
  color?: boolean;
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
    .argument('[paths...]', 'article files, folders (searched for .txt and .md) or globs')
    .addOption(new Option('-f, --format <format>', 'output format').choices(formatNames).default('stylish'))
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding is at least this severe').choices([...FAIL_ON]).default('error'))
    .option('--color', 'force colour in human formats')
    .option('--no-color', 'never colour the output')
    .action(async (paths: string[], flags: CheckFlags) => {
      code = await runCheck(paths, flags, io);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end in a CommanderError too, with exit code 0.
      return error.exitCode === 0 ? EXIT.ok : EXIT.error;
    }
    return reportError(error, io);
  }
}

async function runCheck(paths: string[], flags: CheckFlags, io: Io): Promise<number> {
  if (paths.length === 0) {
    io.stderr("factdiff: error: no articles given (try 'factdiff articles/' or 'factdiff --help')\n");
    return EXIT.error;
  }
  // Loaded here, not at the top: --help and --version stay fast (no NLP model is loaded).
  const [{ ingest }, { check }] = await Promise.all([import('../ingest/read-inputs.js'), import('../pipeline.js')]);
  const articles = await ingest(paths, { cwd: io.cwd });
  const report = check(articles, { name: pkg.name, version: pkg.version });
  const formatter = formatters[flags.format] ?? formatters.stylish!;
  const style = styleFor(useColor(flags.color, formatter.human, io));
  io.stdout(formatter.format(report, { style }));
  return exitCodeFor(report, flags.failOn);
}

function reportError(error: unknown, io: Io): number {
  if (error instanceof InputError) io.stderr(`factdiff: error: ${error.message}\n`);
  else {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`factdiff: internal error: ${message} (please report it, with the input that caused it)\n`);
    if (io.env.FACTDIFF_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  }
  return EXIT.error;
}
