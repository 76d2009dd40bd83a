/**
 * attribution-conflict: the same quotation put in different mouths ("the White House said"
 * in one article, "Leavitt stated" in another). A spokesperson of the other speaker is a
 * plausible double attribution: then it is a note (info), otherwise a warning.
 */
import { fold } from '../../normalize/entities.js';
import type { Camp, Entity, Finding, QuoteMention, QuoteValue } from '../../types.js';
import { docsOf, type CompareInput, type Rule, type RuleContext } from './rule.js';
import { addTo } from '../../util/add-to.js';

/** The shorter quotation must have this many words to count as the same quotation inside a longer one. */
const MIN_WORDS = 8;

interface Attributed {
  path: string;
  quote: QuoteMention;
  speaker: Entity | null;
  speakerName: string;
}

export const attributionConflict: Rule = {
  meta: {
    id: 'attribution-conflict',
    title: 'Attribution conflict',
    description: 'The same quotation is attributed to different speakers in different articles.',
    defaultSeverity: 'warning',
    otherSeverities: 'info when one speaker speaks for the other',
    docs: docsOf('attribution-conflict'),
  },
  check(input, ctx) {
    const attributed = attributedQuotes(input);
    const texts = new Map(input.articles.map((a) => [a.article.path, a.article.text]));
    const findings: Finding[] = [];
    const used = new Set<Attributed>();
    const candidates = mayBeSame(attributed);
    for (const [i, a] of attributed.entries()) {
      if (used.has(a)) continue;
      const same = (candidates(i).map((k) => attributed[k]) as Attributed[]).filter(
        (b) => !used.has(b) && sameQuotation(a.quote.normalized, b.quote.normalized),
      );
      const speakers = new Map<string, Attributed[]>();
      for (const q of same) {
        // "Mark Felt" and "W. Mark Felt", "Ed Stefanski" and "Manager Ed Stefanski": one speaker
        const known = [...speakers.keys()].find((k) => sameSpeaker(k, q.speakerName));
        const name = known ?? q.speakerName;
        addTo(speakers, name, q);
      }
      const paths = new Set(same.map((q) => q.path));
      if (speakers.size < 2 || paths.size < 2) continue;
      same.forEach((q) => used.add(q));
      findings.push(finding([...speakers.values()], ctx, texts));
    }
    return findings;
  },
};

function attributedQuotes(input: CompareInput): Attributed[] {
  const out: Attributed[] = [];
  // each entity by where its mentions start, found once (the first entity that holds a place wins)
  const entityAt = new Map<string, Entity>();
  for (const e of input.entities)
    for (const m of e.mentions) {
      const at = `${m.path}|${m.mention.start}`;
      if (!entityAt.has(at)) entityAt.set(at, e);
    }
  for (const { path, quotes } of input.quotes) {
    for (const quote of quotes) {
      if (!quote.speaker || quote.normalized.split(' ').length < MIN_WORDS) continue;
      const speaker = entityAt.get(`${path}|${quote.speaker.start}`) ?? null;
      out.push({ path, quote, speaker, speakerName: speaker?.name ?? quote.speaker.text });
    }
  }
  return out;
}

/** Words a quotation's opening is told by: one quotation can hold another only if it holds its opening. */
const OPENING = 3;

/**
 * For each quotation, in order, the ones that may be the same (itself included): those that open
 * with words it holds, and those that hold its opening. Blocking by openings keeps the pairing
 * near linear in the words quoted, where trying every pair grew with the square of the quotes.
 */
function mayBeSame(attributed: Attributed[]): (i: number) => number[] {
  const grams = attributed.map((a) => {
    const words = a.quote.normalized.split(' ');
    return words.slice(0, words.length - OPENING + 1).map((_, k) => words.slice(k, k + OPENING).join(' '));
  });
  const opening = new Map<string, number[]>();
  const holding = new Map<string, number[]>();
  grams.forEach((list, i) => {
    if (list[0] !== undefined) addTo(opening, list[0], i);
    for (const g of new Set(list)) addTo(holding, g, i);
  });
  return (i) => {
    const found = new Set<number>(holding.get(grams[i]?.[0] ?? '') ?? []);
    for (const g of grams[i] ?? []) for (const k of opening.get(g) ?? []) found.add(k);
    return [...found].sort((x, y) => x - y);
  };
}

