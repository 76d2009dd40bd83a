/**
 * The factdiff pipeline, top to bottom. Ingest (reading files, folders, globs) happens
 * before this, in ingest/; everything here is pure: articles in, report out.
 *
 *   ingest → extract → normalize → align → compare → report
 */
import { align } from './align/align.js';
import { compare, sortFindings } from './compare/index.js';
import { groupArticles, type GroupMode } from './align/group.js';
import { nameCandidates, personWords, typeCandidates, type Candidate } from './extract/entities.js';
import { extractMentions } from './extract/index.js';
import { parseArticle } from './extract/parse.js';
import { extractQuotes } from './extract/quotes.js';
import { resolveEntities, skeleton, type Entity } from './normalize/entities.js';
import { normalizeMention } from './normalize/index.js';
import { buildReport, type ToolInfo } from './report/build.js';
import { tokenize } from './text/tokens.js';
import type { Article, EntityMention, Mention, ParsedArticle, QuoteMention, Report, Span, Token } from './types.js';

export interface ReadArticle {
  parsed: ParsedArticle;
  mentions: Mention[];
  entities: EntityMention[];
  quotes: QuoteMention[];
}

/**
 * The part of reading that needs one article only (the costly part: NLP, quantities, name
 * candidates). Plain data, so that it can be done in a worker thread and sent back.
 */
export interface ArticleReading {
  parsed: ParsedArticle;
  mentions: Mention[];
  names: Candidate[];
}

/** extract + normalize of one article, before anything is known about the rest of the batch. */
export function readArticle(article: Article): ArticleReading {
  const parsed = parseArticle(article); // extract: sentences, tokens, tags
  const mentions = extractMentions(parsed).map(normalizeMention); // extract, then normalize quantities
  const names = nameCandidates(parsed); // extract: names
  // The NLP tags have done their work (they only type names): no tokens are kept, they are
  // made again (without tags) when align and compare read them (docs/performance.md).
  return { parsed: leanParsed(article, parsed.sentences, parsed.words), mentions, names };
}

/** The tokens of each sentence without NLP tags: what group, align and compare read. */
export function plainTokens(article: Article, sentences: Span[]): Token[][] {
  return sentences.map((s) => tokenize(article.text, s));
}

/**
 * A parsed article that holds no tokens: `tokens` is made from the text and the sentence spans
 * (`plainTokens`, a pure function of them) when it is read. The tokens of a story are held
 * from its align to the end of its compare (`holdTokens`); outside that, the last few articles'
 * tokens are remembered, so that a loop over one article's mentions makes them once. Over a
 * batch of 10,000 articles the tokens were half of what the readings held (docs/performance.md).
 */
export function leanParsed(article: Article, sentences: ParsedArticle['sentences'], words: number): ParsedArticle {
  const parsed = { article, sentences } as ParsedArticle;
  Object.defineProperty(parsed, 'tokens', { get: () => tokensOf(parsed), enumerable: true, configurable: true });
  parsed.words = words;
  return parsed;
}

/** Tokens held while a story is aligned and compared (see holdTokens). */
const held = new WeakMap<ParsedArticle, Token[][]>();
/** The tokens of the articles read last outside any story, newest last. */
const recent: { parsed: ParsedArticle; tokens: Token[][] }[] = [];
const RECENT = 4;

function tokensOf(parsed: ParsedArticle): Token[][] {
  const kept = held.get(parsed) ?? recent.find((r) => r.parsed === parsed)?.tokens;
  if (kept) return kept;
  const tokens = plainTokens(parsed.article, parsed.sentences);
  recent.push({ parsed, tokens });
  if (recent.length > RECENT) recent.shift();
  return tokens;
}

/** Keeps the tokens of `parsed` (made once) until the returned function is called. */
export function holdTokens(articles: ParsedArticle[]): () => void {
  for (const parsed of articles) if (!held.has(parsed)) held.set(parsed, parsed.tokens);
  return () => {
    for (const parsed of articles) held.delete(parsed);
    recent.length = 0;
  };
}

/**
 * The batch part: names are typed with what the whole batch knows ("Zelensky" is a person
 * because another article names Volodymyr Zelenskyy), then quotes get their speakers.
 */
export function finishReading(readings: ArticleReading[], options: { release?: boolean } = {}): ReadArticle[] {
  const people = personWords(
    readings.flatMap((r) => r.names),
    skeleton,
  );
  return readings.map((reading) => {
    const { parsed, mentions, names } = reading;
    const entities = typeCandidates(names, people, skeleton);
    // the typed names are copies: the candidates are let go if the caller handed its readings over
    if (options.release) reading.names = [];
    const quotes = extractQuotes(parsed.article.text, entities); // extract: quotations and speakers
    return { parsed, mentions, entities, quotes };
  });
}

