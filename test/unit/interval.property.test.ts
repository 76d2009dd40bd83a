import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intersect, overlaps, toInterval } from '../../src/normalize/interval.js';
import type { Dimension } from '../../src/types.js';
import { MODEL } from '../helpers/model.js';
import { quantities } from '../helpers/quantities.js';

const amount = fc.double({ min: 0.5, max: 1e9, noNaN: true, noDefaultInfinity: true });
const dimension = fc.constantFrom<Dimension>('duration', 'count', 'percent');
const granularity = fc.constantFrom(0.1, 1, 10, 100, 1000);

describe('interval properties', () => {
  it('"more than x" and "less than x" never overlap', () => {
    fc.assert(
      fc.property(amount, dimension, granularity, (x, d, g) => {
        const more = toInterval(
          { amount: x, hedge: 'more-than', dimension: d, granularity: g },
          MODEL.hedges.tolerance,
        );
        const less = toInterval(
          { amount: x, hedge: 'less-than', dimension: d, granularity: g },
          MODEL.hedges.tolerance,
        );
        expect(overlaps(more, less)).toBe(false);
      }),
    );
  });

  it('"nearly x" lies below x and contains values just under it', () => {
    fc.assert(
      fc.property(amount, dimension, granularity, (x, d, g) => {
        const nearly = toInterval({ amount: x, hedge: 'nearly', dimension: d, granularity: g }, MODEL.hedges.tolerance);
        expect(nearly.high).toBe(x);
        expect(nearly.highInclusive).toBe(false);
        expect(nearly.low).toBeLessThan(x);
      }),
    );
  });

  it('every hedge gives a non-empty interval that a bare x agrees with, except the strict ones', () => {
    const hedges = ['exact', 'about', 'at-least', 'at-most'] as const;
    fc.assert(
      fc.property(amount, dimension, granularity, fc.constantFrom(...hedges), (x, d, g, hedge) => {
        const i = toInterval({ amount: x, hedge, dimension: d, granularity: g }, MODEL.hedges.tolerance);
        expect(i.low).toBeLessThanOrEqual(i.high);
        expect(overlaps(i, { low: x, high: x, lowInclusive: true, highInclusive: true })).toBe(true);
      }),
    );
  });

  it('intersection is symmetric', () => {
    const interval = fc
      .tuple(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.boolean(),
        fc.boolean(),
      )
      .map(([low, width, li, hi]) => ({ low, high: low + width, lowInclusive: li, highInclusive: hi }));
    fc.assert(
      fc.property(interval, interval, (a, b) => {
        expect(intersect(a, b)).toEqual(intersect(b, a));
      }),
    );
  });

  it('durations convert to seconds and back', () => {
    const units: [string, number][] = [
      ['minutes', 60],
      ['hours', 3600],
      ['days', 86400],
      ['weeks', 604800],
    ];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.constantFrom(...units), (n, [unit, factor]) => {
        const [q] = quantities(`it lasted at least ${n} ${unit}`);
        expect(q?.value.low).toBe(n * factor);
        expect((q?.value.low ?? 0) / factor).toBe(n);
      }),
    );
  });
});

describe('extraction never throws and spans are exact', () => {
  const newsy = fc.array(
    fc.oneof(
      fc.constantFrom(
        'more than',
        'nearly',
        'about',
        'two',
        'hours',
        '90',
        'minutes',
        '-',
        'a',
        'an',
        'hour',
        'and',
        'half',
        '10:00',
        'a.m.',
        'killed',
        '1,200',
        '½',
        'between',
        'to',
        '%',
        'or more',
        'ago',
      ),
      fc.string(),
    ),
    { maxLength: 30 },
  );
  it('for any text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          newsy.map((ws) => ws.join(' ')),
        ),
        (text) => {
          for (const m of quantities(text)) {
            expect(text.slice(m.start, m.end)).toBe(m.text);
            expect(m.value.low <= m.value.high).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('lexicon look-ups', () => {
  it.each(['valueOf', 'constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    'find nothing for the word %j',
    (word) => {
      for (const text of [word, `${word} 5`, `5 ${word}`, `about ${word}`, `a ${word} of`]) {
        for (const m of quantities(text)) {
          expect(Number.isFinite(m.value.low)).toBe(true);
          expect(text.slice(m.start, m.end)).toBe(m.text);
        }
      }
    },
  );
});

describe('bounds below zero', () => {
  it('"< -1" and "at most -5" stay ordered intervals', () => {
    for (const text of ['<-1', 'at most -5 people', 'less than -3%']) {
      for (const m of quantities(text)) expect(m.value.low).toBeLessThanOrEqual(m.value.high);
    }
  });
});
