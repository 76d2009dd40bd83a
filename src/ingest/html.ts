/**
 * An .html article reduced to its text, with a map from every offset of that text back into
 * the file, so that findings still point at the file's line and column.
 *
 * htmlparser2 (a maintained, forgiving HTML tokenizer) reads the markup and decodes entities;
 * this module keeps the words of the article: the text of <article> when there is one, else
 * of <main>, else of <body>, without scripts, styles, navigation and forms (model/html.json).
 * Block elements become paragraph breaks, runs of white space one space. The headline is the
 * <h1>, or the <title> when the article has no <h1>. The publication date comes from a
 * <meta> date (article:published_time, date, ...) or the first <time datetime>.
 */
import { Parser } from 'htmlparser2';
import { perModel } from '../model/derived.js';
import type { Model } from '../types.js';
import { OffsetMap } from '../util/offset-map.js';
import { toIsoDate } from './date.js';

/** The element sets of model/html.json, per model. */
const elements = perModel(({ html }) => ({
  skip: new Set(html.skip),
  paragraph: new Set(html.paragraph),
  line: new Set(html.line),
  dateMeta: new Set(html.dateMeta),
  regions: html.regions,
}));

export interface HtmlText {
  text: string;
  /** Offsets of `text` back into the HTML file. */
  map: OffsetMap;
  /** Publication date (ISO) from the markup, when it gives one. */
  date?: string;
}

/** Whether a text with no name to tell (stdin) is an HTML document: it opens with a doctype or <html>. */
export function looksLikeHtml(text: string): boolean {
  return /^\uFEFF?\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)[\s>]/i.test(text.slice(0, 2048));
}

/** Names of the files read as HTML. */
export function isHtmlName(name: string): boolean {
  return /\.(?:html?|xhtml)$/i.test(name);
}

/** A piece of text in the file, with the regions it lies in. */
interface TextEvent {
  kind: 'text';
  data: string;
  start: number;
  end: number;
  /** Indices into model.html.regions of the open regions (article, main, body). */
  regions: number;
  inTitle: boolean;
  inH1: boolean;
}

interface BreakEvent {
  kind: 'break';
  at: number;
  size: 1 | 2;
}

type Event = TextEvent | BreakEvent;

/** The text of an HTML document and where each piece of it is in the file. */
export function htmlToText(model: Model, html: string): HtmlText {
  const { skip, paragraph, line, dateMeta, regions: regionNames } = elements(model);
  const events: Event[] = [];
  let skipping = 0;
  let titles = 0;
  let h1s = 0;
  const regionDepth = regionNames.map(() => 0);
  let date: string | undefined;
  let timeDate: string | undefined;
  const parser: Parser = new Parser(
    {
      onopentag(name, attribs) {
        const region = regionNames.indexOf(name);
        if (region >= 0) regionDepth[region]! += 1;
        if (name === 'title') titles += 1;
        if (name === 'h1') h1s += 1;
        if (name === 'meta' && date === undefined) {
          const key = (attribs.property ?? attribs.name ?? attribs.itemprop ?? '').toLowerCase();
          if (dateMeta.has(key) && attribs.content) date = toIsoDate(attribs.content);
        }
        if (name === 'time' && timeDate === undefined && attribs.datetime) timeDate = toIsoDate(attribs.datetime);
        if (skip.has(name)) skipping += 1;
        if (paragraph.has(name) || line.has(name))
          events.push({ kind: 'break', at: parser.startIndex, size: line.has(name) ? 1 : 2 });
      },
      onclosetag(name) {
        const region = regionNames.indexOf(name);
        if (region >= 0) regionDepth[region] = Math.max(0, regionDepth[region]! - 1);
        if (name === 'title') titles = Math.max(0, titles - 1);
        if (name === 'h1') h1s = Math.max(0, h1s - 1);
        if (skip.has(name)) skipping = Math.max(0, skipping - 1);
        if (paragraph.has(name)) events.push({ kind: 'break', at: parser.startIndex, size: 2 });
      },
      ontext(data) {
        const inTitle = titles > 0;
        if (skipping > 0 && !inTitle) return;
        const regions = regionDepth.reduce((bits, depth, i) => (depth > 0 ? bits | (1 << i) : bits), 0);
        events.push({
          kind: 'text',
          data,
          start: parser.startIndex,
          end: parser.endIndex + 1,
          regions,
          inTitle,
          inH1: h1s > 0,
        });
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  const texts = events.filter((e): e is TextEvent => e.kind === 'text' && !e.inTitle && /\S/.test(e.data));
  // the narrowest region that holds any words: <article>, else <main>, else <body>, else all
  const region = regionNames.findIndex((_, i) => texts.some((e) => e.regions & (1 << i)));
  const inRegion = (e: TextEvent) => region < 0 || (e.regions & (1 << region)) !== 0;
  const hasHeadline = texts.some((e) => e.inH1 && inRegion(e));
  const builder = new TextBuilder(html);
  if (!hasHeadline) {
    for (const e of events) if (e.kind === 'text' && e.inTitle) builder.text(e);
    builder.break(0, 2);
  }
  for (const e of events) {
    if (e.kind === 'break') builder.break(e.at, e.size);
    else if (!e.inTitle && inRegion(e)) builder.text(e);
  }
  const found = date ?? timeDate;
  return { text: builder.written, map: builder.map, ...(found ? { date: found } : {}) };
}

const SPACE = /[\s\u00a0]+/g;

/** Builds the text piece by piece: white space collapsed, breaks only between words. */
class TextBuilder {
  /** The text so far. */
  written = '';
  readonly map = new OffsetMap();
  /** A space or break waiting for the next words (none is written at the start or the end). */
  private pending: { at: number; length: number; size: 0 | 1 | 2 } | null = null;

  constructor(private readonly source: string) {}

  break(at: number, size: 1 | 2): void {
    if (this.written === '') return;
    if (!this.pending || this.pending.size < size)
      this.pending = { at: this.pending?.at ?? at, length: this.pending?.size === 0 ? this.pending.length : 0, size };
  }

  text(e: TextEvent): void {
    // an entity (or any text that is not the file's characters) is one replaced piece
    const verbatim = this.source.slice(e.start, e.end) === e.data;
    if (!verbatim) {
      if (/^[\s\u00a0]+$/.test(e.data)) this.space(e.start, e.end - e.start);
      else this.words(e.data, e.start, e.end - e.start, false);
      return;
    }
    let last = 0;
    for (const m of e.data.matchAll(SPACE)) {
      if (m.index > last) this.words(e.data.slice(last, m.index), e.start + last, m.index - last, true);
      this.space(e.start + m.index, m[0].length);
      last = m.index + m[0].length;
    }
    if (last < e.data.length) this.words(e.data.slice(last), e.start + last, e.data.length - last, true);
  }

  private space(at: number, length: number): void {
    if (this.written === '' || this.pending) return;
    this.pending = { at, length, size: 0 };
  }

  private words(words: string, at: number, sourceLength: number, verbatim: boolean): void {
    const p = this.pending;
    if (p) {
      const sep = p.size === 2 ? '\n\n' : p.size === 1 ? '\n' : ' ';
      if (sep === ' ' && p.length === 1 && this.source[p.at] === ' ') this.map.copy(p.at, 1);
      else this.map.replace(p.at, p.length, sep.length);
      this.written += sep;
      this.pending = null;
    }
    if (verbatim) this.map.copy(at, words.length);
    else this.map.replace(at, sourceLength, words.length);
    this.written += words;
  }
}
