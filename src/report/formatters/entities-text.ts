/** `factdiff entities` for people: one line per entity, then its other spellings and roles. */
import { forTerminal } from '../../text/escape.js';
import type { EntitiesReport } from '../entities.js';
import { counted } from './common.js';
import type { Style } from './style.js';

const TYPE_ORDER = ['person', 'organization', 'place', 'thing'] as const;
const TYPE_TITLES = { person: 'People', organization: 'Organizations', place: 'Places', thing: 'Things' } as const;

/** Paths relative to the folder all articles share, so that two folders' same-named files stay apart. */
function shortener(report: EntitiesReport): (path: string) => string {
  const paths = [...new Set(report.entities.flatMap((e) => e.articles))];
  const first = paths[0]?.split('/') ?? [];
  let common = first.length - 1;
  for (const p of paths) {
    const parts = p.split('/');
    let k = 0;
    while (k < common && parts[k] === first[k]) k++;
    common = k;
  }
  return (path) => path.split('/').slice(common).join('/');
}

export function entitiesText(report: EntitiesReport, style: Style): string {
  const short = shortener(report);
  const where = (articles: string[]): string => articles.map((a) => forTerminal(short(a))).join(', ');
  const lines: string[] = [];
  for (const type of TYPE_ORDER) {
    const list = report.entities.filter((e) => e.type === type);
    if (list.length === 0) continue;
    lines.push(style.bold(`${TYPE_TITLES[type]} (${list.length})`));
    for (const e of list) {
      lines.push(
        `  ${style.bold(forTerminal(e.name))} ` +
          style.dim(`${counted(e.mentions, 'mention')} in ${counted(e.articles.length, 'article')}`),
      );
      const others = e.names.filter((n) => n.name !== e.name);
      if (others.length > 0)
        lines.push(
          `    ${style.dim('also:')} ` +
            others.map((n) => `${forTerminal(n.name)} ${style.dim(`(${n.reason}; ${where(n.articles)})`)}`).join(', '),
        );
      for (const r of e.roles)
        lines.push(`    ${style.dim('role:')} ${forTerminal(r.role)} ${style.dim(`(${where(r.articles)})`)}`);
    }
    lines.push('');
  }
  return lines.length > 0 ? `${lines.join('\n').trimEnd()}\n` : 'no entities found\n';
}
