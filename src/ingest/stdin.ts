/** Articles from standard input: one plain-text article, or an NDJSON batch. */
import type { Article, Model } from '../types.js';
import { publicationDate, toIsoDate } from './date.js';
import { InputError } from './errors.js';

export const STDIN_FORMATS = ['text', 'ndjson'] as const;
export type StdinFormat = (typeof STDIN_FORMATS)[number];

/**
 * One JSON object a line: {"id", "text", "date"?, "source"?}. Blank lines are skipped;
 * anything else that is not such an object stops the run with the line number.
 */
export function parseNdjson(model: Model, input: string): Article[] {
  const articles: Article[] = [];
  const seen = new Set<string>();
  const lines = input.split(/\r?\n/);
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `stdin line ${index + 1}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      throw new InputError(`${where}: not valid JSON`);
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record))
      throw new InputError(`${where}: expected an object {"id", "text"}`);
    const { id, text, date } = record as Record<string, unknown>;
    if (typeof id !== 'string' && typeof id !== 'number')
      throw new InputError(`${where}: "id" must be a string or number`);
    if (typeof text !== 'string') throw new InputError(`${where}: "text" must be a string`);
    if (date !== undefined && date !== null && typeof date !== 'string')
      throw new InputError(`${where}: "date" must be a string`);
    const path = String(id);
    if (seen.has(path)) throw new InputError(`${where}: duplicate id ${JSON.stringify(path)}`);
    seen.add(path);
    const published = typeof date === 'string' ? normalizeDate(date, where) : publicationDate(model, text);
    articles.push(published ? { path, text, date: published } : { path, text });
  });
  if (articles.length === 0) throw new InputError('no articles on stdin (expected one JSON object a line)');
  return articles;
}

function normalizeDate(date: string, where: string): string {
  const iso = toIsoDate(date);
  if (!iso) throw new InputError(`${where}: "date" is not a date: ${JSON.stringify(date)}`);
  return iso;
}
