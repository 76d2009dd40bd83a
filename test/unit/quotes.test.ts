import { describe, expect, it } from 'vitest';
import { extractQuotes, normalizeQuote } from '../../src/extract/quotes.js';
import { names } from '../helpers/entities.js';
import { MODEL } from '../helpers/model.js';

function speakers(text: string) {
  return extractQuotes(MODEL, text, names(text)).map((q) => [q.text, q.speaker?.text ?? null]);
}

describe('quotes and speakers', () => {
  it.each([
    ['“We will win,” Leavitt stated.', 'We will win,', 'Leavitt'],
    ['“We will win,” said Karoline Leavitt.', 'We will win,', 'Karoline Leavitt'],
    ['In a readout, the White House said “both leaders agreed.”', 'both leaders agreed.', 'White House'],
    [
      'According to the White House, both agreed that “Iran should never be armed.”',
      'Iran should never be armed.',
      'White House',
    ],
    ['"It was bad," Governor Sarah Palin said.', 'It was bad,', 'Sarah Palin'],
    // a quote its speaker introduces is theirs, though another name speaks after it
    [
      'Maria Lopez said: “The fleet is safe.” John Carter said the company would not comment.',
      'The fleet is safe.',
      'Maria Lopez',
    ],
    // an appositive between the name and its verb describes the name: the speaker is the person
    [
      'Maria Lopez, the chief executive of Northwind Shipping, said, “The fleet is safe.”',
      'The fleet is safe.',
      'Maria Lopez',
    ],
    [
      '“The fleet is safe,” Maria Lopez, a spokeswoman for Northwind Shipping, said.',
      'The fleet is safe,',
      'Maria Lopez',
    ],
  ])('%j', (text, quote, speaker) => {
    expect(speakers(text)).toContainEqual([quote, speaker]);
  });

  it.each([
    ['“We are hurt,” she told AFP.', null],
    ['“We are hurt,” one resident said.', null],
  ])('leaves the speaker unknown in %j', (text, speaker) => {
    expect(speakers(text)[0]?.[1]).toBe(speaker);
  });

  it('normalizes quote marks, case, punctuation and white space', () => {
    expect(normalizeQuote('The blood  and treasure, ’tis\nbetter.')).toBe(
      normalizeQuote('the blood and treasure ’tis better'),
    );
  });

  it('spans point into the text', () => {
    const text = 'He said: “one” and then “two three,” Rubio added.';
    for (const q of extractQuotes(MODEL, text, names(text))) expect(text.slice(q.start, q.end)).toBe(q.text);
  });
});
