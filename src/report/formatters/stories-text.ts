/** `factdiff stories` for people: a block per story (title, dates, place, keys, articles, nearest story). */
import type { StoriesReport } from '../../pipeline.js';
import { forTerminal } from '../../text/escape.js';
import { counted } from './common.js';
import type { Style } from './style.js';

export function storiesText(report: StoriesReport, style: Style): string {
  const lines: string[] = [];
  for (const s of report.stories) {
    const when = s.dates
      ? s.dates.first === s.dates.last
        ? s.dates.first
        : `${s.dates.first} to ${s.dates.last}`
      : '';
    const facts = [counted(s.articles.length, 'article'), when, s.place ? forTerminal(s.place) : '']
      .filter(Boolean)
      .join(' · ');
    lines.push(`${style.bold(s.id)}  ${forTerminal(s.title)}`, `  ${style.dim(facts)}`);
    if (s.keys.length > 0) lines.push(`  ${style.dim('grouped on:')} ${s.keys.map(forTerminal).join(', ')}`);
    for (const a of s.articles) lines.push(`  ${forTerminal(a.path)}${a.date ? style.dim(`  ${a.date}`) : ''}`);
    if (s.nearest) {
      const { story, similarity, threshold } = s.nearest;
      lines.push(`  ${style.dim(`nearest: ${story}, similarity ${similarity} (joins at ${threshold})`)}`);
      for (const reason of s.nearest.apart) lines.push(`    ${style.dim(forTerminal(reason))}`);
    }
    lines.push('');
  }
  const articles = report.stories.reduce((n, s) => n + s.articles.length, 0);
  lines.push(`${counted(report.stories.length, 'story', 'stories')} in ${counted(articles, 'article')}`);
  return `${lines.join('\n')}\n`;
}
