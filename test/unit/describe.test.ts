/** Values in words (src/normalize/describe.ts): what a finding's camps and evidence say. */
import { describe, expect, it } from 'vitest';
import { describeValue, type Described } from '../../src/normalize/describe.js';
import { MODEL } from '../helpers/model.js';

const angle = (amount: number, reach: number): Described => ({
  dimension: 'angle',
  unit: 'deg',
  amount,
  hedge: 'about',
  low: amount - reach,
  high: amount + reach,
  lowInclusive: true,
  highInclusive: true,
});

describe('describeValue: bearings', () => {
  it.each([
    [180, 45, 'south'],
    [315, 22.5, 'northwest'],
    [-22.5, 11.25, 'north-northwest'], // turned by half a circle when compared: still the word
    [0, 45, 'north'],
  ])('%s° ± %s is "%s"', (amount, reach, word) => {
    expect(describeValue(MODEL, angle(amount, reach))).toBe(word);
  });

  it('gives degrees for a bearing no compass word matches', () => {
    expect(describeValue(MODEL, angle(200, 10))).toBe('about 190–210 deg');
  });
});

describe('describeValue: counts are whole', () => {
  const count = (low: number, high: number, hedge: Described['hedge']): Described => ({
    dimension: 'count',
    unit: 'item',
    amount: (low + high) / 2,
    hedge,
    low,
    high,
    lowInclusive: true,
    highInclusive: true,
  });

  it('rounds the bounds of an estimate inward to whole numbers', () => {
    expect(describeValue(MODEL, count(21.6, 26.4, 'about'))).toBe('about 22–26');
  });

  it('says one whole number when the band holds only one', () => {
    expect(describeValue(MODEL, count(0.9, 1.1, 'about'))).toBe('about 1');
  });
});

describe('describeValue: ages reaching up to a later day', () => {
  const age = (aged?: Described['aged']): Described => ({
    dimension: 'age',
    unit: 'yr',
    amount: 43,
    hedge: 'exact',
    low: 43,
    high: 43 + (aged?.years ?? 0),
    lowInclusive: true,
    highInclusive: true,
    ...(aged ? { aged } : {}),
  });

  it('says what was told, when, and how much older the person may be by the later day', () => {
    expect(describeValue(MODEL, age({ reading: '43 yr', on: '2011-03-02', by: '2013-03-04', years: 3 }))).toBe(
      '43 yr on 2011-03-02 (up to 3 years older by 2013-03-04)',
    );
  });

  it('within a year reads as told: a birthday between is only allowed for', () => {
    expect(describeValue(MODEL, age({ reading: '43 yr', on: '2013-01-10', by: '2013-09-20', years: 1 }))).toBe('43 yr');
  });

  it('an age not brought anywhere reads as itself', () => {
    expect(describeValue(MODEL, age())).toBe('43 yr');
  });
});

describe('describeValue: dates', () => {
  const DAY = 86_400_000;
  const span = (first: string, last: string): Described => {
    const [low, high] = [Date.parse(`${first}T00:00:00Z`) / DAY, Date.parse(`${last}T00:00:00Z`) / DAY];
    return {
      dimension: 'date',
      unit: 'day',
      amount: low,
      hedge: 'range',
      low,
      high,
      lowInclusive: true,
      highInclusive: true,
    };
  };

  it.each([
    ['2002-01-01', '2002-12-31', '2002'],
    ['2006-09-01', '2006-09-30', '2006-09-01 to 2006-09-30'],
    ['2002-01-01', '2003-12-31', '2002-01-01 to 2003-12-31'],
  ])('%s to %s is "%s"', (first, last, words) => {
    expect(describeValue(MODEL, span(first, last))).toBe(words);
  });
});
