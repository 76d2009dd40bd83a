/**
 * The HTML report as text: one self-contained page, a card per finding, stories, escaped article
 * text and a policy that lets only the page's own style and script apply. (The page in a real
 * browser: test/browser/html-report.test.ts.)
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/report/formatters/html-escape.js';
import { html } from '../../src/report/formatters/html.js';
import { HTML_SCRIPT, HTML_STYLE } from '../../src/report/formatters/html-assets.js';
import { plain } from '../../src/report/formatters/style.js';
import { HOSTILE, hostileReport, run, seedsReport } from './helpers.js';

const sha = (s: string) => `sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}`;

describe('html', () => {
  it('is one page with a card per finding, the story table and a number line for the call', async () => {
    const { code, out } = await run(['fixtures/seeds', '-f', 'html']);
    expect(code).toBe(1);
    const report = await seedsReport();
    expect(out.startsWith('<!doctype html>')).toBe(true);
    expect(out.match(/<article class="finding /g)).toHaveLength(report.findings.length);
    expect(out).toContain('<a href="#story-1">story-1</a>');
    expect(out).toMatch(/<svg class="line"[^>]*>.*about 81–90 min.*<\/svg>/s);
    // each evidence link goes to a span marked in the embedded article
    const links = [...out.matchAll(/<a href="#(ev-\d+)">/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(0);
    for (const id of links) expect(out).toContain(`<mark id="${id}">`);
    expect(out).toContain('<mark id="ev-1">nearly 90 minutes</mark>');
  });

  it('loads nothing and runs only its own script: the policy names the style and script by hash', async () => {
    const { out } = await run(['fixtures/seeds', '-f', 'html']);
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(out)?.[1] ?? '';
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain(`style-src '${sha(HTML_STYLE)}'`);
    expect(policy).toContain(`script-src '${sha(HTML_SCRIPT)}'`);
    expect(out).not.toMatch(/\b(?:src|href)="(?:https?:|\/\/|javascript:)/);
    expect(out.match(/<script>/g)).toHaveLength(1);
  });

  it('escapes every piece of article text', async () => {
    const report = await hostileReport();
    const texts = new Map(report.articles.map((a) => [a.path, { text: `Intro ${HOSTILE} <script>alert(1)</script>` }]));
    const out = html(report, { style: plain, articles: texts });
    expect(out).not.toContain('<img');
    expect(out).not.toContain('<script>alert');
    expect(out).not.toMatch(/<[^>]*\sonerror=/);
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(out.match(/<script>/g)).toHaveLength(1);
  });

  it('escapes the five markup characters and drops control characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>\u0007`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
