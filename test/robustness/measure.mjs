#!/usr/bin/env node
/**
 * Times each pipeline stage on pathological inputs at growing sizes, to spot super-linear
 * behaviour. Uses the built code: `npm run build && node test/robustness/measure.mjs [scale]`.
 * For each input, the time should grow about as fast as the size (ratio ≈ size ratio).
 */
import { performance } from 'node:perf_hooks';
import { parseArticle } from '../../dist/extract/parse.js';
import { extractMentions } from '../../dist/extract/index.js';
import { nameCandidates, personWords, typeCandidates } from '../../dist/extract/entities.js';
import { extractQuotes } from '../../dist/extract/quotes.js';
import { skeletons } from '../../dist/normalize/entities.js';
import { loadModel } from '../../dist/model/load.js';
import { normalizeMention } from '../../dist/normalize/index.js';
import { check } from '../../dist/pipeline.js';
import { stylish } from '../../dist/report/formatters/stylish.js';
import { plain } from '../../dist/report/formatters/style.js';
import { publicationDate } from '../../dist/ingest/date.js';
import { LineIndex } from '../../dist/text/lines.js';
import { forTerminal } from '../../dist/text/escape.js';

const model = loadModel();
const scale = Number(process.argv[2] ?? 1);
/** Only the inputs whose name contains this. */
const only = process.argv[3];

/** name → (n) → text of about n units */
export const GENERATORS = {
  'single line (bytes)': (n) =>
    'The call lasted two hours and 30 minutes, officials said '.repeat(Math.ceil(n / 57)).slice(0, n),
  digits: (n) => '7'.repeat(n),
  'digits with commas': (n) => '1' + ',000'.repeat(Math.floor(n / 4)),
  '"more than " ×n': (n) => 'more than '.repeat(n) + '5 people',
  'nested quotes ×n': (n) => '“'.repeat(n) + 'hello' + '”'.repeat(n),
  'unclosed quotes ×n': (n) => '"a '.repeat(n),
  'long word (chars)': (n) => 'a'.repeat(n),
  'capitalized words ×n': (n) => 'Foo '.repeat(n) + 'said.',
  'said ×n': (n) => '"Hi," said '.repeat(n),
  'numbers ×n': (n) => '1 2 '.repeat(Math.ceil(n / 2)),
  'sentences ×n': (n) => 'He left. '.repeat(n),
  'control chars (bytes)': (n) => '\u001b[31m\u0007'.repeat(Math.ceil(n / 6)),
  'Mr. ×n': (n) => 'Mr. '.repeat(n),
  'blank lines ×n': (n) => '\r\n'.repeat(n) + 'Date: 2020-01-01',
  'durations ×n': (n) => Array.from({ length: n }, (_, i) => `The call lasted ${i + 1} minutes. `).join(''),
  'names ×n': (n) =>
    Array.from({ length: n }, (_, i) => `President ${word(i)} ${word(i * 7 + 3)} met Governor ${word(i + 11)}. `).join(
      '',
    ),
  'quotes+speakers ×n': (n) =>
    Array.from({ length: n }, (_, i) => `“We will ${word(i)} now,” said ${word(i)} ${word(i + 5)}. `).join(''),
};

/** A distinct capitalized made-up word for each i. */
function word(i) {
  let w = '';
  for (let k = i + 26; k > 0; k = Math.floor(k / 26)) w += String.fromCharCode(97 + (k % 26));
  return w[0].toUpperCase() + w.slice(1) + 'son';
}
function time(fn) {
  const t0 = performance.now();
  const r = fn();
  return [performance.now() - t0, r];
}

function stages(text) {
  const article = { path: 'x.txt', text };
  const out = {};
  let parsed;
  [out.parse, parsed] = time(() => parseArticle(article));
  [out.quantities] = time(() => extractMentions(model, parsed).map((raw) => normalizeMention(model, raw)));
  let entities;
  [out.names, entities] = time(() => {
    const names = nameCandidates(model, parsed);
    const skeleton = skeletons();
    return typeCandidates(names, personWords(names, skeleton), skeleton);
  });
  [out.quotes] = time(() => extractQuotes(model, text, entities));
  [out.misc] = time(() => {
    publicationDate(model, text);
    new LineIndex(text).locate(text.length);
    forTerminal(text);
  });
  let report;
  [out.check, report] = time(() =>
    check([article, { path: 'y.txt', text: text.slice(0, text.length >> 1) }], {
      model,
      tool: { name: 'factdiff', version: '0' },
    }),
  );
  [out.format] = time(() => stylish(report, { style: plain }));
  return out;
}

const sizes = [1000, 10000, 100000].map((s) => Math.round(s * scale));
console.log(`stage times in ms; sizes ${sizes.join(', ')}`);
for (const [name, gen] of Object.entries(GENERATORS)) {
  if (only && !name.includes(only)) continue;
  for (const n of sizes) {
    const text = gen(n);
    const t = stages(text);
    const cells = Object.entries(t)
      .map(([k, v]) => `${k} ${v.toFixed(0)}`)
      .join('  ');
    console.log(`${name.padEnd(24)} n=${String(n).padEnd(7)} len=${String(text.length).padEnd(8)} ${cells}`);
  }
}
