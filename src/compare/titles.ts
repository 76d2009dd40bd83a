/**
 * Posts that cannot both be held: one person called "deputy minister" in one article and
 * "minister" in another, at the same time. A title and the same title with a rank word before it
 * (model/roles.json `ranks`) are two posts, and so are two titles of one `exclusive` group ("chief
 * executive" and "chief operating officer"); other titles may both be held ("minister" and "party
 * leader") and are not compared.
 */
import type { Entity, Model } from '../types.js';
import { addTo } from '../util/add-to.js';
import { perModel } from '../model/derived.js';

type Stated = Entity['roles'][number];

/** The title without its rank words: "deputy minister" → "minister". */
function baseTitle(model: Model, title: string): string {
  const ranks = new Set(model.roles.ranks ?? []);
  const words = title.split(' ');
  let k = 0;
  while (k < words.length - 1 && ranks.has(words[k] as string)) k++;
  return words.slice(k).join(' ');
}

/** Each title of an exclusive group → the group's first title, per model. */
const exclusiveGroups = perModel(
  (model) => new Map((model.roles.exclusive ?? []).flatMap((group) => group.map((t) => [t, group[0] as string]))),
);

/** How far around a person's name another title makes an article name both posts ("CEO and COO Jane Doe"). */
const BOTH_REACH = 60;

/**
 * Groups of current roles of one post told at different ranks by different articles, each rank's roles.
 * `texts` (article texts by path) and `mentions` (the person's names) let two posts of an exclusive group
 * stand when an article names the other post beside the person ("COO Jane Doe will serve as interim CEO").
 */
export function rankDisputes(
  model: Model,
  current: Stated[],
  texts: ReadonlyMap<string, string> = new Map(),
  mentions: Entity['mentions'] = [],
): Map<string, Stated[]>[] {
  const byBase = new Map<string, Stated[]>();
  const groups = exclusiveGroups(model);
  for (const r of current) {
    const base = baseTitle(model, r.role.title);
    addTo(byBase, groups.get(base) ?? base, r);
  }
  const disputes: Map<string, Stated[]>[] = [];
  for (const [base, roles] of byBase) {
    const byTitle = new Map<string, Stated[]>();
    for (const r of roles) addTo(byTitle, r.role.title, r);
    if (byTitle.size < 2) continue;
    const articles = [...byTitle.values()].map((rs) => new Set(rs.map((r) => r.path)));
    // different articles: one article naming both posts is its own business
    const apart = articles.some((a, i) => articles.some((b, j) => i !== j && [...a].some((p) => !b.has(p))));
    if (!apart) continue;
    const exclusive = [...groups.values()].includes(base);
    if (exclusive && (twoOrganizations(roles) || namedBoth(model, byTitle, texts, mentions))) continue;
    disputes.push(byTitle);
  }
  return disputes;
}

/** Posts said of two organizations ("Acme Cloud CEO" and "Acme Group COO"): both may be held. */
function twoOrganizations(roles: Stated[]): boolean {
  const named = new Set(roles.map((r) => r.role.qualifier?.toLowerCase() ?? ''));
  return !named.has('') && named.size > 1;
}

/** Whether an article that gives one post names another of the dispute's posts beside the person. */
function namedBoth(
  model: Model,
  byTitle: Map<string, Stated[]>,
  texts: ReadonlyMap<string, string>,
  mentions: Entity['mentions'],
): boolean {
  const forms = (title: string): string[] => model.roles.titles[title] ?? [title];
  return [...byTitle].some(([title, roles]) => {
    const others = [...byTitle.keys()].filter((t) => t !== title).flatMap(forms);
    const pattern = new RegExp(
      `\\b(?:${others.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`,
      'iu',
    );
    return [...new Set(roles.map((r) => r.path))].some((path) => {
      const text = texts.get(path) ?? '';
      return mentions
        .filter((m) => m.path === path)
        .some((m) => pattern.test(text.slice(Math.max(0, m.mention.start - BOTH_REACH), m.mention.end + BOTH_REACH)));
    });
  });
}
