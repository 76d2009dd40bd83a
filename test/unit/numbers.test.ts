import { describe, expect, it } from 'vitest';
import { parseNumber, placeValue } from '../../src/extract/numbers.js';
import { tokenize } from '../../src/text/tokens.js';
import { MODEL } from '../helpers/model.js';

describe('parseNumber', () => {
  it.each([
    ['1,200', 1200, 100],
    ['1.5 million', 1_500_000, 100_000],
    ['2bn', 2_000_000_000, 1_000_000_000],
    ['4½', 4.5, 0.25],
    ['24', 24, 1],
    ['400', 400, 100],
    ['two', 2, 1],
    ['twenty-five', 25, 1],
    ['ninety', 90, 10],
    ['four hundred', 400, 100],
    ['four hundred and twelve', 412, 1],
    ['two hundred thousand', 200_000, 100_000],
    ['a dozen', 12, 1],
    ['three dozen', 36, 1],
    ['a hundred', 100, 100],
  ])('%s → %d (granularity %d)', (text, value, granularity) => {
    const parsed = parseNumber(MODEL, tokenize(text), 0);
    expect(parsed).not.toBeNull();
    expect(parsed!.value).toBeCloseTo(value, 9);
    expect(parsed!.granularity).toBeCloseTo(granularity, 9);
    expect(parsed!.next).toBe(tokenize(text).length);
  });

  it.each(['hello', 'a house', 'one two', '1,20,0'])('does not read %j as a whole number', (text) => {
    const parsed = parseNumber(MODEL, tokenize(text), 0);
    expect(parsed === null || parsed.next < tokenize(text).length).toBe(true);
  });

  it('placeValue finds the last stated digit', () => {
    expect([placeValue(0), placeValue(7), placeValue(90), placeValue(1200), placeValue(2.5)]).toEqual([
      1, 1, 10, 100, 1,
    ]);
  });
});

describe('parseNumber: signs, fractions, exponents, dozens, "point"', () => {
  it.each([
    ['-1', -1],
    ['minus five', -5],
    ['.08', 0.08],
    ['3/4', 0.75],
    ['2 1/4', 2.25],
    // a mixed number whose space was lost: 4 1/2, 1 3/4; a numerator no smaller than its denominator stays
    ['41/2', 4.5],
    ['13/4', 1.75],
    ['15/2', 7.5],
    ['1e10', 1e10],
    ['12.32e+14', 12.32e14],
    ['two thirds', 2 / 3],
    ['a third', 1 / 3],
    ['one and a half', 1.5],
    ['five and a quarter', 5.25],
    ['three dozens', 36],
    ['two point five', 2.5],
    ['two hundred point zero three', 200.03],
    ['322 hundred', 32200],
    ['half a million', 500_000],
    ['quarter million', 250_000],
    ['3 million and a half', 3_500_000],
    ['five and a half million', 5_500_000],
    ['1 234 567', 1_234_567],
    ['one out of three', 1 / 3],
    ['13 lakh', 1_300_000],
    ['three lakh crore', 3e12],
    ['¾', 0.75],
    ['10 bln', 1e10],
  ])('%s → %d', (text, value) => {
    const parsed = parseNumber(MODEL, tokenize(text), 0);
    expect(parsed?.value).toBeCloseTo(value, 9);
    expect(parsed?.next).toBe(tokenize(text).length);
  });

  it.each(['3/4/2020', 'in the third quarter', 'a second'])('does not read %j as one fraction', (text) => {
    const tokens = tokenize(text);
    const parsed = parseNumber(MODEL, tokens, 0);
    expect(parsed === null || parsed.next < tokens.length || Number.isInteger(parsed.value)).toBe(true);
  });

  it.each([
    // a month and a year, and the tail of a slashed date, are no fractions
    ['Sales in 06/2013 rose.', 2],
    ['It reopened on 05/06/2013 after repairs.', 5],
  ])('reads no fraction in %j at token %i', (text, at) => {
    const parsed = parseNumber(MODEL, tokenize(text), at);
    expect(parsed === null || Number.isInteger(parsed.value)).toBe(true);
  });
});

describe('readNumbers', () => {
  it('skips "one" as a pronoun and numbers glued to units', async () => {
    const { readNumbers } = await import('../../src/index.js');
    expect(
      readNumbers(MODEL, 'Which one do you prefer? The one with 180ml, or one of the 3 others?').map((n) => n.value),
    ).toEqual([1, 3]);
  });
});
