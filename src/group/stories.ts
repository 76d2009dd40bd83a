/**
 * Which articles tell the same story. A batch may hold several events of one kind (two
 * earthquakes, two shootings): facts are compared only inside a story.
 *
 * Each article becomes a TF-IDF vector of what tells stories apart: the entities it names
 * (canonical, so "U.S." and "United States" count once), years and dates, measured figures
 * (a magnitude, a sum, a clock time), and its content words, those of its lead counting more.
 * Two articles from different years, or whose first weekday differs ("on Sunday", "on Thursday"),
 * count as less alike. Articles are clustered by average linkage over their nearest neighbours
 * (found with an inverted index, so the cost grows with the batch, not with its square), merging
 * while the average similarity between two clusters stays above a threshold.
 */
import { tokenizeArticle } from '../text/tokens.js';
import type { Entity, GroupMode, Model, ParsedArticle, QuantityMention } from '../types.js';
import { addTo } from '../util/add-to.js';
import { yearIn } from '../text/years.js';

/** Average cosine similarity above which two clusters are one story. */
export const STORY_THRESHOLD = 0.15;
/** Neighbours kept per article. */
const NEIGHBOURS = 30;
/** Features in more than this share of articles say nothing about which story (skipped in the index). */
const COMMON = 0.3;
/** ...and never more than this many: a feature shared by 500 articles tells no story apart, and scanning it costs. */
const COMMON_CAP = 500;
const WEIGHT = { entity: 2, date: 2, figure: 2, word: 1 } as const;
const STOP = new Set(
  [
    'said says would could should also which their there about after before while where when with from that this',
    'these those have been were will more than into over under other some such only just very most many much what',
    'your they them then year years time people according',
  ]
    .join(' ')
    .split(' '),
);

interface ArticleFeatures {
  path: string;
  /** Feature (its number in `FeatureIds`) → weight. */
  features: Map<number, number>;
  /** The publication year, else the latest year the article names. */
  year: number | null;
  /** The weekday the article names first ("on Sunday"): the day its story happened, usually. */
  weekday: string | null;
  /** The first figure the article gives that names its event (a quake's magnitude), by dimension. */
  identity: Record<string, number>;
}

/**
 * A batch of at least this many articles is read as a mix of stories: a differing weekday and
 * the look-alike threshold for two large stories apply. A smaller batch was most likely gathered
 * about one story, and those weaker signals would only split it.
 */
export const MIXED_BATCH = 50;

/** Articles from different years are seldom one story: their similarity counts this much. */
const OTHER_YEAR = 0.5;
/** Articles whose first weekday differs ("on Sunday" and "on Thursday") are less often one story. */
const OTHER_WEEKDAY = 0.6;

/** The stories of a batch, as lists of article paths (sorted; stories in order of their first article). */
export function groupStories(
  model: Model,
  articles: { parsed: ParsedArticle; mentions: QuantityMention[] }[],
  entities: Entity[],
  mode: GroupMode,
  threshold = STORY_THRESHOLD,
): string[][] {
  const paths = articles.map((a) => a.parsed.article.path).sort();
  if (mode === 'none' || paths.length < 2) return [paths];
  if (mode === 'dir') {
    const byDir = new Map<string, string[]>();
    for (const p of paths) {
      const dir = p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '.';
      addTo(byDir, dir, p);
    }
    return [...byDir.values()];
  }
  return cluster(storyVectors(model, articles, entities).vectors, threshold, identityApartBy(model));
}

/** How far apart two groups' most-given identity figures tell two events, by dimension (model/events.json). */
function identityApartBy(model: Model): Record<string, number> {
  const share = model.events.storyIdentityShare ?? 0;
  if (share <= 0) return {};
  return Object.fromEntries(Object.entries(model.events.identity ?? {}).map(([d, t]) => [d, (t ?? 0) * share]));
}

/** A group's identity figures, for explaining (`figuresApart`). */
export type StoryFigures = EventFigures;

/** The identity figures of a group of articles, gathered once. */
export function storyFigures(vectors: Vector[]): StoryFigures {
  const found: EventFigures = new Map();
  for (const v of vectors) addFigures(found, eventFigures(v.identity));
  return found;
}

