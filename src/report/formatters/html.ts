/**
 * `--format html`: one self-contained page for people. A table of the stories, then each story's
 * findings as cards: the camps side by side, each piece of evidence as its sentence with the
 * stated words marked, its article's name, date and headline and `path:line:col`, linked to the
 * whole article text embedded at the end. Quantity findings get a number line. Everything taken
 * from an article is escaped, and the page's Content-Security-Policy lets only its own style and
 * script (by hash) apply: nothing in an article can run or load a resource.
 */
import { createHash } from 'node:crypto';
import { ruleMeta } from '../../compare/rules/index.js';
import { headlineOf } from '../../group/headlines.js';
import type { Evidence, Finding, Report, StoryInfo } from '../../types.js';
import { counted, summaryText } from './common.js';
import { HTML_SCRIPT, HTML_STYLE } from './html-assets.js';
import { escapeHtml as h } from './html-escape.js';
import { numberLine } from './html-line.js';
import type { FormatContext, Formatter } from './style.js';

type Texts = NonNullable<FormatContext['articles']>;

const sha = (s: string): string => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

export const html: Formatter = (report, ctx) => {
  const texts: Texts = ctx.articles ?? new Map();
  const stories = report.stories ?? [
    { id: 'story-1', title: '', articles: report.articles.map((a) => a.path), errors: 0, warnings: 0, infos: 0 },
  ];
  const marks = new Marks(texts);
  const sections = storyOrder(stories)
    .map((story) => storySection(story, report, marks))
    .filter(Boolean);
  const csp = `default-src 'none'; style-src ${sha(HTML_STYLE)}; script-src ${sha(HTML_SCRIPT)}; img-src data:`;
  const title = `factdiff: ${summaryText(report)}`;
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(title)}</title>`,
    `<style>${HTML_STYLE}</style>`,
    '</head>',
    '<body>',
    `<header><h1>factdiff report</h1><p class="dim">${h(summaryText(report))} · ${h(report.tool.name)} ` +
      `${h(report.tool.version)}</p></header>`,
    filters(report, stories),
    storyTable(stories),
    sections.length > 0 ? `<main>${sections.join('\n')}</main>` : '<main><p>No discrepancies found.</p></main>',
    articlesSection(report, texts, marks),
    `<script>${HTML_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
};

/** Stories with errors first, then warnings, then the rest; in batch order within each. */
function storyOrder(stories: StoryInfo[]): StoryInfo[] {
  const rank = (s: StoryInfo) => (s.errors > 0 ? 0 : s.warnings > 0 ? 1 : s.infos > 0 ? 2 : 3);
  return [...stories].sort((a, b) => rank(a) - rank(b));
}

function filters(report: Report, stories: StoryInfo[]): string {
  const rules = [...new Set(report.findings.map((f) => f.ruleId))].sort();
  const box = (s: string) => `<label><input type="checkbox" name="severity" value="${s}" checked> ${s}</label>`;
  return [
    '<nav class="filters" aria-label="Filters">',
    ['error', 'warning', 'info'].map(box).join(' '),
    '<label>rule <select id="rule"><option value="">all</option>' +
      rules.map((r) => `<option value="${h(r)}">${h(r)}</option>`).join('') +
      '</select></label>',
    '<label>story <select id="story"><option value="">all</option>' +
      stories.map((s) => `<option value="${h(s.id)}">${h(s.id)}: ${h(clip(s.title, 50))}</option>`).join('') +
      '</select></label>',
    '<input type="search" id="search" placeholder="search the findings" aria-label="search the findings">',
    `<span id="shown" class="dim">${counted(report.findings.length, 'finding')}</span>`,
    '<span class="dim keys">j / k: next / previous finding</span>',
    '</nav>',
  ].join('\n');
}

function storyTable(stories: StoryInfo[]): string {
  const rows = storyOrder(stories).map(
    (s) =>
      `<tr><td><a href="#${h(s.id)}">${h(s.id)}</a></td><td>${h(s.title)}</td><td class="n">${s.articles.length}</td>` +
      `<td class="n">${s.errors}</td><td class="n">${s.warnings}</td><td class="n">${s.infos}</td></tr>`,
  );
  return (
    '<section id="stories"><h2>Stories</h2><table><thead><tr><th>story</th><th>title</th><th class="n">articles</th>' +
    '<th class="n">errors</th><th class="n">warnings</th><th class="n">infos</th></tr></thead>' +
    `<tbody>${rows.join('')}</tbody></table></section>`
  );
}

