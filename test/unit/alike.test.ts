/** Values paired across articles by sentences that tell the same thing (src/align/alike.ts). */
import { describe, expect, it } from 'vitest';
import { pairingClass } from '../../src/align/alike.js';
import { tokenize } from '../../src/text/tokens.js';
import { MODEL } from '../helpers/model.js';
import { checkArticles, conflictMessages, mentionsOfOne } from '../helpers/pipeline.js';

const conflicts = (...texts: string[]): string[] => conflictMessages(texts);

describe('alike: values no key ties, paired by their sentences', () => {
  it.each([
    [
      'a count with no verb',
      [
        'The depot kept 900 blankets in store for the flooded valley villages.',
        'The depot kept 1,400 blankets in store for the flooded valley villages on Sunday.',
      ],
      'Number of blankets',
    ],
    [
      'a duration',
      [
        'The harbour board has inspected ferry hulls for 18 years under the shipping code.',
        'Under the shipping code, the harbour board inspected ferry hulls for 29 years.',
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
    [
      'the year of one act',
      [
        'In 1969, the mayor was indicted for bribing the harbour board of Lenton.',
        'In 1970, the mayor was indicted for bribing the whole harbour board of Lenton.',
      ],
      '1969',
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
        'The depot kept 900 blankets in store for the flooded valley villages.',
        'For the flooded valley villages the depot kept 900 blankets in store.',
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
        'The retired pilot leaves two daughters, aged 9 and 14, and his wife.',
        'The retired pilot leaves his wife and two daughters, aged 14 and 9.',
      ],
    ],
    [
      'sentences that share little',
      [
        'The depot kept 900 blankets in store for the valley.',
        'A marching band played for 40 minutes while 5,000 blankets of the festival lay unused.',
      ],
    ],
    ['a short line that tells nothing', ['Page posted 2015 May 3 GMT.', 'Page posted 2016 May 3 GMT.']],
    [
      'the years of two acts told alike',
      [
        'The harbour pilot resigned from the Lenton board in 1961 after the great flood of the valley.',
        'The harbour pilot married a Lenton teacher in 1964 after the great flood of the valley.',
      ],
    ],
    [
      'counted things that differ',
      [
        'Rescuers brought 20 trucks to the flooded valley villages on Sunday.',
        'Rescuers brought 30 boats to the flooded valley villages on Sunday.',
      ],
    ],
    [
      'a rate and a total',
      [
        'The club made the striker a five-year offer worth about $9 million a season, his agent said.',
        'The club made the striker a five-year offer worth $45 million, his agent said on Friday.',
      ],
    ],
    [
      'the time left on a countdown clock at two plays',
      [
        'With 12 minutes remaining, Okafor caught a short pass for the touchdown that tied the game at Dover.',
        'With four minutes remaining, Brandt caught a long pass for the touchdown that won the game at Dover.',
      ],
    ],
  ])('%s stay apart', (_name, texts) => {
    expect(conflicts(...texts)).toEqual([]);
  });
});

describe('pairingClass', () => {
  // the first quantity of a one-sentence text, with the tokens align reads
  const first = (text: string) => ({
    mention: mentionsOfOne({ path: 'a.txt', text, date: '2013-04-20' }).mentions[0]!,
    tokens: tokenize(text),
  });
  it.each([
    ['a plain count', 'The depot kept 900 blankets in store for the valley.', ''],
    ['a number of a score', 'The visitors won 27-24 in overtime at the stadium.', 'score _24'],
    ['a part of a whole', 'Ortiz hit 14 of his 30 shots in the first half.', 'part'],
    ['an offset from another moment', 'The bridge shut two days after the storm.', 'offset after'],
    ['an offset from the day of writing', 'The bridge shut two days ago.', 'offset ago on 2013-04-20'],
    ['years back from the day of writing', 'The bridge opened 25 years ago.', 'offset ago'],
    ['one of a list of numbers', 'The sisters, aged 9 and 14, were rescued.', null],
    ['a weekday', 'The ferry sank on Monday near the harbour.', null],
    ['a day of a month', 'The ferry sank on April 9 near the harbour.', ''],
    ['a length of time', 'The visitors held the lead for five minutes in the second half.', ''],
    ['a countdown clock', 'The visitors took the lead with five minutes remaining in the half.', null],
    ['a countdown clock', 'The visitors took the lead with five minutes to play in the half.', null],
  ])('%s: %s', (_name, text, expected) => {
    const { mention, tokens } = first(text);
    expect(pairingClass(mention, tokens, '2013-04-20', MODEL.attributes.countdown)).toBe(expected);
  });
});

describe('alike: values of one class pair with their own class', () => {
  it.each([
    [
      'years back from the day of writing',
      [
        'The river bridge at Holt opened 25 years ago with a single toll lane, the council said.',
        'The river bridge at Holt opened 20 years ago with a single toll lane.',
      ],
    ],
    [
      'parts of one whole',
      [
        'Four of the climbers reached the summit hut above the glacier before dark on Sunday.',
        'Six of the climbers reached the summit hut above the glacier before dark on Sunday.',
      ],
    ],
    [
      'the same place of one score',
      [
        'The Rovers beat the Hawks 27-24 in the valley cup final on Saturday night.',
        'The Rovers beat the Hawks 27-21 in the valley cup final on Saturday night.',
      ],
    ],
  ])('%s: a conflict', (_name, texts) => {
    expect(conflicts(...texts)).toHaveLength(1);
  });

  it.each([
    [
      // a number in a name is no quantity (src/extract/named-numbers.ts)
      'a version in a name',
      [
        'The flaw lets attackers into Orbit Browser 8 on office desktops, the vendor warned.',
        'The flaw lets attackers into Orbit Browser 9 on office desktops, the vendor warned on Tuesday.',
      ],
    ],
    [
      'a part against a whole',
      [
        'Four of the climbers reached the summit hut above the glacier before dark on Sunday.',
        'Nine climbers reached the summit hut above the glacier before dark on Sunday.',
      ],
    ],
    [
      'a score told the other way round',
      [
        'The Rovers beat the Hawks 27-24 in the valley cup final on Saturday night.',
        'The Hawks lost to the Rovers 24-27 in the valley cup final on Saturday night.',
      ],
    ],
  ])('%s: no conflict', (_name, texts) => {
    expect(conflicts(...texts)).toEqual([]);
  });

  // one closure told 12 and 17 days back
  const mill = [12, 17].map((n) => `The mill at Holt closed ${n} days ago after the flood, the owners said.`);

  it('days back from two days of writing: no conflict', () => {
    const articles = mill.map((text, i) => ({ path: `${i}.txt`, date: i === 0 ? '2013-04-20' : '2013-04-25', text }));
    const found = checkArticles(articles, { group: 'none' }).findings.filter((f) => f.ruleId === 'quantity-conflict');
    expect(found).toEqual([]);
  });

  it('days back from one day of writing: a conflict', () => {
    expect(conflictMessages(mill, '2013-04-20')).toHaveLength(1);
  });
});

describe('strays: one figure far from every other article', () => {
  it.each([
    [
      'a season against a career',
      [
        'The striker from the valley club finished the year with four goals, the coach said.',
        'The striker from the valley club finished the year with 120 goals, the coach said.',
      ],
    ],
  ])('%s: no conflict', (_name, texts) => {
    expect(conflicts(...texts)).toEqual([]);
  });

  it('a figure ten times off is still a conflict', () => {
    const found = conflicts(
      'The tremor struck at a depth of 2.5 km under the northern town, the survey said.',
      'The tremor struck at a depth of 25 km under the northern town, the survey said.',
    );
    expect(found).toHaveLength(1);
  });
});