function sameSpeaker(a: string, b: string): boolean {
  const words = (s: string) =>
    fold(s)
      .split(/\s+/)
      .filter((w) => w.length > 1);
  const [x, y] = [words(a), words(b)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length > 0 && short.every((w) => long.includes(w));
}

function sameQuotation(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.split(' ').length >= MIN_WORDS && long.includes(short);
}

/** Whether one speaker speaks for the other ("White House press secretary" and "White House"). */
function speaksFor(a: Attributed[], b: Attributed[]): boolean {
  const roleOf = (side: Attributed[]) => side.flatMap((q) => q.speaker?.roles.map((r) => r.role) ?? []);
  const names = (side: Attributed[]) => new Set(side.map((q) => fold(q.speakerName)));
  const related = (x: Attributed[], y: Attributed[]) =>
    roleOf(x).some(
      (r) =>
        r.qualifier &&
        [...names(y)].some((n) => sameSpeaker(n, r.qualifier as string)) &&
        /secretary|spokesperson|envoy|minister/.test(r.title),
    );
  return related(a, b) || related(b, a);
}

/** How far around a quote an article may name a second speaker and so tell the two together. */
const AROUND = 160;

/**
 * Whether an article names side b's speaker right around side a's quote: "Acme's spokeswoman
 * Jane Roe said", "directors Ana Ruiz and Tom Lee said", "said Globex analyst Ben Ito". The two
 * speak together or one for the other: plausibly both.
 */
function toldTogether(a: Attributed[], b: Attributed[], texts: Map<string, string>): boolean {
  const names = [...new Set(b.map((q) => q.speakerName))].map((n) => fold(n));
  return a.some((q) => {
    const text = texts.get(q.path) ?? '';
    const around = fold(text.slice(Math.max(0, q.quote.start - AROUND), q.quote.end + AROUND));
    return names.some(
      (n) =>
        around.includes(n) || ((n.split(' ').pop()?.length ?? 0) > 3 && around.includes(n.split(' ').pop() as string)),
    );
  });
}

function finding(sides: Attributed[][], ctx: RuleContext, texts: Map<string, string>): Finding {
  sides.sort((x, y) => ((x[0]?.path ?? '') < (y[0]?.path ?? '') ? -1 : 1));
  const camps: Camp[] = sides.map((side) => ({
    reading: side[0]?.speakerName ?? '',
    articles: [...new Set(side.map((q) => q.path))].sort(),
  }));
  const evidence = sides.flatMap((side, c) =>
    side.map((q) => {
      const speakerText = q.quote.speaker?.text ?? '';
      const value: QuoteValue = {
        kind: 'quote',
        speaker: q.speakerName,
        speakerText,
        reading: `said by ${q.speakerName}`,
      };
      return ctx.evidenceAt(q.path, q.quote, value, c);
    }),
  );
  // a person and an organization: likely its spokesperson; a spokesperson of the other: plausibly both.
  // Any two people, or two organizations, that do not speak for each other make it a warning.
  const kind = (side: Attributed[]) => side.find((q) => q.speaker)?.speaker?.type;
  const alike = (a: Attributed[], b: Attributed[]) =>
    (kind(a) === 'person' || kind(a) === 'organization') && kind(a) === kind(b);
  const clash = sides.some((a, i) =>
    sides.some(
      (b, j) => i < j && alike(a, b) && !speaksFor(a, b) && !toldTogether(a, b, texts) && !toldTogether(b, a, texts),
    ),
  );
  const plausible = !clash;
  const shortest = sides
    .flat()
    .reduce((s, q) => (q.quote.text.length < s.length ? q.quote.text : s), sides[0]?.[0]?.quote.text ?? '');
  return {
    ruleId: 'attribution-conflict',
    severity: plausible ? 'info' : 'warning',
    confidence: plausible ? 0.6 : 0.75,
    message: message(shortest, camps, plausible),
    subject: 'quotation',
    attribute: 'speaker',
    articlesStating: new Set(sides.flat().map((q) => q.path)).size,
    camps,
    evidence,
  };
}

/** "Same quotation, different speakers: 1 article says White House; 1 article says Karoline Leavitt". */
export function message(quote: string, camps: Camp[], plausible: boolean): string {
  const words = quote.trim().split(/\s+/);
  const short = words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : quote.trim();
  const note = plausible ? ' (one speaks for the other: plausibly both)' : '';
  const sides = camps.map(
    (c) => `${c.articles.length === 1 ? '1 article' : `${c.articles.length} articles`}: ${c.reading}`,
  );
  return `“${short}” is attributed to different speakers: ${sides.join('; ')}${note}`;
}
