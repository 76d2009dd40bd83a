/**
 * One identity per real entity across all articles. The merge rules, in order (the reason
 * is kept and shown in reports):
 *
 *  1. alias: a built-in alias (model/entities.json) or a country's other names (gazetteer);
 *  2. same name: equal after folding case, diacritics and "the";
 *  3. spelling variant: equal spelling skeletons (diacritics dropped, a final -iy/-yy/-ii/-yi
 *     read as -y, doubled letters single): "Zelenskyy", "Zelensky", "Zelenskiy";
 *  4. first-name variant: same surname, first names sharing their first four letters
 *     ("Alexis" / "Alexandros" Grigoropoulos);
 *  5. surname: a one-word name is the person of that surname named in full in the same
 *     article, else the only such person in the batch ("Trump" → Donald Trump); an article that
 *     names two people of that surname in full leaves it to neither;
 *  6. first name: a one-word name that is the first name of a person named in full in the
 *     same article ("Alexis").
 *
 * A named thing (a vessel: "MV Salem Star") is merged by its consonants, so that two
 * transliterations ("Salem", "Salim") are one thing and its spellings a spelling variant.
 */
import { perModel } from '../model/derived.js';
import type { Entity, EntityMention, EntityRef, EntityType, MergeReason, Model, Role } from '../types.js';

/** Each alias of model/entities.json, folded → the canonical name it stands for. */
const aliases = perModel(
  (model) =>
    new Map(
      Object.entries(model.entities.aliases).flatMap(([canonical, { names }]) =>
        names.map((n) => [fold(n), canonical] as [string, string]),
      ),
    ),
);

