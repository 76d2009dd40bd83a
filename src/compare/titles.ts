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

/** Groups of current roles of one post told at different ranks by different articles, each rank's roles. */
export function rankDisputes(model: Model, current: Stated[]): Map<string, Stated[]>[] {
  const byBase = new Map<string, Stated[]>();
  const groups = exclusiveGroups(model);
  for (const r of current) {
    const base = baseTitle(model, r.role.title);
    addTo(byBase, groups.get(base) ?? base, r);
  }
  const disputes: Map<string, Stated[]>[] = [];
  for (const roles of byBase.values()) {
    const byTitle = new Map<string, Stated[]>();
    for (const r of roles) addTo(byTitle, r.role.title, r);
    if (byTitle.size < 2) continue;
    const articles = [...byTitle.values()].map((rs) => new Set(rs.map((r) => r.path)));
    // different articles: one article naming both posts is its own business
    const apart = articles.some((a, i) => articles.some((b, j) => i !== j && [...a].some((p) => !b.has(p))));
    if (apart) disputes.push(byTitle);
  }
  return disputes;
}
