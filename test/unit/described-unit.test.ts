import { describe, expect, it } from 'vitest';
import { readQuantities } from '../../src/index.js';
import { MODEL } from '../helpers/model.js';

/** Read with the NLP tags, as the CLI reads. */
const tagged = (sentence: string) => readQuantities(MODEL, sentence);

describe('a unit after a word of degree (model/units.json degreeWords, addedWords)', () => {
  it.each<[string, string, string, number, string | null, string | null]>([
    // sentence, as read, dimension, amount, unit key, trend
    ['The talks lasted two full hours.', 'two full hours', 'duration', 2, 'hour', null],
    ['The climbers waited five long days.', 'five long days', 'duration', 5, 'day', null],
    ['The strike went on for three straight weeks.', 'three straight weeks', 'duration', 3, 'week', null],
    // an amount added is a change up, never the total
    ['The talks lasted two more hours.', 'two more hours', 'duration', 2, 'hour', 'up'],
    ['The storm dropped six more inches of snow.', 'six more inches', 'length', 6, 'inch', 'up'],
  ])('%j → %j', (sentence, text, dimension, amount, unitKey, trend) => {
    const q = tagged(sentence)[0]!;
    expect([q.text, q.value.dimension, q.value.amount, q.value.unitKey]).toEqual([text, dimension, amount, unitKey]);
    expect(q.value.trend).toBe(trend);
  });

  it.each([
    // a word that names a thing, not a degree: no unit
    ['a thing', 'Three neighboring yards were flooded.', 'Three', 'count'],
    ['a body part', 'He walked on two bare feet.', 'two', 'count'],
    ['a sport measure', 'He ran for 226 rushing yards.', '226', 'count'],
    // a time reference, a noun after the unit
    ['a time reference', 'Sales reached 3.5M last year.', '3.5M', 'count'],
    ['a noun after the unit', 'Three foot soldiers died.', 'Three foot', 'length'],
  ])('%s: %j reads %j', (_name, sentence, text, dimension) => {
    const q = tagged(sentence)[0]!;
    expect([q.text, q.value.dimension]).toEqual([text, dimension]);
  });
});