/** "magnitude 5.6 here, 5.9 there": the identity figures that keep two groups of a mixed batch apart. */
export function figuresApart(model: Model, fa: StoryFigures, fb: StoryFigures): string[] {
  return Object.entries(identityApartBy(model))
    .filter(([d, limit]) => twoEvents(fa, fb, { [d]: limit }))
    .map(([d]) => `${d} ${fa.get(d)?.mode} here, ${fb.get(d)?.mode} there`);
}

/**
 * Each article's TF-IDF vector (in the order given) and the name of each feature number: "e:<entity id>",
 * "d:<day>", "q:<dimension>:<low>:<high>", "y:<year>", "w:<stem>". Grouping and `factdiff stories` both read them.
 */
export function storyVectors(
  model: Model,
  articles: { parsed: ParsedArticle; mentions: QuantityMention[] }[],
  entities: Entity[],
): { vectors: Vector[]; names: string[] } {
  // each article's entities with their mention counts, in the order of `entities`: one pass over the mentions
  const named = new Map<string, [string, number][]>();
  for (const e of entities) {
    const counts = new Map<string, number>();
    for (const m of e.mentions) counts.set(m.path, (counts.get(m.path) ?? 0) + 1);
    for (const [path, n] of counts) {
      const list = named.get(path) ?? [];
      list.push([e.id, n]);
      named.set(path, list);
    }
  }
  // features are numbered as first met: one number per feature, not one string per article (memory at 10,000 articles)
  const ids: FeatureIds = new Map();
  const weekdays = new Set(Object.keys(model.calendar.weekdays));
  const vectors = tfidf(
    articles.map((a) =>
      features(
        a.parsed,
        a.mentions,
        named.get(a.parsed.article.path) ?? [],
        ids,
        weekdays,
        model.calendar.years.named,
        new Set(Object.keys(model.events.identity ?? {})),
        // a small batch is most likely about one story, told with different leads: weighing them would split it
        (articles.length >= MIXED_BATCH && model.events.storyLead) || { sentences: 0, weight: 1 },
      ),
    ),
  );
  const names: string[] = [];
  for (const [name, id] of ids) names[id] = name;
  return { vectors, names };
}

type FeatureIds = Map<string, number>;

function features(
  parsed: ParsedArticle,
  mentions: QuantityMention[],
  named: [string, number][],
  ids: FeatureIds,
  weekdays: Set<string>,
  years: [number, number],
  identityDimensions: ReadonlySet<string>,
  lead: { sentences: number; weight: number },
): ArticleFeatures {
  const path = parsed.article.path;
  const counts = new Map<number, number>();
  const add = (key: string, weight: number) => {
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    counts.set(id, (counts.get(id) ?? 0) + weight);
  };
  for (const [id, n] of named) add(`e:${id}`, WEIGHT.entity * Math.min(n, 3));
  for (const m of mentions) {
    if (m.value.dimension === 'date') {
      // a bare year ("in 2002") is counted as the year it writes (below), not as a day
      if (!/^\d{4}$/.test(m.text)) add(`d:${m.value.low}`, WEIGHT.date);
    }
    // a measured figure ("6.1-magnitude", "$2.6 million", "2:09 a.m.") is told by every article of its story,
    // and seldom by another
    else if (m.value.dimension !== 'count') add(`q:${m.value.dimension}:${m.value.low}:${m.value.high}`, WEIGHT.figure);
  }
  // the article's tokens, made for its features and let go after them
  const bySentence = tokenizeArticle(parsed).tokens;
  // the headline and lead say what happened; the body wanders into background and other events
  bySentence.forEach((sentence, k) => {
    const word = WEIGHT.word * (k < lead.sentences ? lead.weight : 1);
    for (const t of sentence) {
      if (yearIn(t, years) !== null) add(`y:${t.text}`, WEIGHT.date);
      else if (t.kind === 'word' && t.lower.length >= 4 && !STOP.has(t.lower)) add(`w:${stem(t.lower)}`, word);
    }
  });
  const tokens = bySentence.flat();
  let year = parsed.article.date ? Number(parsed.article.date.slice(0, 4)) : null;
  if (year === null) for (const t of tokens) if (yearIn(t, years) !== null) year = Math.max(year ?? 0, Number(t.text));
  const weekday = tokens.find((t) => weekdays.has(t.lower))?.lower ?? null;
  const identity: Record<string, number> = {};
  for (const m of mentions)
    if (identityDimensions.has(m.value.dimension) && identity[m.value.dimension] === undefined)
      identity[m.value.dimension] = m.value.amount;
  return { path, features: counts, year, weekday, identity };
}

