/**
 * Why the articles of a batch were grouped as they were, for `factdiff stories` and `--verbose`:
 * each story's title, dates, place and the features its articles share most, and its nearest
 * other story with what keeps the two apart. Pure: the grouping's own vectors, read back.
 */
import type { Entity, Model, ParsedArticle, QuantityMention } from '../types.js';
import { headlineOf, titleOf } from './headlines.js';
import {
  figuresApart,
  joinThreshold,
  MIXED_BATCH,
  STORY_THRESHOLD,
  storyFigures,
  storyVectors,
  type StoryFigures,
  type Vector,
} from './stories.js';

export interface StorySummary {
  /** "story-1", … in the order of the stories (by their first article's path). */
  id: string;
  /** The first line most of its articles share, else its first article's. */
  title: string;
  articles: { path: string; date: string | null; headline: string }[];
  /** The first and last publication dates of its articles, where known. */
  dates: { first: string; last: string } | null;
  /** The place its articles name most. */
  place: string | null;
  /** What its articles share most: the features that grouped them, strongest first. */
  keys: string[];
  /** The other story most like it, and what keeps the two apart. */
  nearest: { story: string; similarity: number; threshold: number; apart: string[] } | null;
}

/** How many shared features a story lists, and how many of each side's own features a split names. */
const KEYS = 5;
const OWN = 3;

const DAY_MS = 86_400_000;

export function explainStories(
  model: Model,
  articles: { parsed: ParsedArticle; mentions: QuantityMention[] }[],
  entities: Entity[],
  stories: string[][],
  threshold = STORY_THRESHOLD,
): StorySummary[] {
  const { vectors, names } = storyVectors(model, articles, entities);
  const byPath = new Map(vectors.map((v, i) => [v.path, { vector: v, parsed: articles[i]?.parsed as ParsedArticle }]));
  const entityNames = new Map(entities.map((e) => [e.id, e.name]));
  const label = (feature: number): string => readable(model, names[feature] ?? '', entityNames);
  const sums = stories.map((paths) => centroid(paths.map((p) => byPath.get(p)?.vector as Vector)));
  // each story's identity figures, gathered once; only a mixed batch keeps stories apart by them
  const mixed = articles.length >= MIXED_BATCH;
  const figures = stories.map((paths) =>
    storyFigures(paths.map((p) => byPath.get(p)?.vector).filter((v): v is Vector => v !== undefined)),
  );
  return stories.map((paths, s) => {
    const members = paths.map((p) => byPath.get(p)).filter((m) => m !== undefined);
    const sum = sums[s] as Map<number, number>;
    const shared = sharedFeatures(members.map((m) => m.vector));
    const keys = top(sum, (f) => members.length < 2 || shared.has(f), KEYS).map(label);
    let nearest: StorySummary['nearest'] = null;
    stories.forEach((other, o) => {
      if (o === s) return;
      const similarity = dot(sum, sums[o] as Map<number, number>) / (paths.length * other.length);
      if (nearest && similarity <= nearest.similarity) return;
      const mine = top(sum, (f) => !sums[o]?.has(f), OWN).map(label);
      const theirs = top(sums[o] as Map<number, number>, (f) => !sum.has(f), OWN).map(label);
      const apart = [
        ...yearsApart(paths, other, byPath),
        ...(mixed ? figuresApart(model, figures[s] as StoryFigures, figures[o] as StoryFigures) : []),
        `only here: ${mine.join(', ') || 'nothing'}; only there: ${theirs.join(', ') || 'nothing'}`,
      ];
      const needed = mixed ? joinThreshold(paths.length, other.length, threshold) : threshold;
      nearest = { story: `story-${o + 1}`, similarity: round(similarity), threshold: needed, apart };
    });
    const dates = members.map((m) => m.parsed.article.date).filter((d): d is string => Boolean(d));
    return {
      id: `story-${s + 1}`,
      title: titleOf(members.map((m) => headlineOf(m.parsed.article))),
      articles: members.map((m) => ({
        path: m.vector.path,
        date: m.parsed.article.date ?? null,
        headline: headlineOf(m.parsed.article),
      })),
      dates: dates.length > 0 ? { first: dates.reduce(min), last: dates.reduce(max) } : null,
      place: placeOf(entities, new Set(paths)),
      keys,
      nearest,
    };
  });
}

