/** Where articles come from: paths on the command line, or standard input. */
import { InputError } from '../ingest/errors.js';
import { ingest } from '../ingest/read-inputs.js';
import { publicationDate, toIsoDate } from '../ingest/date.js';
import { parseNdjson, type StdinFormat } from '../ingest/stdin.js';
import type { Article } from '../types.js';
import type { Io } from './io.js';

export interface InputFlags {
  stdinFormat?: StdinFormat;
  stdinFilename?: string;
  date?: string;
}

/** Paths (with `-` for one article on stdin), or an NDJSON batch on stdin. `--date` fills in missing dates. */
export async function loadArticles(paths: string[], flags: InputFlags, io: Io): Promise<Article[]> {
  const fallbackDate = flags.date === undefined ? undefined : toIsoDate(flags.date);
  if (flags.date !== undefined && !fallbackDate) throw new InputError(`--date is not a date: ${flags.date}`);
  let articles: Article[];
  if (flags.stdinFormat === 'ndjson') {
    if (paths.length > 0) throw new InputError('--stdin-format ndjson reads articles from stdin; give no paths');
    articles = parseNdjson(await io.readStdin());
  } else {
    const files = paths.filter((p) => p !== '-');
    if (files.length === 0 && paths.length === 0) throw new InputError("no articles given (try 'factdiff articles/' or 'factdiff --help')");
    articles = files.length > 0 ? await ingest(files, { cwd: io.cwd }) : [];
    if (paths.includes('-')) {
      const text = await io.readStdin();
      const date = publicationDate(text);
      articles.push({ path: flags.stdinFilename ?? '<stdin>', text, ...(date ? { date } : {}) });
    }
  }
  return fallbackDate ? articles.map((a) => (a.date ? a : { ...a, date: fallbackDate })) : articles;
}
