import { describe, expect, it } from 'vitest';
import { align } from '../../src/align/align.js';
import { MODEL } from '../helpers/model.js';
import { conflictMessages, forAlign, mentionsIn } from '../helpers/pipeline.js';

/** The keys align gives the counts of one article, as "subject|attribute". */
function countKeys(text: string): string[] {
  const { mentions, entities } = mentionsIn([{ path: 'a.txt', text }]);
  return align(MODEL, forAlign(mentions), entities)
    .filter((g) => g.key.dimension === 'count')
    .map((g) => `${g.key.subject}|${g.key.attribute}`);
}

describe('a parent of N: the number of children of the person named nearest', () => {
  it.each([
    ['Mara Quint, a mother of five, was hit by a stray bullet.', 'Mara Quint|children'],
    ['Mara Quint was the mother of six children, neighbours said.', 'Mara Quint|children'],
    ['The victim, John Halvorsen, a father of 3 sons, worked nights.', 'John Halvorsen|children'],
    ['Mara Quint, a grandmother of nine, was hit by a stray bullet.', 'Mara Quint|grandchildren'],
  ])('%j → %s', (text, key) => {
    expect(countKeys(text)).toContain(key);
  });

  it.each([
    ['Mother-of-five Mara Quint was hit by a stray bullet.', 'Mara Quint|children'],
    ['Mara Quint, a mother of two young children, was hit by a stray bullet.', 'Mara Quint|children'],
  ])('%j → %s (hyphens; words of description before the children)', (text, key) => {
    expect(countKeys(text)).toContain(key);
  });

  it.each([
    'Mara Quint, the mother of two companies, sold them both.',
    'A mother of five was hit by a stray bullet.',
    'Mara Quint bought a house of five rooms.',
    // the grammar names no parent: the person named nearest is not one
    'Police said John Halvorsen shot a mother of five on Friday.',
    "John Halvorsen's sister, a mother of five, was hit by a stray bullet.",
  ])('%j has no count of children', (text) => {
    expect(countKeys(text).filter((k) => /children/.test(k))).toEqual([]);
  });

  it('sets two articles against each other on the count, titled by the person', () => {
    expect(
      conflictMessages([
        'Mara Quint, a mother of five, was hit by a stray bullet on Friday.',
        'Quint was the mother of six children, neighbours said.',
      ]),
    ).toEqual(['Number of children of Mara Quint: 1 article says 5; 1 article says 6']);
  });

  it('finds no conflict when the counts agree', () => {
    expect(
      conflictMessages([
        'Mara Quint, a mother of five, was hit by a stray bullet on Friday.',
        'Quint, the mother of 5 kids, died in hospital.',
      ]),
    ).toEqual([]);
  });
});
