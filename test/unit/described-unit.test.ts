import { describe, expect, it } from 'vitest';
import { readQuantities } from '../../src/index.js';
import { MODEL } from '../helpers/model.js';

/** Read with the NLP tags: the describing word is told by its part of speech. */
const tagged = (sentence: string) => readQuantities(MODEL, sentence);

describe('a unit after one describing word (model/units.json degreeWords)', () => {
  it.each<[string, string, string, number, string | null, string | undefined]>([
    // sentence, as read, dimension, amount, unit key, the kind of measure the word names
    ['The talks lasted two full hours.', 'two full hours', 'duration', 2, 'hour', undefined],
    ['The ban adds three more years.', 'three more years', 'duration', 3, 'year', undefined],
    ['The climbers waited five long days.', 'five long days', 'duration', 5, 'day', undefined],
    ['He ran for 226 rushing yards.', '226 rushing yards', 'length', 226, 'yard', 'rushing'],
    ['She threw for 4,183 passing yards.', '4,183 passing yards', 'length', 4183, 'yard', 'passing'],
    ['The storm dumped 20 fresh inches of snow.', '20 fresh inches', 'length', 20, 'inch', 'fresh snow'],
  ])('%j → %j', (sentence, text, dimension, amount, unitKey, kind) => {
    const q = tagged(sentence)[0]!;
    expect([q.text, q.value.dimension, q.value.amount, q.value.unitKey]).toEqual([text, dimension, amount, unitKey]);
    expect(q.frame?.thing).toBe(kind);
  });

  it.each([
    // a span of time after a word that is no degree is a time reference, not a length of time
    ['a time reference', 'Sales reached 3.5M last year.', '3.5M', 'count'],
    ['a noun after the unit', 'Three foot soldiers died.', 'Three foot', 'length'],
    ['a counted thing with no unit', 'He served two consecutive terms.', 'two', 'count'],
    ['a capital word', 'They bought 40 Gold yards.', '40', 'count'],
  ])('%s: %j reads %j', (_name, sentence, text, dimension) => {
    const q = tagged(sentence)[0]!;
    expect([q.text, q.value.dimension]).toEqual([text, dimension]);
  });
});
