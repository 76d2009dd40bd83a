/** A count's title in English, from its frame (src/align/frames.ts countTitle). */
import { describe, expect, it } from 'vitest';
import { countTitle } from '../../src/align/frames.js';
import { readArticle } from '../../src/extract/read.js';
import { MODEL } from '../helpers/model.js';

function title(text: string, number: string): string {
  const m = readArticle(MODEL, { path: 'a.txt', text }).mentions.find((q) => q.text.includes(number));
  return m?.frame ? countTitle(MODEL, m.frame) : 'no frame';
}

describe('count titles', () => {
  it.each([
    ['Police fired 20 rounds at the car.', '20', 'number of rounds fired'],
    ['At least 12 people were arrested on Friday.', '12', 'number of people arrested'],
    ['About 12 people died in the crash.', '12', 'number of people that died'],
    ['The company has about 350 employees in four countries.', '350', 'number of employees'],
    ['He played in just 10 games this season.', '10', 'number of games played in'],
    ['Some 14 victims remain in hospital.', '14', 'number of victims (remain)'],
  ])('%s (%s) → %s', (text, number, expected) => {
    expect(title(text, number)).toBe(expected);
  });
});