/** Case, diacritics, "the", dots and possessives folded away. */
export function fold(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/['’]s$/u, '')
    .replace(/[.]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The spelling skeleton of rule 3, remembering what it has made: the same names are asked for
 * again and again (every one-word name is checked against each full name of its article), which
 * was most of the resolve stage at 10,000 articles. Make one per batch or story; it goes with it.
 */
export function skeletons(): (name: string) => string {
  const made = new Map<string, string>();
  return (name) => {
    let sk = made.get(name);
    if (sk === undefined) made.set(name, (sk = spellingSkeleton(name)));
    return sk;
  };
}

/** The spelling skeleton of rule 3 (initials such as the "W." of "W. Mark Felt" are left out). */
export function spellingSkeleton(name: string): string {
  const words = fold(name).split(' ');
  const kept =
    words.length > 2 ? words.filter((w, i) => i === words.length - 1 || w.replace(/[^\p{L}]/gu, '').length > 1) : words;
  return kept
    .map((w) =>
      w
        .replace(/[^\p{L}]/gu, '')
        .replace(/(?:iy|yy|ii|yi)$/u, 'y')
        .replace(/(\p{L})\1+/gu, '$1'),
    )
    .join(' ');
}

/** Each word's first letter and the consonants after it, doubled letters single: "salim star" → "slm str". */
export function consonantSkeleton(name: string): string {
  return spellingSkeleton(name)
    .split(' ')
    .map((w) => {
      const consonants =
        (w[0] ?? '') +
        w
          .slice(1)
          .replace(/[aeiouy]/gu, '')
          .replace(/(\p{L})\1+/gu, '$1');
      // a short word says too little by its consonants ("Lia", "Leo"): it must be spelled alike
      return consonants.length >= 3 ? consonants : w;
    })
    .join(' ');
}

/**
 * The key of each named thing's name: its consonants, unless one article writes two names of those
 * consonants ("MV Lina" and "MV Lena" that collided): then two things, each by its own spelling.
 */
function thingKeys(articles: { path: string; entities: EntityMention[] }[]): (name: string) => string {
  const torn = new Set<string>();
  for (const { entities } of articles) {
    const seen = new Map<string, string>();
    for (const m of entities.filter((e) => e.type === 'thing')) {
      const [key, spelled] = [consonantSkeleton(m.text), fold(m.text)];
      if (seen.has(key) && seen.get(key) !== spelled) torn.add(key);
      seen.set(key, spelled);
    }
  }
  return (name) => {
    const key = consonantSkeleton(name);
    return torn.has(key) ? `thing:=${fold(name)}` : `thing:${key}`;
  };
}

/** A full name without the generation word after its surname ("Mark Hollis III" → "Mark Hollis"). */
function withoutGeneration(name: string, generations: ReadonlySet<string>): string {
  const words = name.trim().split(/\s+/u);
  const last = fold(words[words.length - 1] ?? '').replace(/[^\p{L}]/gu, '');
  return words.length > 2 && generations.has(last) ? words.slice(0, -1).join(' ') : name;
}

/** The canonical name a built-in alias stands for ("U.S." → United States), or undefined. */
export function aliasOf(model: Model, name: string): string | undefined {
  return aliases(model).get(fold(name));
}

/** Rule 1: the canonical name of an alias or a country spelling, else the name itself. */
function canonicalName(model: Model, name: string, type: EntityType): { name: string; alias: boolean } {
  const alias = aliases(model).get(fold(name));
  if (alias) return { name: alias, alias: true };
  if (type === 'place') {
    const country = model.places.countryNamed(name);
    if (country && fold(country.name) !== fold(name)) return { name: country.name, alias: true };
  }
  return { name, alias: false };
}

interface Draft {
  type: EntityType;
  refs: (EntityRef & { reason: MergeReason })[];
}

export function resolveEntities(model: Model, articles: { path: string; entities: EntityMention[] }[]): Entity[] {
  const skeleton = skeletons();
  const drafts = new Map<string, Draft>();
  const add = (key: string, type: EntityType, ref: EntityRef, reason: MergeReason): void => {
    const draft = drafts.get(key) ?? { type, refs: [] };
    draft.refs.push({ ...ref, reason });
    drafts.set(key, draft);
  };
  const thingKey = thingKeys(articles);
  // Places and organizations: by canonical name; an organization of two words or more by its spelling
  // skeleton too ("Kessler Holdings" and "Kesler Holdings"), as people are (rule 3)
  for (const { path, entities } of articles) {
    for (const mention of entities) {
      if (mention.type === 'person') continue;
      const c = canonicalName(model, mention.text, mention.type);
      // a named thing by its consonants: "MV Salem Star" and "MV Salim Star" are two transliterations of one
      if (mention.type === 'thing') {
        add(thingKey(mention.text), 'thing', { path, mention }, 'spelling variant');
        continue;
      }
      const spelled = mention.type === 'organization' && !c.alias && c.name.trim().includes(' ');
      const key = `${mention.type}:${spelled ? skeleton(c.name) : fold(c.name)}`;
      add(key, mention.type, { path, mention }, c.alias ? 'alias' : 'same name');
    }
  }
  // People named in full: by skeleton, then first-name variants of one surname.
  const people = new Map<string, string>(); // skeleton of full name → key
  const bySurname = new Map<string, Set<string>>(); // surname skeleton → keys
  const generations = new Set(model.entities.generations ?? []);
  // a full name's skeleton without its generation word ("Mark Hollis III" is "mark holis")
  const personSkeleton = (name: string): string => skeleton(withoutGeneration(name, generations));
  for (const { path, entities } of articles) {
    for (const mention of entities.filter((m) => m.type === 'person' && m.text.includes(' '))) {
      const sk = personSkeleton(mention.text);
      const same = people.get(sk);
      const variant = same ? undefined : firstNameVariant(sk, bySurname);
      const key = same ?? variant ?? `person:${sk}`;
      add(key, 'person', { path, mention }, variant ? 'first-name variant' : 'same name');
      people.set(sk, key);
      const surname = sk.split(' ').pop() as string;
      bySurname.set(surname, (bySurname.get(surname) ?? new Set()).add(key));
    }
  }
  // One-word names: the article's own full names first, then the batch's, else their own entity.
  // first word of a full name's skeleton → keys, in the order of `people`
  const byFirst = new Map<string, Set<string>>();
  for (const [full, k] of people) {
    const first = full.split(' ')[0] as string;
    byFirst.set(first, (byFirst.get(first) ?? new Set()).add(k));
  }
  for (const { path, entities } of articles) {
    const here = articleNames(entities, people, personSkeleton);
    for (const mention of entities.filter((m) => m.type === 'person' && !m.text.includes(' '))) {
      const sk = skeleton(mention.text);
      // "Peterson" in an article that names Laci and Scott Peterson is neither: no merge
      const sameSurname = here.bySurname.get(sk);
      const ambiguous = (sameSurname?.size ?? 0) > 1;
      const exact = here.byFirst.get(sk);
      const prefix = sk.length >= 4 ? here.byPrefix.get(sk.slice(0, 4)) : undefined;
      const byFirstHere = exact === undefined ? prefix : prefix === undefined ? exact : Math.min(exact, prefix);
      const batch = [...(bySurname.get(sk) ?? [])];
      const batchFirst = [...(byFirst.get(sk) ?? [])];
      const surnameKey =
        sameSurname?.size === 1 ? [...sameSurname][0] : batch.length === 1 && !ambiguous ? batch[0] : undefined;
      const firstKey =
        byFirstHere !== undefined ? here.keys[byFirstHere] : batchFirst.length === 1 ? batchFirst[0] : undefined;
      const key = surnameKey ?? firstKey;
      if (key) add(key, 'person', { path, mention }, surnameKey ? 'surname' : 'first name');
      else add(`person:${sk}`, 'person', { path, mention }, 'same name');
    }
  }
  return [...drafts.entries()]
    .map(([key, draft]) => finish(model, key, draft, skeleton))
    .sort((a, b) => b.mentions.length - a.mentions.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * An article's full names, indexed once (a long article names thousands): their keys in order, the
 * keys by surname, and the first position of each first name and of each first name's first four
 * letters (names of four letters or more), which `sameFirstName` matches.
 */
function articleNames(
  entities: EntityMention[],
  people: Map<string, string>,
  skeleton: (name: string) => string,
): {
  keys: (string | undefined)[];
  bySurname: Map<string, Set<string | undefined>>;
  byFirst: Map<string, number>;
  byPrefix: Map<string, number>;
} {
  const keys: (string | undefined)[] = [];
  const bySurname = new Map<string, Set<string | undefined>>();
  const byFirst = new Map<string, number>();
  const byPrefix = new Map<string, number>();
  for (const m of entities) {
    if (m.type !== 'person' || !m.text.includes(' ')) continue;
    const words = skeleton(m.text).split(' ');
    const key = people.get(words.join(' '));
    const [first, surname] = [words[0] ?? '', words[words.length - 1] as string];
    const at = keys.push(key) - 1;
    bySurname.set(surname, (bySurname.get(surname) ?? new Set()).add(key));
    if (!byFirst.has(first)) byFirst.set(first, at);
    if (first.length >= 4 && !byPrefix.has(first.slice(0, 4))) byPrefix.set(first.slice(0, 4), at);
  }
  return { keys, bySurname, byFirst, byPrefix };
}

/** Equal first names, or (four letters or more) sharing their first four letters: "Alexis" / "Alexandros". */
function sameFirstName(a: string, b: string): boolean {
  return a === b || (a.length >= 4 && b.length >= 4 && a.slice(0, 4) === b.slice(0, 4));
}

/** Rule 4: a person of the same surname whose first name shares four letters with this one. */
function firstNameVariant(sk: string, bySurname: Map<string, Set<string>>): string | undefined {
  const words = sk.split(' ');
  const first = words[0] ?? '';
  const surname = words[words.length - 1] ?? '';
  if (first.length < 4) return undefined;
  for (const key of bySurname.get(surname) ?? []) {
    const otherFirst = key.slice('person:'.length).split(' ')[0] ?? '';
    if (otherFirst !== first && otherFirst.slice(0, 4) === first.slice(0, 4)) return key;
  }
  return undefined;
}

/** Why `written` stands for `display`: a spelling difference in a shared word is rule 3, whatever merged it. */
function reasonFor(
  written: string,
  display: string,
  merged: MergeReason,
  skeleton: (name: string) => string,
): MergeReason {
  if (fold(written) === fold(display)) return 'same name';
  if (merged === 'alias') return 'alias';
  const words = fold(written).split(' ');
  const displayWords = fold(display).split(' ');
  const spelled = words.some((w) => !displayWords.includes(w) && displayWords.some((d) => skeleton(d) === skeleton(w)));
  return spelled ? 'spelling variant' : merged;
}

function finish(model: Model, key: string, draft: Draft, skeleton: (name: string) => string): Entity {
  const counts = new Map<string, { name: string; reason: MergeReason; articles: Set<string>; n: number }>();
  for (const ref of draft.refs) {
    const name = ref.mention.text;
    const entry = counts.get(name) ?? { name, reason: ref.reason, articles: new Set(), n: 0 };
    entry.articles.add(ref.path);
    entry.n++;
    // a spelling seen both ways keeps the plainer reason
    if (ref.reason === 'same name') entry.reason = 'same name';
    counts.set(name, entry);
  }
  // a person's or a thing's display name is its fullest, most written spelling; others' the canonical name
  const known =
    key.startsWith('person:') || key.startsWith('thing:')
      ? null
      : canonicalName(model, draft.refs[0]?.mention.text ?? '', draft.type).name;
  const full = [...counts.values()].sort(
    (a, b) => b.name.split(' ').length - a.name.split(' ').length || b.n - a.n || (a.name < b.name ? -1 : 1),
  );
  const name = known ?? full[0]?.name ?? key;
  const names = [...counts.values()]
    .map((e) => ({
      name: e.name,
      reason: reasonFor(e.name, name, e.reason, skeleton),
      articles: [...e.articles].sort(),
    }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const mentions = draft.refs.map(({ path, mention }) => ({ path, mention }));
  return {
    id: key,
    type: draft.type,
    name,
    names,
    mentions,
    roles: draft.refs
      .filter((r) => r.mention.role)
      .map((r) => ({ path: r.path, role: r.mention.role as Role, mention: r.mention })),
    articles: [...new Set(mentions.map((m) => m.path))].sort(),
  };
}