/** A feature as a reader would name it: an entity's name, a date, a figure, a year or a word stem. */
function readable(model: Model, name: string, entities: Map<string, string>): string {
  const [kind, ...rest] = name.split(':');
  const value = rest.join(':');
  if (kind === 'e') return entities.get(value) ?? value;
  if (kind === 'd') return new Date(Number(value) * DAY_MS).toISOString().slice(0, 10);
  if (kind === 'q') return figure(model, rest[0] ?? '', (Number(rest[1]) + Number(rest[2])) / 2);
  return value;
}

/** A figure in its base unit, four digits at most: "magnitude 4.6", "length 20,120 m", "time-of-day 02:09". */
function figure(model: Model, dimension: string, middle: number): string {
  if (dimension === 'time-of-day') {
    const minutes = Math.round(middle);
    return `${dimension} ${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  }
  const base = model.units.dimensions[dimension]?.base;
  const unit = base && dimension !== 'count' && dimension !== 'magnitude' ? ` ${base}` : '';
  return `${dimension} ${Number(middle.toPrecision(4)).toLocaleString('en-US')}${unit}`;
}

function centroid(vectors: Vector[]): Map<number, number> {
  const sum = new Map<number, number>();
  for (const v of vectors) v.features.forEach((f, k) => sum.set(f, (sum.get(f) ?? 0) + (v.weights[k] as number)));
  return sum;
}

/** Features at least two of the vectors hold. */
function sharedFeatures(vectors: Vector[]): Set<number> {
  const seen = new Set<number>();
  const shared = new Set<number>();
  for (const v of vectors) for (const f of v.features) (seen.has(f) ? shared : seen).add(f);
  return shared;
}

/** The n heaviest features passing `keep`, heaviest first (ties: the lower feature number). */
function top(sum: Map<number, number>, keep: (f: number) => boolean, n: number): number[] {
  return [...sum.entries()]
    .filter(([f]) => keep(f))
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, n)
    .map(([f]) => f);
}

/** The sum over article pairs of their cosine similarities: the dot product of the two sums. */
function dot(a: Map<number, number>, b: Map<number, number>): number {
  let total = 0;
  for (const [f, w] of a) total += w * (b.get(f) ?? 0);
  return total;
}

/** "published in 2005; there in 2008" when the two stories' publication years do not meet. */
function yearsApart(mine: string[], theirs: string[], byPath: Map<string, { vector: Vector }>): string[] {
  const years = (paths: string[]) =>
    new Set(paths.map((p) => byPath.get(p)?.vector.year).filter((y): y is number => y !== null && y !== undefined));
  const [a, b] = [years(mine), years(theirs)];
  if (a.size === 0 || b.size === 0 || [...a].some((y) => b.has(y))) return [];
  return [`years: ${[...a].sort().join(', ')} here; ${[...b].sort().join(', ')} there`];
}

function placeOf(entities: Entity[], paths: Set<string>): string | null {
  let best: { name: string; n: number } | null = null;
  for (const e of entities) {
    if (e.type !== 'place') continue;
    const n = e.mentions.filter((m) => paths.has(m.path)).length;
    if (n > 0 && (!best || n > best.n)) best = { name: e.name, n };
  }
  return best?.name ?? null;
}

const min = (a: string, b: string): string => (a < b ? a : b);
const max = (a: string, b: string): string => (a > b ? a : b);
const round = (x: number): number => Math.round(x * 1000) / 1000;
