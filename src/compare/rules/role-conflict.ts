/**
 * role-conflict: articles give one person the same title but disagree on whether they
 * still hold it ("former U.S. President Donald Trump" vs "President Trump").
 */
import type { Camp, Entity, Finding, Model, Role, RoleValue } from '../../types.js';
import { perModel } from '../../model/derived.js';
import { articlesSay } from '../labels.js';
import { docsOf, type Rule, type RuleContext } from './rule.js';
import { addTo } from '../../util/add-to.js';
import { rankDisputes } from '../titles.js';

/** Modifiers that put a role in the past ("former"), per model. */
const pastModifiers = perModel((model) => new Set(model.roles.past));
/** Words that tell a role at its change, and the words that may stand between, per model. */
const changeWords = perModel((model) => ({
  changes: new Set(model.roles.changes ?? []),
  skips: new Set(model.roles.changeSkips ?? []),
}));

/** "former coach Sam Reed, now at Dover United": a past role said of where the person was, not against "coach". */
function movedOn(model: Model, text: string, end: number): boolean {
  return movedOnPattern(model).test(text.slice(end, end + 40).toLowerCase());
}

/** The movedOn words of model/roles.json as one pattern, compiled once per model (not per role). */
const movedOnPattern = perModel((model) =>
  (model.roles.movedOn ?? []).length === 0
    ? /(?!)/u
    : new RegExp(`^\\s*,\\s*(?:${(model.roles.movedOn ?? []).map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b`, 'u'),
);

/** How far back from a role its change word is looked for, in characters. */
const CHANGE_REACH = 60;

/**
 * A role told at its change ("the team fired president John Miller", "rehired her former lawyer"):
 * it says when the role began or ended, not whether it is held now.
 */
function toldAtChange(model: Model, text: string, start: number): boolean {
  const { changes, skips } = changeWords(model);
  const words = text
    .slice(Math.max(0, start - CHANGE_REACH), start)
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .filter(Boolean);
  let k = words.length - 1;
  while (k >= 0 && skips.has(words[k] as string)) k--;
  return k >= 0 && changes.has(words[k] as string);
}

/** The organization a role names after it ("the former coach of the Denver Owls"), or "". */
function organizationAfter(text: string, end: number): string {
  const match = /^\s+(?:of|at|for)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’.-]*\s?)+)/u.exec(text.slice(end, end + 80));
  return match?.[1]?.trim() ?? '';
}

type Tense = 'past' | 'current';

const tenseOf = (past: Set<string>, role: Role): Tense =>
  role.modifiers.some((m) => past.has(m)) ? 'past' : 'current';

export function roleReading(role: Role): string {
  const words = [...role.modifiers, role.qualifier ?? '', role.title].filter(Boolean);
  return words.join(' ');
}

export const roleConflict: Rule = {
  meta: {
    id: 'role-conflict',
    title: 'Role conflict',
    description:
      'Articles disagree about whether a person holds a role ("former President" against "President"), ' +
      'or at which rank ("deputy minister" against "minister").',
    defaultSeverity: 'warning',
    docs: docsOf('role-conflict'),
  },
  check(input, ctx) {
    const quotes = new Map(input.quotes.map((q) => [q.path, q.quotes]));
    // what a quoted speaker calls someone is the speaker's word, not the article's
    const ownWords = (path: string, start: number): boolean =>
      !(quotes.get(path) ?? []).some((q) => q.start <= start && start < q.end);
    const texts = new Map(input.articles.map((a) => [a.article.path, a.article.text]));
    const PAST = pastModifiers(ctx.model);
    const comparable = (r: Entity['roles'][number]): boolean =>
      ownWords(r.path, r.role.start) &&
      !toldAtChange(ctx.model, texts.get(r.path) ?? '', r.role.start) &&
      !(
        tenseOf(PAST, r.role) === 'past' &&
        movedOn(ctx.model, texts.get(r.path) ?? '', Math.max(r.role.end, r.mention.end))
      );
    return input.entities
      .filter((e) => e.type === 'person')
      .flatMap((entity) => {
        const person = { ...entity, roles: entity.roles.filter(comparable) };
        return [...checkPerson(person, ctx, texts), ...checkRanks(person, ctx, texts)];
      });
  },
};

