/**
 * The factdiff pipeline, top to bottom. Ingest (reading files, folders, globs) happens
 * before this, in ingest/; everything here is pure: articles in, report out.
 *
 *   ingest → extract → normalize → align → compare → report
 */
import { align } from './align/align.js';
import { compare, sortFindings } from './compare/index.js';
import { groupArticles, type GroupMode } from './align/group.js';
import { nameCandidates, personWords, typeCandidates } from './extract/entities.js';
import { extractMentions } from './extract/index.js';
import { parseArticle } from './extract/parse.js';
import { extractQuotes } from './extract/quotes.js';
import { resolveEntities, skeleton, type Entity } from './normalize/entities.js';
import { normalizeMention } from './normalize/index.js';
import { buildReport, type ToolInfo } from './report/build.js';
import type { Article, EntityMention, Mention, ParsedArticle, QuoteMention, Report } from './types.js';

export interface ReadArticle {
  parsed: ParsedArticle;
  mentions: Mention[];
  entities: EntityMention[];
  quotes: QuoteMention[];
}

/**
 * extract + normalize for a batch: sentences, tokens, quantities, names and quotes.
 * Names are typed with what the whole batch knows ("Zelensky" is a person because another
 * article names Volodymyr Zelenskyy).
 */
export function readAll(articles: Article[]): ReadArticle[] {
  const parsed = articles.map(parseArticle); // extract: sentences, tokens, tags
  const names = parsed.map(nameCandidates); // extract: names
  const people = personWords(names.flat(), skeleton);
  return parsed.map((p, i) => {
    const mentions = extractMentions(p).map(normalizeMention); // extract, then normalize quantities
    const entities = typeCandidates(names[i] ?? [], people, skeleton);
    const quotes = extractQuotes(p.article.text, entities); // extract: quotations and speakers
    return { parsed: p, mentions, entities, quotes };
  });
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
export function analyze(articles: Article[]): Analysis {
  const sorted = [...articles].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const readArticles = readAll(sorted); // extract → normalize (quantities)
  const entities = resolveEntities(readArticles.map((r) => ({ path: r.parsed.article.path, entities: r.entities }))); // normalize: one identity per entity
  return { read: readArticles, entities };
}

export interface CheckOptions {
  /** How articles are split into stories before comparing (default: auto). */
  group?: GroupMode;
  /** List facts only one article states. */
  showSingle?: boolean;
  /** Drop findings less sure than this (0..1). */
  minConfidence?: number;
}

export function check(articles: Article[], tool: ToolInfo, options: CheckOptions = {}): Report {
  const { read: readArticles, entities } = analyze(articles); // extract → normalize
  const stories = groupArticles(readArticles, entities, options.group ?? 'auto'); // align: articles to stories
  const findings = stories.flatMap((paths) => {
    const story = readArticles.filter((r) => paths.includes(r.parsed.article.path));
    const storyEntities = stories.length === 1 ? entities : resolveEntities(story.map((r) => ({ path: r.parsed.article.path, entities: r.entities })));
    return compare({
      groups: align(story, storyEntities), // align: facts to what they are about
      entities: storyEntities,
      quotes: story.map((r) => ({ path: r.parsed.article.path, quotes: r.quotes })),
      articles: story.map((r) => r.parsed),
      showSingle: options.showSingle ?? false,
    }); // compare
  }).filter((f) => f.confidence >= (options.minConfidence ?? 0));
  return buildReport(readArticles.map((r) => r.parsed), sortFindings(findings), tool, stories); // report
}