function storySection(story: StoryInfo, report: Report, marks: Marks): string {
  const index = report.stories ? report.stories.indexOf(story) : 0;
  const findings = report.findings.filter((f) => (f.story ?? 0) === index);
  if (findings.length === 0) return '';
  return (
    `<section class="story" id="${h(story.id)}"><h2>${h(story.title || story.id)}</h2>` +
    `<p class="dim">${h(story.id)} · ${counted(story.articles.length, 'article')}</p>\n` +
    findings.map((f) => card(f, story, report, marks)).join('\n') +
    '</section>'
  );
}

function card(finding: Finding, story: StoryInfo, report: Report, marks: Marks): string {
  const meta = ruleMeta[finding.ruleId];
  const camps = finding.camps.map((camp, c) => {
    const items = finding.evidence.filter((e) => e.camp === c).map((e) => evidenceItem(e, marks));
    return (
      `<div class="camp"><h3>${h(camp.reading)} ` +
      `<span class="dim">(${counted(camp.articles.length, 'article')})</span>` +
      `</h3><ul>${items.join('')}</ul></div>`
    );
  });
  return (
    `<article class="finding ${finding.severity}" tabindex="-1" data-severity="${finding.severity}" ` +
    `data-rule="${h(finding.ruleId)}" data-story="${h(story.id)}">` +
    `<p><span class="badge">${finding.severity}</span> <span class="message">${h(finding.message)}</span></p>` +
    `<p class="dim">${h(finding.ruleId)} · ${h(meta.title)} · ${finding.articlesStating} of ` +
    `${story.articles.length || report.summary.articles} articles state this · ` +
    (finding.link ? `linked by ${h(finding.link)} · ` : '') +
    `confidence ` +
    `${finding.confidence.toFixed(2)}</p>` +
    numberLine(finding) +
    `<div class="camps">${camps.join('')}</div></article>`
  );
}

function evidenceItem(e: Evidence, marks: Marks): string {
  const id = marks.add(e);
  const before = e.context.slice(0, e.contextOffset);
  const said = e.context.slice(e.contextOffset, e.contextOffset + e.text.length);
  const after = e.context.slice(e.contextOffset + e.text.length);
  const where = `${e.path}:${e.line}:${e.column}`;
  const article = marks.texts.get(e.path);
  const about = [article?.date, article ? clip(headlineOf(article), 80) : ''].filter(Boolean).join(' · ');
  const link = id ? `<a href="#${id}">${h(where)}</a>` : h(where);
  const reads = e.value.reading ? ` → ${h(e.value.reading)}` : '';
  return (
    `<li><blockquote>${h(before)}<mark>${h(said)}</mark>${h(after)}</blockquote>` +
    `<div class="source"><code>${link}</code>${reads}${about ? ` · ${h(about)}` : ''}</div></li>`
  );
}

/**
 * Where each piece of evidence is in its article's embedded text: found by its sentence (positions
 * in the report may point into an HTML file's markup), each span given an id the cards link to.
 */
class Marks {
  readonly spans = new Map<string, { start: number; end: number; id: string }[]>();
  private next = 1;
  constructor(readonly texts: Texts) {}

  add(e: Evidence): string | null {
    const text = this.texts.get(e.path)?.text;
    if (text === undefined) return null;
    const sentence = text.indexOf(e.context);
    const start = sentence >= 0 ? sentence + e.contextOffset : text.indexOf(e.text);
    if (start < 0 || text.slice(start, start + e.text.length) !== e.text) return null;
    const list = this.spans.get(e.path) ?? [];
    const same = list.find((s) => s.start === start && s.end === start + e.text.length);
    if (same) return same.id;
    const id = `ev-${this.next++}`;
    list.push({ start, end: start + e.text.length, id });
    this.spans.set(e.path, list);
    return id;
  }
}

function articlesSection(report: Report, texts: Texts, marks: Marks): string {
  const paths = [...marks.spans.keys()].sort();
  if (paths.length === 0) return '';
  const blocks = paths.map((path) => {
    const article = texts.get(path);
    const text = article?.text ?? '';
    const summary = [path, article?.date, article ? clip(headlineOf(article), 90) : ''].filter(Boolean).join(' · ');
    const body = marked(text, marks.spans.get(path) ?? []);
    return `<details><summary>${h(summary)}</summary><div class="article-text">${body}</div></details>`;
  });
  return (
    `<section id="articles"><h2>Articles</h2><p class="dim">The text of each article quoted above; ` +
    `an evidence link opens it at the words.</p>\n${blocks.join('\n')}</section>`
  );
}

/** The text escaped, with each span (in text order, overlaps dropped) marked and given its id. */
function marked(text: string, spans: { start: number; end: number; id: string }[]): string {
  let out = '';
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start < at) continue;
    out += `${h(text.slice(at, s.start))}<mark id="${s.id}">${h(text.slice(s.start, s.end))}</mark>`;
    at = s.end;
  }
  return out + h(text.slice(at));
}

function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