/** "Lena Ortiz: 1 article says deputy minister; 1 article says minister": one post told at two ranks. */
function checkRanks(entity: Entity, ctx: RuleContext, texts: ReadonlyMap<string, string>): Finding[] {
  const PAST = pastModifiers(ctx.model);
  const current = entity.roles.filter((r) => tenseOf(PAST, r.role) === 'current');
  return rankDisputes(ctx.model, current, texts, entity.mentions).map((byTitle) => {
    const titles = [...byTitle.keys()].sort();
    const camps: Camp[] = titles.map((t) => ({
      reading: t,
      articles: [...new Set((byTitle.get(t) ?? []).map((r) => r.path))].sort(),
    }));
    const evidence = titles.flatMap((t, c) => (byTitle.get(t) ?? []).map((r) => roleEvidence(entity, r, c, ctx)));
    return {
      ruleId: 'role-conflict' as const,
      severity: 'warning' as const,
      confidence: 0.7,
      message: `Post of ${entity.name}: ${camps.map(articlesSay).join('; ')}`,
      subject: entity.name,
      attribute: `post: ${titles.join(' / ')}`,
      articlesStating: new Set(current.map((r) => r.path)).size,
      camps,
      evidence,
    };
  });
}

/** A stated role as evidence: the role and the name it is said of. */
function roleEvidence(entity: Entity, r: Entity['roles'][number], camp: number, ctx: RuleContext) {
  const value: RoleValue = {
    kind: 'role',
    entity: entity.name,
    title: r.role.title,
    modifiers: r.role.modifiers,
    qualifier: r.role.qualifier,
    reading: roleReading(r.role),
  };
  const span = { start: Math.min(r.role.start, r.mention.start), end: Math.max(r.role.end, r.mention.end) };
  return ctx.evidenceAt(r.path, span, value, camp);
}

function checkPerson(entity: Entity, ctx: RuleContext, texts: Map<string, string>): Finding[] {
  const PAST = pastModifiers(ctx.model);
  // a role is compared with the same title at the same organization, when one is named after it
  const byTitle = new Map<string, Entity['roles']>();
  for (const r of entity.roles)
    addTo(byTitle, `${r.role.title}|${organizationAfter(texts.get(r.path) ?? '', r.role.end)}`, r);
  const findings: Finding[] = [];
  for (const [titleAt, stated] of byTitle) {
    const title = titleAt.slice(0, titleAt.indexOf('|'));
    const tenses: Tense[] = ['current', 'past'];
    const sides = tenses.map((t) => stated.filter((r) => tenseOf(PAST, r.role) === t));
    const [current, past] = sides as [Entity['roles'], Entity['roles']];
    if (current.length === 0 || past.length === 0) continue;
    const articlesOf = (rs: Entity['roles']) => [...new Set(rs.map((r) => r.path))].sort();
    // one article saying both is its own business; the conflict is between articles
    if (
      articlesOf(current).every((a) => articlesOf(past).includes(a)) &&
      articlesOf(past).every((a) => articlesOf(current).includes(a))
    )
      continue;
    // each article in one camp: one that gives the title both ways has a camp of its own
    const mixed = new Set(articlesOf(current).filter((a) => articlesOf(past).includes(a)));
    const pastWords = [...new Set(past.flatMap((r) => r.role.modifiers.filter((m) => PAST.has(m))))].join('/');
    const sides2 = [
      { reading: `${title} (now)`, roles: current.filter((r) => !mixed.has(r.path)) },
      { reading: `${pastWords} ${title}`, roles: past.filter((r) => !mixed.has(r.path)) },
      { reading: `both ${title} (now) and ${pastWords} ${title}`, roles: stated.filter((r) => mixed.has(r.path)) },
    ].filter((side) => side.roles.length > 0);
    const camps: Camp[] = sides2.map((side) => ({ reading: side.reading, articles: articlesOf(side.roles) }));
    const evidence = sides2
      .map((side) => side.roles)
      .flatMap((side, c) =>
        [...side]
          .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.role.start - b.role.start)
          .map((r) => roleEvidence(entity, r, c, ctx)),
      );
    findings.push({
      ruleId: 'role-conflict',
      severity: 'warning',
      confidence: 0.8,
      message: message(entity.name, title, camps),
      subject: entity.name,
      attribute: title,
      articlesStating: new Set(stated.map((r) => r.path)).size,
      camps,
      evidence,
    });
  }
  return findings;
}

/** "Donald Trump: 4 articles say president (now); 1 article says former president". */
export function message(person: string, title: string, camps: Camp[]): string {
  return `Role of ${person} as ${title}: ${camps.map(articlesSay).join('; ')}`;
}
