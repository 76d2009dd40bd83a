/** Where articles come from: paths on the command line, or standard input. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../ingest/errors.js';
import { globMatcher } from '../text/glob.js';
import { articleOf, describeError, ingest } from '../ingest/read-inputs.js';
import { toIsoDate } from '../ingest/date.js';
import { isHtmlName, looksLikeHtml } from '../ingest/html.js';
import { parseNdjson, type StdinFormat } from '../ingest/stdin.js';
import { pathForTerminal } from '../text/escape.js';
import type { Article, Inputs, Model, SkippedInput } from '../types.js';
import type { SourceText } from '../util/offset-map.js';
import { EXIT } from '../report/verdict.js';
import type { Io } from './io.js';

export interface InputFlags {
  stdinFormat?: StdinFormat;
  stdinFilename?: string;
  date?: string;
  /** Files larger than this many bytes are skipped (default 5 MB). */
  maxFileSize?: number;
  /** Files that cannot be read are still listed as skipped, but do not make the exit code 2. */
  skipUnreadable?: boolean;
  verbose?: boolean;
  /** A file listing more paths, one a line (blank lines and # comments skipped). */
  filesFrom?: string;
  /** Globs (relative to the working directory) of files to leave out. */
  /** false with --no-error-on-unmatched-pattern: a glob that matches nothing is passed over. */
  errorOnUnmatchedPattern?: boolean;
  /** Globs to leave out; false (--no-ignore): no default ignores either. */
  ignore?: string[] | false;
}

/**
 * Paths (with `-` for one article on stdin), or an NDJSON batch on stdin. `--date` fills in
 * missing dates. Files that cannot be read come back in `skipped`, each told on stderr in one line
 * (an error, or a warning with --skip-unreadable); so are remarks on files read all the same
 * (invalid UTF-8, UTF-16).
 */
export async function loadInputs(model: Model, paths: string[], flags: InputFlags, io: Io): Promise<Inputs> {
  const fallbackDate = flags.date === undefined ? undefined : toIsoDate(flags.date);
  if (flags.date !== undefined && !fallbackDate) throw new InputError(`--date is not a date: ${flags.date}`);
  let articles: Article[];
  let skipped: SkippedInput[] = [];
  let ignoredBy: Inputs['ignored'];
  const sources = new Map<string, SourceText>();
  if (flags.stdinFormat === 'ndjson') {
    if (paths.length > 0) throw new InputError('--stdin-format ndjson reads articles from stdin; give no paths');
    // every bad line is a skipped input, told on stderr like a file that cannot be read; the good lines are checked
    ({ articles, skipped } = parseNdjson(model, await io.readStdin()));
    const level = flags.skipUnreadable ? 'warning: skipped' : 'error: cannot read';
    for (const s of skipped) io.stderr(`factdiff: ${level} ${s.path}: ${s.reason}\n`);
  } else {
    // --stdin-format text with nothing else to read: stdin is the article, as if '-' were given
    if (flags.stdinFormat === 'text' && paths.length === 0 && !flags.filesFrom) paths = ['-'];
    const listed = flags.filesFrom ? await readList(flags.filesFrom, io.cwd) : [];
    const files = [...paths.filter((p) => p !== '-'), ...listed];
    if (flags.filesFrom && listed.length === 0 && paths.length === 0)
      throw new InputError(`--files-from ${flags.filesFrom} lists no paths`);
    if (files.length === 0 && paths.length === 0)
      throw new InputError("no articles given (try 'factdiff articles/' or 'factdiff --help')");
    const ignored = (flags.ignore || []).map((glob) => globMatcher(glob, { folder: true }));
    const kept = (path: string): boolean => !ignored.some((match) => match(path));
    articles = [];
    if (files.length > 0) {
      const result = await ingest(files, {
        cwd: io.cwd,
        model,
        ignores: flags.ignore !== false,
        allowUnmatched: flags.errorOnUnmatchedPattern === false,
        ...(flags.maxFileSize === undefined ? {} : { maxFileSize: flags.maxFileSize }),
      });
      ignoredBy = result.ignored;
      articles = result.articles.filter((a) => kept(a.path));
      // --verbose: a --ignore glob that leaves nothing out is most likely mistyped
      if (flags.verbose)
        (flags.ignore || []).forEach((glob, i) => {
          const matched = [...result.articles, ...result.skipped].some((a) => ignored[i]?.(a.path));
          if (!matched) io.stderr(`factdiff: --ignore ${glob} left out no file\n`);
        });
      skipped = result.skipped.filter((x) => kept(x.path));
      for (const a of articles) {
        const source = result.sources.get(a.path);
        if (source) sources.set(a.path, source);
      }
      if (articles.length === 0 && skipped.length === 0 && ignored.length > 0)
        throw new InputError('every article was left out by --ignore');
      for (const w of result.warnings) io.stderr(`factdiff: warning: ${pathForTerminal(w.path)}: ${w.message}\n`);
      const level = flags.skipUnreadable ? 'warning: skipped' : 'error: cannot read';
      for (const s of skipped) io.stderr(`factdiff: ${level} ${pathForTerminal(s.path)}: ${s.reason}\n`);
    }
    if (flags.stdinFilename !== undefined && !paths.includes('-')) {
      throw new InputError(
        `--stdin-filename names the article read from stdin: give '-' as a path (or --stdin-format text) to read it`,
      );
    }
    if (paths.includes('-')) {
      // read as HTML when --stdin-filename names an .html file, or, with no name, when it is an HTML document
      const text = await io.readStdin();
      const name = flags.stdinFilename ?? '<stdin>';
      const { article, source } = articleOf(
        model,
        name,
        text,
        flags.stdinFilename === undefined ? looksLikeHtml(text) : isHtmlName(name),
      );
      articles.push(article);
      if (source) sources.set(article.path, source);
    }
  }
  return {
    articles: fallbackDate ? articles.map((a) => (a.date ? a : { ...a, date: fallbackDate })) : articles,
    skipped,
    sources,
    ...(ignoredBy ? { ignored: ignoredBy } : {}),
  };
}

/** Paths listed in a file, one a line; blank lines and lines starting with # are skipped. */
async function readList(file: string, cwd: string): Promise<string[]> {
  const text = await readFile(path.resolve(cwd, file), 'utf8').catch((error: unknown) => {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : describeError(error);
    throw new InputError(`cannot read --files-from ${file}: ${reason}`);
  });
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** 2 when any input could not be read, unless --skip-unreadable; else 0. */
export function unreadExitCode(skipped: readonly SkippedInput[], flags: InputFlags): number {
  return skipped.length > 0 && !flags.skipUnreadable ? EXIT.error : EXIT.ok;
}
