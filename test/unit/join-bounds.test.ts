import { describe, expect, it } from 'vitest';
import { quantities, show } from '../helpers/quantities.js';

describe('two bounds make one range', () => {
  it.each([
    ['greater than 100 and smaller than 300', 'greater than 100 and smaller than 300', '(100, 300)'],
    ['at most 100 and at least 20 apples', 'at most 100 and at least 20', '[20, 100]'],
    ['above 1000 but below 1500', 'above 1000 but below 1500', '(1000, 1500)'],
    ['greater than 30 and less than or equal to 40', 'greater than 30 and less than or equal to 40', '(30, 40]'],
  ])('%j', (sentence, text, interval) => {
    const [q] = quantities(sentence);
    expect(q?.text).toBe(text);
    expect(q?.value.hedge).toBe('range');
    expect(show(q!)).toBe(interval);
  });

  it('borrows the unit of the second bound', () => {
    const [q] = quantities('more than 20 and less than 30 minutes');
    expect([q?.value.dimension, q?.value.low, q?.value.high]).toEqual(['duration', 1200, 1800]);
  });

  it('keeps unrelated comparisons apart', () => {
    expect(quantities('more than 40 and more than 10')).toHaveLength(2);
    expect(quantities('more than 40 people and, later, less than 10')).toHaveLength(2);
  });
});

describe('"or equal" and competing hedges', () => {
  it.each([
    ['less than 5000 or equal', 'at-most', '[0, 5000]'],
    ['more than 5000 or equal to it', 'at-least', '[5000, ∞)'],
    ['about five hundred or more', 'at-least', '[500, ∞)'],
    ['smaller or equal than 100', 'at-most', '[0, 100]'],
  ])('%j → %s %s', (sentence, hedge, interval) => {
    const [q] = quantities(sentence);
    expect(q?.value.hedge).toBe(hedge);
    expect(show(q!)).toBe(interval);
  });

  it('does not take "or less than" as a hedge of the number before it', () => {
    expect(quantities('equal to 5000 or less than 6000').map((q) => q.text)).toEqual([
      'equal to 5000',
      'less than 6000',
    ]);
  });

  it('does not read phone numbers as ranges', () => {
    expect(quantities('call +1-222-2222-2222 now').some((q) => q.value.hedge === 'range')).toBe(false);
  });
});
