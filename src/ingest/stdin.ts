/** Articles from standard input: one plain-text article, or an NDJSON batch. */
import type { Article, Model, SkippedInput } from '../types.js';
import { publicationDate, toIsoDate } from './date.js';
import { InputError } from './errors.js';

export const STDIN_FORMATS = ['text', 'ndjson'] as const;
export type StdinFormat = (typeof STDIN_FORMATS)[number];

/**
 * One JSON object a line: {"id", "text", "date"?, "source"?}. Blank lines are skipped. A line that
 * is not such an object does not stop the batch: it comes back in `skipped` ("stdin line 7" and
 * why), and the good lines are checked.
 */
export function parseNdjson(model: Model, input: string): { articles: Article[]; skipped: SkippedInput[] } {
  const articles: Article[] = [];
  const skipped: SkippedInput[] = [];
  const seen = new Set<string>();
  input.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `stdin line ${index + 1}`;
    try {
      const article = recordOf(model, line, seen);
      seen.add(article.path);
      articles.push(article);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      skipped.push({ path: where, reason: error.message });
    }
  });
  if (articles.length === 0 && skipped.length === 0)
    throw new InputError('no articles on stdin (expected one JSON object a line)');
  return { articles, skipped };
}

/** One line's article, or an InputError saying what is wrong with it. */
function recordOf(model: Model, line: string, seen: Set<string>): Article {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    throw new InputError('not valid JSON');
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record))
    throw new InputError('expected an object {"id", "text"}');
  const { id, text, date } = record as Record<string, unknown>;
  if (typeof id !== 'string' && typeof id !== 'number') throw new InputError('"id" must be a string or number');
  if (String(id).trim() === '') throw new InputError('"id" must not be empty');
  if (typeof text !== 'string') throw new InputError('"text" must be a string');
  if (date !== undefined && date !== null && typeof date !== 'string') throw new InputError('"date" must be a string');
  const path = String(id);
  if (seen.has(path)) throw new InputError(`duplicate id ${JSON.stringify(path)}`);
  const published = typeof date === 'string' ? normalizeDate(date) : publicationDate(model, text);
  return published ? { path, text, date: published } : { path, text };
}

function normalizeDate(date: string): string {
  const iso = toIsoDate(date);
  if (!iso) throw new InputError(`"date" is not a date: ${JSON.stringify(date)}`);
  return iso;
}
