/** Facts from quantity frames (src/align/frames.ts): counts compared by what they count, their verb and owner. */
import { describe, expect, it } from 'vitest';
import { conflictMessages } from '../helpers/pipeline.js';

const conflicts = (...texts: string[]): string[] => conflictMessages(texts);

describe('frames: counts that are no toll', () => {
  it.each([
    [['Police fired 20 rounds at the car.', 'Police fired 12 rounds at the car.'], 'Number of rounds fired (at car)'],
    [
      ['The crews sent 14 trucks to the fire.', 'The crews sent 12 trucks to the fire.'],
      'Number of trucks sent in the fire',
    ],
    [['The company has about 350 employees.', 'The company has 800 employees.'], 'Number of employees'],
    [
      // one article counts the thing for two named owners: each owner's count still takes its side
      ['Marek Olsen had two boats. Jonas Berg, said to have 19 boats, was fined.', 'Jonas Berg has 25 boats.'],
      'Number of boats (Jonas Berg)',
    ],
  ])('%j differ', (texts, label) => {
    expect(conflicts(...texts).map((m) => m.split(':')[0])).toEqual([label]);
  });

  it.each([
    ['different verbs', ['Police fired 20 rounds.', 'Six rounds hit the car.']],
    ['different owners', ['Wayne had five catches.', 'Allen had three catches.']],
    ['different scopes', ['He scored two touchdowns on the ground.', 'He scored six touchdowns on offense.']],
    ['a part of a whole', ['Twelve of the 40 trucks were sent.', 'The crews sent 40 trucks.']],
    ['the same value', ['The crews sent 14 trucks.', 'Fourteen trucks were sent by the crews.']],
    [
      'an article that counts the thing twice',
      ['The company had 350 employees, and later it had 900 employees.', 'The company had 900 employees.'],
    ],
    [
      'an article that counts the thing for an owner and for no one',
      ['Jonas Berg owned 12 boats, and the port lists 15 boats.', 'Jonas Berg owned 15 boats.'],
    ],
    ['a count with no verb', ['The 13 home runs and 43 runs.', 'The 20 home runs and 43 runs.']],
  ])('%s stay apart', (_name, texts) => {
    expect(conflicts(...texts)).toEqual([]);
  });
});

describe('a measure of a class of things', () => {
  it('"the seven-year offers" tells of several offers: not compared with "the eight-year offer"', () => {
    expect(
      conflictMessages([
        'No sums have been given for the bid; the seven-year offers made for the pier were in that range.',
        "The port's eight-year offer was first announced on Friday night by the city radio station.",
      ]),
    ).toEqual([]);
  });

  it('one offer told two ways still is compared', () => {
    const found = conflictMessages([
      "The port's seven-year offer was first announced on Friday night by the city radio station.",
      "The port's eight-year offer was first announced on Friday night by the city radio station.",
    ]);
    expect(found).toHaveLength(1);
  });

  it('a measure of what follows "of" is no class ("30 hours of talks")', () => {
    const found = conflictMessages([
      'The panel could not agree on the harbour plan after 30 hours of talks over four days.',
      'The panel could not agree on the harbour plan after 40 hours of talks over four days.',
    ]);
    expect(found).toHaveLength(1);
  });
});
