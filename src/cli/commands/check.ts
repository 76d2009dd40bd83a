/**
 * `factdiff [paths]`: runs the pipeline's check (src/pipeline.ts `runCheck`) with the CLI's
 * edges, then writes the report, the notes and, with --verbose, the stage times.
 */
import { InputError } from '../../ingest/errors.js';
import { runCheck, type OnStage } from '../../pipeline.js';
import { EXIT } from '../../report/verdict.js';
import type { GroupMode } from '../../types.js';
import { formatters } from '../../report/formatters/index.js';
import { styleFor, useColor } from '../color.js';
import { printConfig } from '../config/additions.js';
import { checkEdges, type CommandFlags } from '../edges.js';
import type { FailOn } from '../../report/verdict.js';
import type { Io } from '../io.js';
import { ruleMeta } from '../../compare/rules/index.js';
import { docsFolder, sarifRoot, writeOutput } from '../output.js';
import { plain, rulePage } from '../../report/formatters/style.js';
import { progressFor, useProgress, type Progress } from '../progress.js';
import { count, StageLog } from '../verbose.js';
import { TOOL } from '../../tool.js';

export interface CheckFlags extends CommandFlags {
  format: string;
  /** Print the rules and exit. */
  listRules?: boolean;
  /** Write a starter config and exit. */
  init?: boolean;
  /** Evidence lines per camp in the formats for people; 0: all. */
  maxEvidence?: number;
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
  sarifRoot?: string;
  story?: string;
}

export async function checkCommand(paths: string[], flags: CheckFlags, io: Io, log: StageLog): Promise<number> {
  const started = performance.now();
  if (flags.updateBaseline && flags.baseline === undefined)
    throw new InputError('--update-baseline needs --baseline <file>: the file to write');
  if (flags.printConfig) return printConfig(flags, io);
  if (flags.listRules) return listRules(io, docsFolder(io.cwd));
  if (flags.init) return (await import('./init.js')).initCommand(io);
  const formatter = formatters[flags.format] ?? formatters.stylish!;
  let progress: Progress | undefined;
  const onStage: OnStage = (stage, ms) => {
    log.add(stage, ms);
    if (stage === 'read') progress?.step('grouping the articles into stories');
    if (stage === 'group') progress?.step('comparing the facts of each story');
  };
  const edges = checkEdges(paths, flags, io, TOOL, {
    onIngested: (n, chars) => (progress = progressFor(useProgress(flags.progress, formatter.human, n, io, chars), io)),
    onRead: (read) => progress?.reading(read),
  });
  // A report written to a file is coloured only when --color asks for it.
  const color =
    flags.outputFile === undefined
      ? useColor(flags.color, formatter.human, io)
      : formatter.human && flags.color === true;
  let result: Awaited<ReturnType<typeof runCheck>>;
  try {
    result = await runCheck(edges, {
      tool: TOOL,
      group: flags.group,
      showSingle: flags.showSingle ?? false,
      minConfidence: flags.minConfidence,
      failOn: flags.failOn,
      ...(flags.maxWarnings === undefined ? {} : { maxWarnings: flags.maxWarnings }),
      skipUnreadable: flags.skipUnreadable ?? false,
      quiet: flags.quiet ?? false,
      updateBaseline: flags.updateBaseline ?? false,
      format: formatter.format,
      style: styleFor(color),
      ...(flags.maxEvidence === undefined
        ? {}
        : { maxEvidence: flags.maxEvidence === 0 ? Infinity : flags.maxEvidence }),
      docs: docsFolder(io.cwd),
      sarifRoot: sarifRoot(flags.sarifRoot, io.cwd),
      cwd: io.cwd,
      onStage,
      explainStories: flags.verbose ?? false,
      ...(flags.story === undefined ? {} : { story: flags.story }),
    });
  } finally {
    progress?.end();
  }
  for (const note of result.notes) io.stderr(`factdiff: ${note}\n`);
  let code = result.exitCode;
  if (!flags.updateBaseline && !(await writeOutput(result.output, flags.outputFile, io))) code = EXIT.error;
  if (flags.verbose) {
    const { read, report } = result;
    const words = report.articles.reduce((sum, a) => sum + a.words, 0);
    const plural = (n: number, one: string, many: string) => `${count(n)} ${n === 1 ? one : many}`;
    log.note('load', 'the NLP model and the pipeline');
    log.note('model', 'the word lists of model/ and the config’s additions');
    log.note(
      'ingest',
      [
        plural(read.articles, 'article', 'articles'),
        ...(read.skipped ? [`${count(read.skipped)} skipped`] : []),
        `${count(words)} words`,
        ...(read.ignored?.files.length || read.ignored?.count ? [leftOutBy(read.ignored)] : []),
      ].join(', '),
    );
    log.note(
      'read',
      `${count(read.quantities)} quantities, ${count(read.names)} names ` +
        `(extract + normalize${flags.cache ? ', through the cache' : ''})`,
    );
    log.note('group', plural(report.summary.stories, 'story', 'stories'));
    log.note('compare', plural(read.findings, 'finding', 'findings'));
    io.stderr(log.format(performance.now() - started));
    for (const story of result.stories ?? [])
      io.stderr(
        `factdiff: ${story.id} (${plural(story.articles.length, 'article', 'articles')}): ` +
          `grouped on ${story.keys.join(', ') || 'nothing shared'}\n`,
      );
  }
  return code;
}

/** "3 left out by node_modules/, .gitignore": what the folder walks honoured, for --verbose. */
function leftOutBy(ignored: { files: string[]; count: number }): string {
  return `${count(ignored.count)} left out by ${['node_modules/', ...ignored.files].join(', ')}`;
}

/** --list-rules: each rule's id, usual severity and what its findings mean, a line each. */
function listRules(io: Io, docs: string): number {
  const rules = Object.values(ruleMeta);
  const width = Math.max(...rules.map((r) => r.id.length));
  for (const r of rules) {
    const page = rulePage(r.docs, { style: plain, docs });
    io.stdout(`${r.id.padEnd(width)}  ${r.defaultSeverity.padEnd(7)}  ${r.description} (${page})\n`);
  }
  return EXIT.ok;
}
