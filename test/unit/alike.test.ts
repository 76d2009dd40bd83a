/** Values paired across articles by sentences that tell the same thing (src/align/alike.ts). */
import { describe, expect, it } from 'vitest';
import { pairable } from '../../src/align/alike.js';
import { tokenize } from '../../src/text/tokens.js';
import { checkArticles, mentionsOfOne } from '../helpers/pipeline.js';

/** The conflict findings of a batch of articles, as their messages. */
function conflicts(...texts: string[]): string[] {
  return checkArticles(
    texts.map((text, i) => ({ path: `${i}.txt`, text })),
    { group: 'none' },
  )
    .findings.filter((f) => f.ruleId === 'quantity-conflict' && f.severity !== 'info')
    .map((f) => f.message);
}

describe('alike: values no key ties, paired by their sentences', () => {
  it.each([
    [
      'a count with no verb',
      [
        'The relief agency had 2,000 tents ready near the flooded valley villages.',
        'The relief agency had 3,500 tents ready near the flooded valley villages on Sunday.',
      ],
      'Number of tents',
    ],
    [
      'a duration',
      [
        'Federal biologists have reviewed dam permits for 35 years under the wildlife statute.',
        'Under the wildlife statute, federal biologists reviewed dam permits for 57 years.',
      ],
      'Duration in',
    ],
    [
      'a population',
      [
        'The ferry serves Marlow island, home to 40,000 people, and the harbour town.',
        'The ferry serves Marlow island, home to 52,000 people, the harbour officials said.',
      ],
      'Number of people',
    ],
    [
      'one count under two verbs',
      [
        'A total of 40 teams are competing for the regional rowing cup this spring.',
        'A total of 52 teams vie for the regional rowing cup this spring.',
      ],
      'Number of teams',
    ],
  ])('%s: a changed figure is a conflict', (_name, texts, label) => {
    const found = conflicts(...texts);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(label);
  });

  it.each([
    [
      'the same figure',
      [
        'The relief agency had 2,000 tents ready near the flooded valley villages.',
        'Near the flooded valley villages the relief agency kept 2,000 tents ready.',
      ],
    ],
    [
      'different owners',
      [
        'In the opener at Dover stadium, Smith ran for 101 yards against the visitors.',
        'In the opener at Dover stadium, Jones ran for 226 yards against the visitors.',
      ],
    ],
    [
      'two values the sentences cannot tell apart',
      [
        'The harbour pilot is survived by two sons, ages 6 and 16, and his wife.',
        'The harbour pilot is survived by his wife and two sons, ages 16 and 6.',
      ],
    ],
    [
      'sentences that share little',
      [
        'The relief agency had 2,000 tents ready near the valley.',
        'A marching band played for 40 minutes while 5,000 tents of the festival stood empty.',
      ],
    ],
    ['a short line that tells nothing', ['Last updated at 2013 June 10 GMT.', 'Last updated at 2014 June 10 GMT.']],
    [
      'counted things that differ',
      [
        'Rescuers brought 20 trucks to the flooded valley villages on Sunday.',
        'Rescuers brought 30 boats to the flooded valley villages on Sunday.',
      ],
    ],
  ])('%s stay apart', (_name, texts) => {
    expect(conflicts(...texts)).toEqual([]);
  });
});

describe('pairable', () => {
  // the first quantity of a one-sentence text, with the tokens align reads
  const first = (text: string) => ({
    mention: mentionsOfOne({ path: 'a.txt', text, date: '2013-04-20' }).mentions[0]!,
    tokens: tokenize(text),
  });
  it.each([
    ['a score', 'The visitors won 27-24 in overtime at the stadium.', false],
    ['a version in a name', 'The flaw affects Explorer 7 on every desktop.', false],
    ['a part of a whole', 'Klitschko landed 28 of his 68 punches in the round.', false],
    ['a plain count', 'The agency had 2,000 tents ready near the valley.', true],
    ['a weekday', 'The ferry sank on Monday near the harbour.', false],
    ['a day of a month', 'The ferry sank on April 9 near the harbour.', true],
  ])('%s: %s', (_name, text, expected) => {
    const { mention, tokens } = first(text);
    expect(pairable(mention, tokens)).toBe(expected);
  });
});

describe('strays: one figure far from every other article', () => {
  it.each([
    [
      'a season against a career',
      [
        'The rookie from the valley club finished with five touchdowns rushing, the coach said.',
        'The rookie from the valley club finished with 150 touchdowns rushing, the coach said.',
      ],
    ],
  ])('%s: no conflict', (_name, texts) => {
    expect(conflicts(...texts)).toEqual([]);
  });

  it('a figure ten times off is still a conflict', () => {
    const found = conflicts(
      'The quake struck at a depth of 1.2 miles near the northern town, the survey said.',
      'The quake struck at a depth of 12 miles near the northern town, the survey said.',
    );
    expect(found).toHaveLength(1);
  });
});
