/** Values of one fact told apart by their owners or their days (src/align/qualifiers.ts). */
import { describe, expect, it } from 'vitest';
import { apart, type Qualifiers } from '../../src/align/qualifiers.js';
import { conflictMessages } from '../helpers/pipeline.js';

const q = (owners: string[], named: string[], days: [number, number][] = []): Qualifiers => ({ owners, named, days });

describe('apart', () => {
  it.each<[string, Qualifiers, Qualifiers, boolean]>([
    ['two owners, each unnamed by the other', q(['Ajax'], ['Ajax', 'Lee']), q(['Orion'], ['Orion', 'Lee']), true],
    ['one owner named by both', q(['Ajax'], ['Ajax']), q([], ['Ajax']), false],
    ['an owner on one side only', q(['Ajax'], ['Ajax']), q([], []), false],
    ['two days', q([], [], [[100, 100]]), q([], [], [[102, 102]]), true],
    ['a day inside a week', q([], [], [[100, 100]]), q([], [], [[98, 104]]), false],
    ['a day on one side only', q([], [], [[100, 100]]), q([], []), false],
  ])('%s', (_name, a, b, expected) => {
    expect(apart(a, b)).toBe(expected);
    expect(apart(b, a)).toBe(expected);
  });
});

describe('conflicts of one fact, told apart', () => {
  const conflicts = (...texts: string[]) => conflictMessages(texts, '2014-03-20');

  it('two bidders make two offers', () => {
    expect(
      conflicts(
        'Google offered Maria Lopez a $160 million deal over eight years, the paper said.',
        'Microsoft offered Maria Lopez a $184 million deal over eight years, the paper said.',
      ),
    ).toEqual([]);
  });

  it('two sources are not two owners: their figures conflict', () => {
    expect(
      conflicts(
        'The call between the two mayors lasted nearly 90 minutes, Google said.',
        'The call between the two mayors lasted more than two hours, Microsoft said.',
      ),
    ).toHaveLength(1);
  });

  it('a bidder named as the subject, far before the figure', () => {
    expect(
      conflicts(
        'Google, after weeks of talks, offered Maria Lopez a new deal worth $160 million.',
        'Microsoft, after weeks of talks, offered Maria Lopez a new deal worth $184 million.',
      ),
    ).toEqual([]);
  });

  it('one bidder with two figures is a conflict', () => {
    expect(
      conflicts(
        'Google offered Maria Lopez a $160 million deal over eight years, the paper said.',
        'Google offered Maria Lopez a $184 million deal over eight years, the paper said.',
      ),
    ).toHaveLength(1);
  });
});
