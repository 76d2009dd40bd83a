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

/** Each title of an exclusive group → the group's first title, and those first titles, per model. */
const exclusiveGroups = perModel((model) => {
  const groups = model.roles.exclusive ?? [];
  return {
    headOf: new Map(groups.flatMap((group) => group.map((t) => [t, group[0] as string]))),
    heads: new Set(groups.map((group) => group[0] as string)),
  };
});

/**
 * Groups of current roles of one post told at different ranks by different articles, each rank's roles.
 * `texts` (article texts by path) and `mentions` (the person's names) let two posts of an exclusive group
 * stand when an article gives the person the other post too ("COO Jane Doe will serve as interim CEO").
 */
export function rankDisputes(
  model: Model,
  current: Stated[],
  texts: ReadonlyMap<string, string> = new Map(),
  mentions: Entity['mentions'] = [],
): Map<string, Stated[]>[] {
  const byBase = new Map<string, Stated[]>();
  const { headOf, heads } = exclusiveGroups(model);
  for (const r of current) {
    const base = baseTitle(model, r.role.title);
    addTo(byBase, headOf.get(base) ?? base, r);
  }
  const disputes: Map<string, Stated[]>[] = [];
  for (const [base, stated] of byBase) {
    const exclusive = heads.has(base);
    // a post held for now or still to come stands beside another ("interim CEO", "incoming CEO")
    const roles = exclusive ? stated.filter((r) => !provisional(model, r)) : stated;
    const byTitle = new Map<string, Stated[]>();
    for (const r of roles) addTo(byTitle, r.role.title, r);
    if (byTitle.size < 2) continue;
    const articles = [...byTitle.values()].map((rs) => new Set(rs.map((r) => r.path)));
    // different articles: one article naming both posts is its own business
    const apart = articles.some((a, i) => articles.some((b, j) => i !== j && [...a].some((p) => !b.has(p))));
    if (!apart) continue;
    if (exclusive && (twoOrganizations(roles) || namedBoth(model, byTitle, texts, mentions))) continue;
    disputes.push(byTitle);
  }
  return disputes;
}

/**
 * Posts said of two organizations ("Acme Cloud CEO" and "Orbit Group COO"): both may be held. A bare
 * title takes the organization its own article gave that title ("COO Chris Lee" after "Beta Systems chief
 * operating officer Chris Lee").
 */
function twoOrganizations(roles: Stated[]): boolean {
  const given = new Map<string, string>();
  for (const r of roles) if (r.role.qualifier) given.set(`${r.path}|${r.role.title}`, r.role.qualifier.toLowerCase());
  const named = new Set(
    roles.map((r) => r.role.qualifier?.toLowerCase() ?? given.get(`${r.path}|${r.role.title}`) ?? ''),
  );
  return !named.has('') && named.size > 1;
}

/** Roles whose modifiers make them a post held beside another or still to come: no exclusive post. */
const provisional = (model: Model, r: Stated): boolean =>
  r.role.modifiers.some((m) => (model.roles.provisional ?? []).includes(m));

/**
 * Whether an article that gives one post gives the person another of the dispute's posts too: joined
 * before the name ("CEO and COO Jane Doe") or said after it ("COO Priya Nair will serve as interim CEO",
 * "Jane Doe, also the CEO").
 */
function namedBoth(
  model: Model,
  byTitle: Map<string, Stated[]>,
  texts: ReadonlyMap<string, string>,
  mentions: Entity['mentions'],
): boolean {
  const forms = (title: string): string[] => model.roles.titles[title] ?? [title];
  const escape = (f: string): string => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...byTitle].some(([title, roles]) => {
    const others = [...byTitle.keys()]
      .filter((t) => t !== title)
      .flatMap(forms)
      .map(escape)
      .join('|');
    const joinedBefore = new RegExp(`\\b(?:${others})\\s*(?:and|&|/|,)\\s*$`, 'iu');
    const saidAfter = new RegExp(
      `^(?:\\s*,\\s*(?:also\\s+)?(?:the\\s+)?|[^.;,]{0,30}?\\bas\\s+(?:the\\s+)?(?:\\w+\\s+)?)(?:${others})\\b`,
      'iu',
    );
    return roles.some((r) => {
      const text = texts.get(r.path) ?? '';
      const mention = mentions.find((m) => m.path === r.path && m.mention.start === r.mention.start)?.mention;
      const end = mention?.end ?? r.mention.end;
      return (
        joinedBefore.test(text.slice(Math.max(0, r.role.start - 40), r.role.start)) ||
        saidAfter.test(text.slice(end, end + 80))
      );
    });
  });
}
