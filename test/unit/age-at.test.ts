import { describe, expect, it } from 'vitest';
import { readQuantities } from '../../src/index.js';
import { MODEL } from '../helpers/model.js';

const first = (sentence: string) => readQuantities(MODEL, sentence)[0];

describe('an age after "at", a verb of dying or retiring before it (model/attributes.json ageAt)', () => {
  it.each([
    ['Mara Quint, who died yesterday in a hospital in Dalen at 77, ran the mill.', '77'],
    ['The actor died on Sunday at 84 of heart failure.', '84'],
    ['Dalen mill founder dead at 95', '95'],
    ['The club said he retired at 60.', '60'],
  ])('%j → age %s', (sentence, text) => {
    const q = first(sentence)!;
    expect([q.text, q.value.dimension]).toEqual([text, 'age']);
  });

  it.each([
    // something counted after it, a clock time, another clause between, no such verb
    ['The storm died down at 77 homes.', 'count'],
    ['The patient died at 7 p.m.', 'time-of-day'],
    ['He died in May, and the mill closed at 60.', 'count'],
    ['The index closed at 77.', 'count'],
  ])('%j is no age', (sentence, dimension) => {
    expect(first(sentence)?.value.dimension).toBe(dimension);
  });
});
