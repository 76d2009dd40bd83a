/** Shared by the output-format tests: the seeds report, and a report full of hostile article text. */
import { main } from '../../src/cli/main.js';
import type { Report } from '../../src/types.js';
import { captureIo } from '../helpers/io.js';

/** What `factdiff ARGS` prints, exits with and complains about, run in-process from the repository root. */
export async function run(args: string[], env: Record<string, string> = {}) {
  const io = captureIo({ env });
  const code = await main(args, io);
  return { code, out: io.out, err: io.err };
}

let seeds: Report | undefined;

/** The JSON report for fixtures/seeds (computed once). */
export async function seedsReport(): Promise<Report> {
  if (!seeds) seeds = JSON.parse((await run(['fixtures/seeds', '-f', 'json'])).out) as Report;
  return structuredClone(seeds);
}

/** Characters that must never reach the output raw (newline and tab aside). */
export const RAW_CONTROL =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/**
 * Article text written to hurt: ANSI and C1 escapes, bidi overrides, markup, workflow commands, mentions,
 * line breaks.
 */
export const HOSTILE = [
  '\u001b[31mred\u001b[0m',
  '\u009b2J',
  '\u202eevil\u202c',
  'a | b || c',
  '`tick` ``two``',
  '::warning file=x::pwned',
  '@octocat',
  '#123',
  '[link](https://evil.example/) www.evil.example',
  '<img src=x onerror=alert(1)>',
  '*bold* _it_ ~~gone~~ $x$ &amp;',
  '100% sure, ok: yes',
  '\\ backslash',
].join(' ');

/**
 * The seeds report with every piece of article text (messages, readings, quoted words,
 * contexts and paths) replaced by hostile text; the first evidence spans two lines.
 */
export async function hostileReport(): Promise<Report> {
  const report = await seedsReport();
  const rename = (p: string): string => `odd dir/${p.split('/').pop()?.replace('.txt', '')},x:y%z #1.txt`;
  report.articles = report.articles.map((a) => ({ ...a, path: rename(a.path) }));
  report.findings = report.findings.map((f, i) => ({
    ...f,
    message: `${HOSTILE}\r\nsecond line ${i}`,
    camps: f.camps.map((c) => ({ ...c, reading: `${c.reading} ${HOSTILE}`, articles: c.articles.map(rename) })),
    evidence: f.evidence.map((e, j) => {
      const text = j === 0 ? `${HOSTILE}\r\nnext line\nlast ${HOSTILE}` : HOSTILE;
      return {
        ...e,
        path: rename(e.path),
        text,
        end: e.start + text.length,
        context: `before ${text} after`,
        contextOffset: 7,
        value: { ...e.value, reading: `${e.value.reading} ${HOSTILE}` },
      };
    }),
  }));
  return report;
}
