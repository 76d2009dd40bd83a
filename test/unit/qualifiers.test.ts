/** Values of one fact told apart by their owners or their days (src/align/qualifiers.ts). */
import { describe, expect, it } from 'vitest';
import { apart, withoutApart, type Qualifiers } from '../../src/align/qualifiers.js';
import type { Fact, FactGroup, FactKey } from '../../src/types.js';
import { conflictMessages } from '../helpers/pipeline.js';

const q = (owners: string[], named: string[], days: [number, number][] = []): Qualifiers => ({ owners, named, days });
/** Qualifiers whose identity is a magnitude, widened by 0.5 either way. */
const m = (magnitude: number): Qualifiers => ({
  ...q([], []),
  identity: { magnitude: [[magnitude - 0.5, magnitude + 0.5]] },
});

describe('apart', () => {
  it.each<[string, Qualifiers, Qualifiers, boolean]>([
    ['two owners, each unnamed by the other', q(['Ajax'], ['Ajax', 'Lee']), q(['Orion'], ['Orion', 'Lee']), true],
    ['one owner named by both', q(['Ajax'], ['Ajax']), q([], ['Ajax']), false],
    ['an owner on one side only', q(['Ajax'], ['Ajax']), q([], []), false],
    ['two days', q([], [], [[100, 100]]), q([], [], [[102, 102]]), true],
    ['a day inside a week', q([], [], [[100, 100]]), q([], [], [[98, 104]]), false],
    ['a day on one side only', q([], [], [[100, 100]]), q([], []), false],
    ['two magnitudes far apart', { ...q([], []), identity: { magnitude: [[3.3, 4.3]] } }, m(6.1), true],
    ['two magnitudes within the tolerance', m(5.9), m(6.1), false],
    ['a magnitude on one side only', m(6.1), q([], []), false],
    ['a part of the event against the whole', { ...q([], []), part: 'round' }, q([], []), true],
    ['one part of the event on both sides', { ...q([], []), part: 'round' }, { ...q([], []), part: 'round' }, false],
  ])('%s', (_name, a, b, expected) => {
    expect(apart(a, b)).toBe(expected);
    expect(apart(b, a)).toBe(expected);
  });

  // keyed by grammar or sentences alone: an owning organization against another organization anywhere in the
  // other sentence; people are no such evidence
  const org = (owners: string[], named: string[]): Qualifiers => ({
    ...q(owners, named),
    organizations: { owners, named },
  });
  it.each<[string, Qualifiers, Qualifiers, boolean, boolean]>([
    ['an owning body against another body', org(['Ajax'], ['Ajax']), org([], ['Orion']), false, true],
    ['an owning body the other also names', org(['Ajax'], ['Ajax']), org([], ['Ajax', 'Orion']), false, false],
    ['an owning body against no name', org(['Ajax'], ['Ajax']), org([], []), false, false],
    ['an owning person against another person', q(['Hale'], ['Bears', 'Hale']), q([], ['Bears', 'Reed']), false, false],
  ])('%s (weak)', (_name, a, b, strong, weak) => {
    expect([apart(a, b), apart(b, a)]).toEqual([strong, strong]);
    expect([apart(a, b, true), apart(b, a, true)]).toEqual([weak, weak]);
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

  it("an organization outside the value's clause is no other owner: the figures conflict", () => {
    expect(
      conflicts(
        'The new warehouse will hold 12,000 pallets for Kessler Group when it opens next May.',
        'The new warehouse will hold 15,000 pallets when it opens next May, according to papers filed with ' +
          'Dalen Council.',
      ),
    ).toHaveLength(1);
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

  it('a time told of a small quake is not the time of the quake the articles lead with', () => {
    expect(
      conflicts(
        'A 6.1-magnitude earthquake shook the island of Orla on Sunday.\nThe quake struck at 1023 GMT, officials said.',
        'A 6.1-magnitude earthquake shook the island of Orla on Sunday.\n' +
          'A quake measuring 3.8 was registered at 0440 GMT, officials said.',
      ),
    ).toEqual([]);
  });

  it('the same quake told with magnitudes 5.9 and 6.1: its times still conflict', () => {
    expect(
      conflicts(
        'A 6.1-magnitude earthquake shook the island of Orla on Sunday.\nThe quake struck at 1023 GMT, officials said.',
        'A 5.9-magnitude earthquake shook the island of Orla on Sunday.\nThe quake struck at 1123 GMT, officials said.',
      ).filter((message) => message.startsWith('Time')),
    ).toHaveLength(1);
  });

  it('a count told of a part of the game is not the whole game’s', () => {
    expect(
      conflicts(
        'During the deciding run in the game against Ohio, Maria Lopez blocked two shots.',
        'In the game against Ohio, Maria Lopez scored 11 points and blocked six shots.',
      ),
    ).toEqual([]);
  });

  it('"during the attack" is the whole attack: its tolls still conflict', () => {
    expect(
      conflicts(
        'Ten people were killed during the attack on the market in Orla, police said.',
        'Twelve people were killed in the attack on the market in Orla, police said.',
      ),
    ).toHaveLength(1);
  });

  it('a count told of the sixth round is not the whole fight’s', () => {
    expect(
      conflicts(
        'In the sixth round, Lopez landed 28 punches against Ortiz at the Garden.',
        'In all, Lopez landed 178 punches against Ortiz at the Garden.',
      ),
    ).toEqual([]);
  });

  it('a sentence opening "since" tells of the whole event: its tolls still conflict', () => {
    expect(
      conflicts(
        'Since the flood in Orla began on Monday, 40 people have died, officials said.',
        'The flood in Orla has killed 25 people since Monday, officials said.',
      ),
    ).toHaveLength(1);
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

describe('withoutApart: which value leaves when two are apart', () => {
  const key: FactKey = { subject: 'event', attribute: 'killed', dimension: 'count' };
  const fact = (article: string, n: number): Fact =>
    ({
      key,
      article,
      confidence: 0.7,
      mention: { value: { low: n, high: n, lowInclusive: true, highInclusive: true } },
    }) as unknown as Fact;
  it('a lone figure at odds with one of two that agree leaves, not one of the two', () => {
    const [a, b, c] = [fact('a.txt', 12), fact('b.txt', 12), fact('c.txt', 7)];
    const group: FactGroup = { key, facts: [c, a, b] };
    // c names another place than a; b names none
    const q = new Map<Fact, Qualifiers>([
      [a, { owners: [], named: [], days: [], places: ['state:Unity'] }],
      [b, { owners: [], named: [], days: [] }],
      [c, { owners: [], named: [], days: [], places: ['state:Upper Nile'] }],
    ]);
    expect(withoutApart(group, (f) => q.get(f)).facts.map((f) => f.article)).toEqual(['a.txt', 'b.txt']);
  });
});
