/** The order of findings (src/compare/index.ts): severity, how many articles state the fact, then the gap. */
import { describe, expect, it } from 'vitest';
import { gap } from '../../src/compare/index.js';
import { conflictMessages } from '../helpers/pipeline.js';

describe('findings in order of importance', () => {
  it('puts the wider of two gaps first when severity and articles are the same', () => {
    const messages = conflictMessages([
      'The storm killed 12 people. The earthquake injured 40 people.',
      'The storm killed 19 people. The earthquake injured 46 people.',
    ]);
    expect(messages.map((m) => m.split(':')[0])).toEqual([
      'Number killed in the event',
      'Number injured in the earthquake',
    ]);
  });

  it('measures a gap relative to the values, and none for camps that touch', () => {
    const finding = (camps: [number, number | null][]) =>
      ({
        camps: camps.map(() => ({ reading: '', articles: [] })),
        evidence: camps.map(([low, high], camp) => ({ camp, value: { kind: 'quantity', low, high } })),
      }) as unknown as Parameters<typeof gap>[0];
    expect(
      gap(
        finding([
          [12, 12],
          [19, 19],
        ]),
      ),
    ).toBeCloseTo(7 / 19);
    expect(
      gap(
        finding([
          [40, 40],
          [41, 41],
        ]),
      ),
    ).toBeCloseTo(1 / 41);
    expect(
      gap(
        finding([
          [10, null],
          [5, 8],
        ]),
      ),
    ).toBeCloseTo(2 / 10);
    expect(
      gap(
        finding([
          [10, 20],
          [15, 30],
        ]),
      ),
    ).toBe(0);
  });
});
