import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import nlp from 'compromise/two';
import { tagText } from '../../src/extract/nlp.js';
import { fasterBulkMatch } from '../../src/extract/nlp-sweep.js';

// compromise's CommonJS bundle is a second instance of the same version that no plugin touched: the stock tagger
const stock = createRequire(import.meta.url)('compromise/two') as typeof nlp;

type Tagged = [number, number, string[], string | undefined][][];

function tags(tagger: typeof nlp, text: string): Tagged {
  const doc = tagger(text);
  doc.compute('root');
  const json = doc.json({ offset: true, text: false, terms: { offset: true } }) as {
    terms: { offset: { start: number; length: number }; tags: string[]; root?: string }[];
  }[];
  return json.map((s) => s.terms.map((t) => [t.offset.start, t.offset.length, t.tags, t.root]));
}

const texts = [...fg.sync(['fixtures/seeds/*.txt', 'fixtures/cases/**/*.txt'], { cwd: process.cwd() }).sort()].map(
  (path) => readFileSync(path, 'utf8'),
);

describe('the faster pattern step (src/extract/nlp-sweep.ts)', () => {
  it('is the step the adapter tags with', () => {
    tagText('Loaded.');
    const step = (tagger: typeof nlp) =>
      (tagger.methods() as unknown as { one: { bulkMatch: () => void } }).one.bulkMatch;
    expect(step(nlp).name).toBe('fasterBulkMatch');
    expect(step(stock).name).not.toBe('fasterBulkMatch');
  });

  it.each([
    'Mara Quint, a mother of five, said the vote was held on Tuesday night in Norvik.',
    "The Dalen Rovers made an eight-year offer to free agent Tomas Verl, the club's manager said Friday.",
    "Police said the suspect didn't fire until 9:40 p.m., and that nobody was hurt; 3 were arrested.",
    'Up up up. Go.',
    '',
  ])('tags %j as stock compromise does', (text) => {
    expect(tags(nlp, text)).toEqual(tags(stock, text));
  });

  it(`tags the ${texts.length} fixture articles as stock compromise does`, () => {
    expect(texts.length).toBeGreaterThan(20);
    for (const text of texts) expect(tags(nlp, text)).toEqual(tags(stock, text));
  });

  it('chooses the same patterns in the same order as the stock step, call by call, on every fixture article', () => {
    type Step = Parameters<typeof fasterBulkMatch>[0];
    const methodsOf = (tagger: typeof nlp) => tagger.methods() as unknown as { one: { bulkMatch: Step } };
    const stockStep = methodsOf(stock).one.bulkMatch;
    const faster = fasterBulkMatch(stockStep);
    const seen = { calls: 0, matches: 0, differ: 0 };
    const listed = (found: object[]) =>
      JSON.stringify(found.map((f) => [(f as { match: string }).match, (f as { pointer: unknown }).pointer]));
    const both: Step = (document, net, methods, opts) => {
      const expected = stockStep(document, net, methods, opts);
      seen.calls++;
      seen.matches += expected.length;
      if (listed(faster(document, net, methods, opts)) !== listed(expected)) seen.differ++;
      return expected;
    };
    // the CommonJS instance runs both steps on each call and goes on with the stock one's answer
    stock.plugin({ methods: { one: { bulkMatch: both } } });
    try {
      for (const text of texts) stock(text);
    } finally {
      stock.plugin({ methods: { one: { bulkMatch: stockStep } } });
    }
    expect(seen.calls).toBeGreaterThanOrEqual(texts.length);
    expect(seen.matches).toBeGreaterThan(200);
    expect(seen.differ).toBe(0);
  });

  it('leaves a net not made as compromise makes its own to the stock step, which it could not order', () => {
    const pattern = (match: string, needs = ['#Noun']) => ({ match, needs, wants: [], minWant: 0, minWords: 1 });
    const calls: string[] = [];
    const stockStep = () => (calls.push('stock'), []);
    const step = fasterBulkMatch(stockStep);
    const methods = {
      one: { cacheDoc: (d: unknown[][]) => d.map(() => new Set(['#Noun'])), match: () => ({ ptrs: [[0, 0, 1]] }) },
    };
    const once = { hooks: { '#Noun': [pattern('#Noun')] }, always: [] };
    expect(step([['term']], once, methods)).toHaveLength(1);
    expect(calls).toEqual([]);
    // two patterns of one text: compromise keeps the first it meets
    step([['term']], { hooks: { '#Noun': [pattern('#Noun'), pattern('#Noun')] }, always: [] }, methods);
    expect(calls).toEqual(['stock']);
    // a pattern hooked on a word it neither needs nor wants
    step([['term']], { hooks: { '#Verb': [pattern('#Noun #Verb', ['#Noun'])] }, always: [] }, methods);
    expect(calls).toEqual(['stock', 'stock']);
  });
});