/** extract + normalize for a batch: sentences, tokens, quantities, names and quotes. */
export function readAll(articles: Article[]): ReadArticle[] {
  return finishReading(articles.map(readArticle));
}

/** One article on its own. */
export function read(article: Article): ReadArticle {
  return readAll([article])[0] as ReadArticle;
}

export interface Analysis {
  read: ReadArticle[];
  entities: Entity[];
}

/** extract → normalize for a batch, in a stable order, with entities merged across articles. */
export function analyze(
  articles: Article[],
  readings?: ArticleReading[],
  onStage?: OnStage,
  release = false,
): Analysis {
  const sorted = [...articles].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const done = readings ? new Map(readings.map((r) => [r.parsed.article.path, r])) : null;
  // readings made elsewhere (worker threads, a cache) are used as they are
  const mine = timed('extract', onStage, () => sorted.map((a) => done?.get(a.path) ?? readArticle(a))); // extract → normalize
  const readArticles = timed('finish', onStage, () => finishReading(mine, { release })); // extract: names typed batch-wide, quotes
  const entities = timed('resolve', onStage, () =>
    resolveEntities(readArticles.map((r) => ({ path: r.parsed.article.path, entities: r.entities }))),
  ); // normalize: one identity per entity
  return { read: readArticles, entities };
}

/** The stages `onStage` reports, in pipeline order (align and compare once per story). */
export type Stage = 'extract' | 'finish' | 'resolve' | 'group' | 'align' | 'compare' | 'report';
export type OnStage = (stage: Stage, ms: number) => void;

function timed<T>(stage: Stage, onStage: OnStage | undefined, run: () => T): T {
  if (!onStage) return run();
  const started = performance.now();
  const result = run();
  onStage(stage, performance.now() - started);
  return result;
}

export interface CheckOptions {
  /** How articles are split into stories before comparing (default: auto). */
  group?: GroupMode;
  /** List facts only one article states. */
  showSingle?: boolean;
  /** Drop findings less sure than this (0..1). */
  minConfidence?: number;
  /** Per-article readings already made (by worker threads or a cache); the rest are read here. */
  readings?: ArticleReading[];
  /**
   * The readings are handed over: once names are typed batch-wide, each reading's name
   * candidates are let go (`names` is emptied). At 10,000 articles they were a third of what
   * the readings held (docs/performance.md). Read `names` before calling check(), not after.
   */
  releaseReadings?: boolean;
  /** Called after each stage with its time in milliseconds (used by `npm run bench`). */
  onStage?: OnStage;
}

export function check(articles: Article[], tool: ToolInfo, options: CheckOptions = {}): Report {
  const onStage = options.onStage;
  const { read: readArticles, entities } = analyze(
    articles,
    options.readings,
    onStage,
    options.releaseReadings ?? false,
  ); // extract → normalize
  const stories = timed('group', onStage, () => groupArticles(readArticles, entities, options.group ?? 'auto')); // align: articles to stories
  // each story's articles, in batch order (one pass, not one scan of the batch per story)
  const storyOf = new Map(stories.flatMap((paths, i) => paths.map((p) => [p, i] as [string, number])));
  const members: ReadArticle[][] = stories.map(() => []);
  for (const r of readArticles) members[storyOf.get(r.parsed.article.path) ?? -1]?.push(r);
  const findings = stories
    .flatMap((_, i) => {
      const story = members[i] as ReadArticle[];
      const storyEntities =
        stories.length === 1
          ? entities
          : timed('resolve', onStage, () =>
              resolveEntities(story.map((r) => ({ path: r.parsed.article.path, entities: r.entities }))),
            );
      // the story's tokens are made once for its align and compare, and let go after them
      const release = timed('align', onStage, () => holdTokens(story.map((r) => r.parsed)));
      const groups = timed('align', onStage, () => align(story, storyEntities)); // align: facts to what they are about
      const found = timed('compare', onStage, () =>
        compare({
          groups,
          entities: storyEntities,
          quotes: story.map((r) => ({ path: r.parsed.article.path, quotes: r.quotes })),
          articles: story.map((r) => r.parsed),
          showSingle: options.showSingle ?? false,
        }),
      ); // compare
      release();
      return found;
    })
    .filter((f) => f.confidence >= (options.minConfidence ?? 0));
  return timed('report', onStage, () =>
    buildReport(
      readArticles.map((r) => r.parsed),
      sortFindings(findings),
      tool,
      stories,
    ),
  ); // report
}
