import { describe, expect, it } from 'vitest';
import { checkArticles } from '../helpers/pipeline.js';

/** The place-conflict findings of a batch of one-paragraph articles. */
function placeFindings(...texts: string[]): string[] {
  const report = checkArticles(texts.map((text, i) => ({ path: `${i}.txt`, text })));
  return report.findings.filter((f) => f.ruleId === 'place-conflict').map((f) => f.message);
}

describe('place-conflict: places of another event or time, or where it was felt', () => {
  it.each([
    [
      'a place where the quake was felt',
      'A strong earthquake struck in Iran on Sunday, officials said.',
      'The earthquake was felt across the gulf in Oman, residents said.',
    ],
    [
      'a place in another year',
      'Thieves raided a jewellery store in France on Monday, police said.',
      'Updated 9 September 2013. In 2007, the same gang raided a jewellery store in Dubai, police said.',
    ],
    [
      'a place of a previous event',
      'The talks began in Jeddah on Sunday, officials said.',
      'The previous talks were held in Riyadh, officials said.',
    ],
  ])('%s is not compared', (_name, a, b) => {
    expect(placeFindings(a, b)).toEqual([]);
  });

  it('still reports two places for one event', () => {
    expect(
      placeFindings(
        'Talks between the two sides began in Jeddah on Sunday, officials said.',
        'The talks were held in Riyadh on Sunday.',
      ),
    ).toHaveLength(1);
  });
});
