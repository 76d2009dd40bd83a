/** .html articles through the command line: read as their words, reported at their place in the file. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { looksLikeHtml } from '../src/ingest/html.js';
import type { FactsReport } from '../src/report/facts.js';
import type { Report } from '../src/types.js';
import { captureIo, ROOT } from './helpers/io.js';

const DIR = 'fixtures/cases/html-article/articles';
const HTML = readFileSync(path.join(ROOT, DIR, 'wire.html'), 'utf8');

/** 1-based line and column of an offset. */
function place(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1) as string).length + 1 };
}

describe('.html articles', () => {
  it('facts point into the file, not into the text made from it', async () => {
    const io = captureIo();
    expect(await main(['facts', `${DIR}/wire.html`, '-f', 'json'], io)).toBe(0);
    const report = JSON.parse(io.out) as FactsReport;
    const hours = report.mentions.find((m) => m.text === 'more than two hours');
    expect(hours).toBeDefined();
    const at = HTML.indexOf('more than two hours');
    expect(hours).toMatchObject({ start: at, end: at + 'more than two hours'.length, ...place(HTML, at) });
    // the date comes from <meta property="article:published_time">
    expect(report.articles[0]?.date).toBe('2025-08-19');
    // the script's "400 minutes" and the navigation's "24 hours" are not article text
    expect(report.mentions.map((m) => m.text)).not.toContain('400 minutes');
    expect(report.mentions.map((m) => m.text)).not.toContain('24 hours');
  });

  it('one article on stdin is read as HTML when --stdin-filename names an .html file', async () => {
    const run = async (name: string) => {
      const io = captureIo({ readStdin: async () => HTML });
      await main(['facts', '-', '--stdin-filename', name, '-f', 'json'], io);
      return JSON.parse(io.out) as FactsReport;
    };
    const html = await run('wire.html');
    const at = HTML.indexOf('more than two hours');
    expect(html.mentions.find((m) => m.text === 'more than two hours')?.start).toBe(at);
    // read as text, the markup is words: the script's figure is read too
    expect((await run('wire.txt')).mentions.map((m) => m.text)).toContain('400 minutes');
    // with no name, an HTML document is known by its doctype
    const io = captureIo({ readStdin: async () => HTML });
    await main(['facts', '-', '-f', 'json'], io);
    expect((JSON.parse(io.out) as FactsReport).mentions.find((m) => m.text === 'more than two hours')?.start).toBe(at);
  });

  it.each([
    ['<!doctype html><p>x</p>', true],
    ['\uFEFF\n  <!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN">', true],
    ['<!-- saved page --><html lang="en">', true],
    ['<p>A paragraph of text</p>', false],
    ['The <html> tag opens a page.', false],
    ['', false],
  ])('%j looks like an HTML document: %s', (text, html) => {
    expect(looksLikeHtml(text)).toBe(html);
  });

  it('stylish output gives the line and column in the file', async () => {
    const io = captureIo();
    expect(await main([DIR, '--no-color'], io)).toBe(1);
    const at = HTML.indexOf('more than two hours');
    const { line, column } = place(HTML, at);
    expect(io.out).toContain(`${DIR}/wire.html:${line}:${column}  "more than two hours"`);
    const json = captureIo();
    await main([DIR, '-f', 'json'], json);
    const evidence = (JSON.parse(json.out) as Report).findings[0]?.evidence.find((e) => e.path.endsWith('.html'));
    expect(evidence).toMatchObject({ start: at, line, column, text: 'more than two hours' });
  });
});
