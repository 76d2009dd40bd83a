/** What a story is called: its articles' headlines (their first line past the dateline) and the one most share. */
import type { Article } from '../types.js';

const HEADLINE = 100;

/** A dateline is a short line holding the article's year. */
const DATELINE_WORDS = 6;

/** An article's first line that is not its dateline, as its headline. */
export function headlineOf(article: Pick<Article, 'text' | 'date'>): string {
  const year = article.date?.slice(0, 4);
  const dateline = (l: string) => year !== undefined && l.includes(year) && l.split(/\s+/).length <= DATELINE_WORDS;
  const lines = article.text.split(/\r?\n/).map((l) => l.trim());
  const line = lines.find((l) => l !== '' && !dateline(l)) ?? '';
  return line.length > HEADLINE ? `${line.slice(0, HEADLINE - 1)}…` : line;
}

/** The headline most articles share (two or more), else the first article's. */
export function titleOf(headlines: string[]): string {
  const counts = new Map<string, number>();
  for (const h of headlines) if (h) counts.set(h, (counts.get(h) ?? 0) + 1);
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return best && best[1] > 1 ? best[0] : (headlines[0] ?? '');
}
