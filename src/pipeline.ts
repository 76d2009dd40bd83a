/**
 * The factdiff pipeline, top to bottom. Ingest (reading files, folders, globs) happens
 * before this, in ingest/; everything here is pure: articles in, report out.
 *
 *   ingest → extract → normalize → align → compare → report
 */
import { align } from './align/align.js';
import { compare } from './compare/index.js';
import { extractMentions } from './extract/index.js';
import { parseArticle } from './extract/parse.js';
import { normalizeMention } from './normalize/index.js';
import { buildReport, type ToolInfo } from './report/build.js';
import type { Article, Mention, ParsedArticle, Report } from './types.js';

export interface ReadArticle {
  parsed: ParsedArticle;
  mentions: Mention[];
}

/** extract + normalize: one article's sentences, tokens and normalized mentions. */
export function read(article: Article): ReadArticle {
  const parsed = parseArticle(article); // extract: sentences and tokens
  const mentions = extractMentions(parsed).map(normalizeMention); // extract, then normalize
  return { parsed, mentions };
}

export function check(articles: Article[], tool: ToolInfo): Report {
  const sorted = [...articles].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const readArticles = sorted.map(read); // extract → normalize
  const groups = align(readArticles); // align
  const findings = compare(groups, readArticles.map((r) => r.parsed)); // compare
  return buildReport(readArticles.map((r) => r.parsed), findings, tool); // report
}