/** A light stem, enough to count "quake" and "quakes", "killed" and "killing" once. */
function stem(word: string): string {
  return word.replace(/(?:ings?|edly|ed|es|s|ly)$/u, '') || word;
}

export interface Vector {
  path: string;
  /**
   * The article's features (numbers) and their weights, in the order first met: two compact arrays, not a map
   * per article.
   */
  features: Int32Array;
  weights: Float64Array;
  year: number | null;
  weekday: string | null;
  identity: Record<string, number>;
}

/**
 * Inverse document frequency as if the batch held at least this many articles: in a batch of
 * five articles about one call, the words all five share must still count.
 */
const MIN_CORPUS = 50;

function tfidf(docs: ArticleFeatures[]): Vector[] {
  const df = new Map<number, number>();
  for (const d of docs) for (const f of d.features.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  const n = Math.max(docs.length, MIN_CORPUS);
  return docs.map((d) => {
    const features: number[] = [];
    const weights: number[] = [];
    let norm = 0;
    for (const [f, tf] of d.features) {
      const w = (1 + Math.log(tf)) * Math.log((n + 1) / ((df.get(f) ?? 0) + 0.5));
      if (w <= 0) continue;
      features.push(f);
      weights.push(w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < weights.length; k++) weights[k] = (weights[k] as number) / norm;
    d.features.clear(); // done with: let it go before the next article's weights are made
    return {
      path: d.path,
      features: Int32Array.from(features),
      weights: Float64Array.from(weights),
      year: d.year,
      weekday: d.weekday,
      identity: d.identity,
    };
  });
}

/** Cosine similarities to each article's nearest neighbours, through an inverted index. */
function neighbours(vectors: Vector[]): Map<number, number>[] {
  // the inverted index in two flat arrays: feature f's articles (in batch order) and their
  // weights are at [first[f], first[f + 1]) of `ids` and `ws`
  const count = vectors.reduce((n, v) => v.features.reduce((m, f) => Math.max(m, f + 1), n), 0);
  const first = new Int32Array(count + 1);
  for (const v of vectors) for (const f of v.features) first[f + 1] = (first[f + 1] as number) + 1;
  for (let f = 0; f < count; f++) first[f + 1] = (first[f + 1] as number) + (first[f] as number);
  const ids = new Int32Array(first[count] as number);
  const ws = new Float64Array(first[count] as number);
  const next = first.slice(0, count);
  vectors.forEach((v, i) => {
    for (let a = 0; a < v.features.length; a++) {
      const f = v.features[a] as number;
      const at = next[f] as number;
      next[f] = at + 1;
      ids[at] = i;
      ws[at] = v.weights[a] as number;
    }
  });
  // small batches compare everything; large ones skip features too common to tell stories apart
  const limit = vectors.length < 100 ? Infinity : Math.min(COMMON_CAP, Math.floor(vectors.length * COMMON));
  const mixed = vectors.length >= MIXED_BATCH;
  // scores summed in arrays indexed by article (the same additions in the same order as a map
  // of scores, without its cost: this loop was most of the grouping on 10,000 articles)
  const score = new Float64Array(vectors.length);
  const touched = new Uint8Array(vectors.length);
  return vectors.map((v, i) => {
    const found: number[] = [];
    for (let a = 0; a < v.features.length; a++) {
      const f = v.features[a] as number;
      const w = v.weights[a] as number;
      const from = first[f] as number;
      const to = first[f + 1] as number;
      if (to - from > limit) continue;
      for (let k = from; k < to; k++) {
        const j = ids[k] as number;
        if (j === i) continue;
        if (touched[j] === 0) {
          touched[j] = 1;
          found.push(j);
        }
        score[j] = (score[j] as number) + w * (ws[k] as number);
      }
    }
    // the NEIGHBOURS best, highest score first (ties: lower index): what sorting all would keep
    const top: [number, number][] = [];
    for (const j of found) {
      let s = score[j] as number;
      score[j] = 0;
      touched[j] = 0;
      const other = vectors[j] as Vector;
      if (v.year !== null && other.year !== null && other.year !== v.year) s *= OTHER_YEAR;
      if (mixed && v.weekday !== null && other.weekday !== null && other.weekday !== v.weekday) s *= OTHER_WEEKDAY;
      if (top.length === NEIGHBOURS && !before(s, j, top[NEIGHBOURS - 1] as [number, number])) continue;
      let at = top.length;
      while (at > 0 && before(s, j, top[at - 1] as [number, number])) at--;
      top.splice(at, 0, [j, s]);
      if (top.length > NEIGHBOURS) top.pop();
    }
    return new Map(top);
  });
}

/** Whether score `s` of article `j` ranks before `other`: higher score, then lower index. */
function before(s: number, j: number, other: [number, number]): boolean {
  return s > other[1] || (s === other[1] && j < other[0]);
}

/** A short article alone in its cluster joins the cluster it is on average closest to, if close enough. */
const STRAGGLER = 0.04;

function attachStragglers(
  members: Map<number, number[]>,
  near: Map<number, number>[],
  apart: (a: number, b: number) => boolean = () => false,
  joined: (a: number, into: number) => void = () => undefined,
): void {
  const clusterOf = new Map<number, number>();
  for (const [id, list] of members) for (const i of list) clusterOf.set(i, id);
  for (const [id, list] of [...members.entries()]) {
    if (list.length !== 1) continue;
    const i = list[0] as number;
    const totals = new Map<number, number>();
    for (const [j, s] of near[i] ?? []) {
      const c = clusterOf.get(j) as number;
      if (c !== id) totals.set(c, (totals.get(c) ?? 0) + s);
    }
    let best: [number, number] | null = null;
    for (const [c, total] of totals) {
      const avg = total / (members.get(c)?.length ?? 1);
      if (avg >= STRAGGLER && !apart(id, c) && (!best || avg > best[1] || (avg === best[1] && c < best[0])))
        best = [c, avg];
    }
    if (!best) continue;
    joined(id, best[0]);
    members.get(best[0])?.push(i);
    members.delete(id);
    clusterOf.set(i, best[0]);
  }
}

/**
 * Two stories each told by this many articles or more are look-alikes (two quakes, two heists)
 * unless clearly alike: they merge only above STORY_THRESHOLD_BIG. A few articles still join a
 * story at the ordinary threshold.
 */
const BIG_STORY = 6;
export const STORY_THRESHOLD_BIG = 0.25;

export function joinThreshold(a: number, b: number, threshold: number): number {
  return Math.min(a, b) >= BIG_STORY ? Math.max(threshold, STORY_THRESHOLD_BIG) : threshold;
}

/** Average-linkage clustering over the neighbour graph (missing edges count as 0). */
function cluster(vectors: Vector[], threshold: number, apartBy: Record<string, number> = {}): string[][] {
  const mixed = vectors.length >= MIXED_BATCH;
  // each live cluster's identity figures by dimension (a quake's magnitude, one per article)
  const figures = new Map<number, EventFigures>();
  vectors.forEach((v, i) => figures.set(i, eventFigures(v.identity)));
  const near = neighbours(vectors);
  // symmetric similarity between live clusters
  const sims = new Map<number, Map<number, number>>();
  const size = new Map<number, number>();
  const members = new Map<number, number[]>();
  vectors.forEach((_, i) => {
    size.set(i, 1);
    members.set(i, [i]);
    sims.set(i, new Map());
  });
  near.forEach((m, i) => {
    for (const [j, s] of m) {
      sims.get(i)?.set(j, s);
      sims.get(j)?.set(i, s);
    }
  });
  // the closest pair first (ties: lower a, then lower b), from a heap of candidate pairs; an entry
  // whose pair has merged away or whose similarity has changed since is passed over
  const heap = new PairHeap();
  for (const [a, m] of sims) for (const [b, s] of m) if (a < b && s >= threshold) heap.push([s, a, b]);
  for (;;) {
    let best: [number, number, number] | undefined;
    while ((best = heap.pop())) {
      const [s, a, b] = best;
      if (
        sims.get(a)?.get(b) === s &&
        sims.has(b) &&
        (!mixed || s >= joinThreshold(size.get(a) as number, size.get(b) as number, threshold)) &&
        !(mixed && twoEvents(figures.get(a), figures.get(b), apartBy))
      )
        break;
    }
    if (!best) break;
    const [, a, b] = best;
    const sa = size.get(a) as number;
    const sb = size.get(b) as number;
    const ma = sims.get(a) as Map<number, number>;
    const mb = sims.get(b) as Map<number, number>;
    const merged = new Map<number, number>();
    for (const k of new Set([...ma.keys(), ...mb.keys()])) {
      if (k === a || k === b) continue;
      const s = ((ma.get(k) ?? 0) * sa + (mb.get(k) ?? 0) * sb) / (sa + sb);
      merged.set(k, s);
      const mk = sims.get(k) as Map<number, number>;
      mk.delete(b);
      mk.set(a, s);
      if (s >= threshold) heap.push(k < a ? [s, k, a] : [s, a, k]);
    }
    sims.set(a, merged);
    sims.delete(b);
    size.set(a, sa + sb);
    addFigures(figures.get(a) as EventFigures, figures.get(b) ?? new Map());
    figures.delete(b);
    members.set(a, [...(members.get(a) ?? []), ...(members.get(b) ?? [])]);
    members.delete(b);
  }
  attachStragglers(
    members,
    near,
    (x, y) => mixed && twoEvents(figures.get(x), figures.get(y), apartBy),
    // a straggler's figure counts in the group it joins, for the next straggler
    (x, into) => addFigures(figures.get(into) as EventFigures, figures.get(x) ?? new Map()),
  );
  return [...members.values()]
    .map((list) => list.map((i) => (vectors[i] as Vector).path).sort())
    .sort((x, y) => ((x[0] as string) < (y[0] as string) ? -1 : 1));
}

/** A group's identity figures by dimension: how many articles give each value, and the most given. */
type EventFigures = Map<string, { counts: Map<number, number>; n: number; mode: number }>;

function eventFigures(identity: Record<string, number>): EventFigures {
  return new Map(Object.entries(identity).map(([d, x]) => [d, { counts: new Map([[x, 1]]), n: 1, mode: x }]));
}

/** Adds b's figures to a's, the most-given value found again (ties: the lower). */
function addFigures(a: EventFigures, b: EventFigures): void {
  for (const [d, theirs] of b) {
    const mine = a.get(d) ?? { counts: new Map<number, number>(), n: 0, mode: theirs.mode };
    for (const [x, n] of theirs.counts) mine.counts.set(x, (mine.counts.get(x) ?? 0) + n);
    mine.n += theirs.n;
    let best: [number, number] | null = null;
    for (const [x, n] of mine.counts) if (!best || n > best[1] || (n === best[1] && x < best[0])) best = [x, n];
    mine.mode = (best as [number, number])[0];
    a.set(d, mine);
  }
}

/**
 * Two groups whose articles mostly give identity figures further apart than `apartBy` (a 5.6 quake
 * and a 5.9 quake): two events of one kind, however alike their words. One article's figure is enough:
 * two lone articles told in the same words, of a 5.6 quake and a 5.9, are two events.
 */
function twoEvents(a: EventFigures | undefined, b: EventFigures | undefined, apartBy: Record<string, number>): boolean {
  for (const [dimension, limit] of Object.entries(apartBy)) {
    const [x, y] = [a?.get(dimension), b?.get(dimension)];
    if (!x || !y) continue;
    if (Math.abs(x.mode - y.mode) > limit) return true;
  }
  return false;
}

/** A binary heap of [similarity, a, b], the highest similarity on top (ties: lower a, then lower b). */
class PairHeap {
  private items: [number, number, number][] = [];

  private static before(x: [number, number, number], y: [number, number, number]): boolean {
    return x[0] > y[0] || (x[0] === y[0] && (x[1] < y[1] || (x[1] === y[1] && x[2] < y[2])));
  }

  push(item: [number, number, number]): void {
    const items = this.items;
    items.push(item);
    for (let i = items.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (!PairHeap.before(items[i] as [number, number, number], items[parent] as [number, number, number])) break;
      [items[i], items[parent]] = [items[parent] as [number, number, number], items[i] as [number, number, number]];
      i = parent;
    }
  }

  pop(): [number, number, number] | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (
          l < items.length &&
          PairHeap.before(items[l] as [number, number, number], items[m] as [number, number, number])
        )
          m = l;
        if (
          r < items.length &&
          PairHeap.before(items[r] as [number, number, number], items[m] as [number, number, number])
        )
          m = r;
        if (m === i) break;
        [items[i], items[m]] = [items[m] as [number, number, number], items[i] as [number, number, number]];
        i = m;
      }
    }
    return top;
  }
}
