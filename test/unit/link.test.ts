/** Why values were judged one fact (src/compare/labels.ts `linkOf`): what each finding says tied them. */
import { describe, expect, it } from 'vitest';
import { linkOf } from '../../src/compare/labels.js';
import type { FactKey } from '../../src/types.js';

describe('linkOf', () => {
  it.each<[string, FactKey, string]>([
    ['an event word', { subject: 'call', attribute: 'duration', dimension: 'duration' }, 'the event word for the call'],
    [
      'a count cue on the story event',
      { subject: 'event', attribute: 'killed', dimension: 'count' },
      "the story's event and the word for killed",
    ],
    [
      'a frame',
      { subject: 'event', attribute: 'fire object: round', dimension: 'count', frame: true },
      "the value's grammar: what it counts and the verb that governs it",
    ],
    [
      'told-alike sentences',
      { subject: 'event', attribute: 'figure', dimension: 'count', alike: true },
      'sentences that tell the same thing',
    ],
    ['an age', { subject: 'Mara Quint', attribute: 'age', dimension: 'age' }, 'the person it is given to'],
    [
      'a distance from a place',
      { subject: 'earthquake', attribute: 'distance from Orla', dimension: 'length' },
      'the place it is measured from',
    ],
  ])('%s', (_name, key, expected) => {
    expect(linkOf(key)).toBe(expected);
  });
});

describe('findings say what linked their values', () => {
  it('a quantity conflict carries the link of its values', async () => {
    const { checkArticles } = await import('../helpers/pipeline.js');
    const report = checkArticles(
      [
        { path: 'a.txt', text: 'The blast in Orla killed 12 people on Monday, police said.' },
        { path: 'b.txt', text: 'The blast in Orla killed 19 people on Monday, police said.' },
      ],
      { group: 'none' },
    );
    const finding = report.findings.find((f) => f.ruleId === 'quantity-conflict');
    expect(finding?.link).toBe("the story's event and the word for killed");
  });
});
