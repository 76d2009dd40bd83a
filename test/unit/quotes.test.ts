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
    // a person, their title and their organization before the verb: the person speaks
    ['Ben Carter, Controller, Norvale Shipping says: “We are thrilled.”', 'We are thrilled.', 'Ben Carter'],
    ['Ben Carter, controller of Norvale Shipping said the captain was “a fine sailor”.', 'a fine sailor', 'Ben Carter'],
    // a title abbreviation alone is no speaker
    ['“Find him,” said Lt. Ben Carter of the state police.', 'Find him,', 'Ben Carter'],
    // an organization's possessive and a title before the person: the person speaks
    ['“We will rebuild,” Halden Steel Corp.’s security chief Ben Carter said.', 'We will rebuild,', 'Ben Carter'],
    // a name after a preposition says where it was said, not who said it
    ['“It is done,” the host added on Twitter.', 'It is done,', null],
    // the name owns the speaker ("Carter's spokesman"): the speaker is not named
    ['“We have no comment,” Ben Carter’s spokesman told reporters.', 'We have no comment,', null],
    // introduced by a description, the speaker is left unresolved, not given to the next name
    [
      'In a statement, the 61-year-old said: “I am delighted.” Producer Dana Pike added: “He is a fine actor.”',
      'I am delighted.',
      null,
    ],
  ])('%j', (text, quote, speaker) => {
    expect(speakers(text)).toContainEqual([quote, speaker]);
  });

  it('reads no quotation from a mark typed the wrong way round', () => {
    const text = '“It is done “, the host wrote. Later, “We are thrilled,” said Ben Carter.';
    expect(speakers(text)).toEqual([['We are thrilled,', 'Ben Carter']]);
  });

  it('gives a quotation that goes on in a new paragraph to the speaker of the one before', () => {
    const text = [
      '“The patch is out,” said Ben Carter.',
      '',
      '“There is more to do for our customers.”',
      '',
      'Norvale Shipping said on Tuesday that it would not comment.',
    ].join('\n');
    expect(speakers(text)).toEqual([
      ['The patch is out,', 'Ben Carter'],
      ['There is more to do for our customers.', 'Ben Carter'],
    ]);
  });

  it('takes the name after a title, not the organization before it, whatever the batch typed it as', () => {
    const text = '“Patch it now,” said Norvale Labs senior researcher Dana Pike.';
    // a batch may type an organization's name as a person's (another article read it so)
    const mentions = names(text).map((m) => ({ ...m, type: 'person' as const }));
    expect(mentions.map((m) => m.text)).toEqual(['Norvale Labs', 'Dana Pike']);
    expect(extractQuotes(MODEL, text, mentions).map((q) => q.speaker?.text)).toEqual(['Dana Pike']);
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
