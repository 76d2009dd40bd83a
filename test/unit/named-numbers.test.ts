/** Numbers that are part of a name are no quantities (src/extract/named-numbers.ts); counts beside names stay. */
import { describe, expect, it } from 'vitest';
import { quantities } from '../helpers/quantities.js';

const read = (sentence: string): string[] =>
  quantities(sentence)
    .filter((q) => q.value.dimension !== 'date')
    .map((q) => q.text);

describe('numbers in names', () => {
  it.each([
    ['an index', 'The Hang Seng 50 slipped at the open.'],
    ['a product', 'Reviewers praised the Pixel 8 camera.'],
    ['a model code glued to its letters', 'The carrier ordered ten more B787 jets.', ['ten']],
    ['a code before a hyphen', 'The patrol found two AK-47 rifles.', ['two']],
    ['a road', 'Traffic backed up on Interstate 80 for miles.'],
    ['a game of a series', 'They won Game 5 in overtime.'],
    ['a street number', 'The bakery at 14 Mill Lane closed.'],
    ["a name's plural", 'Three Falcon 9s lifted off.', ['Three']],
  ])('%s: %s', (_name, sentence, counts: string[] = []) => {
    expect(read(sentence)).toEqual(counts);
  });
});

describe('counts beside names stay counts', () => {
  it.each([
    ['a number in words', 'I ate with the Garcias four times a week.', ['four', 'a week']],
    ['a possessive owner', "The bank's 900 staff were told on Monday.", ['900']],
    ['the first word of a sentence', 'About 50 people gathered.', ['About 50']],
    ['a title-case headline', 'Storm Kills 5, Injures 40', ['5', '40']],
    ['a number with scale words', 'Apple sold 10 million phones.', ['10 million']],
    ['a unit after the name', 'The ship sailed Route 6 for 20 miles.', ['20 miles']],
    ['a code word that is no code', 'The report said Follow-Up-1 dead.', ['1']],
  ])('%s: %s', (_name, sentence, counts) => {
    expect(read(sentence)).toEqual(counts);
  });
});
