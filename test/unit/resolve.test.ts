import { describe, expect, it } from 'vitest';
import { consonantSkeleton } from '../../src/normalize/entities.js';
import { mentionsIn } from '../helpers/pipeline.js';

function entities(...texts: string[]) {
  return mentionsIn(texts.map((text, i) => ({ path: `a${i}.txt`, text }))).entities;
}

const find = (list: ReturnType<typeof entities>, name: string) =>
  list.find((e) => e.names.some((n) => n.name === name));

describe('one identity per entity, with the reason kept', () => {
  it('merges a surname with the full name of the same article, then of the batch', () => {
    const list = entities('President Donald Trump called. Trump said it went well.', 'Mr. Trump agreed.');
    const trump = find(list, 'Trump');
    expect(trump?.name).toBe('Donald Trump');
    expect(trump?.articles).toEqual(['a0.txt', 'a1.txt']);
    expect(trump?.names.find((n) => n.name === 'Trump')?.reason).toBe('surname');
  });

  it('leaves a surname to neither when its article names two people of that surname', () => {
    const list = entities('Maria Lopez met her brother Andrew Lopez at the court. Lopez said nothing.');
    expect(find(list, 'Lopez')?.name).toBe('Lopez');
    expect(find(list, 'Maria Lopez')?.names.map((n) => n.name)).toEqual(['Maria Lopez']);
  });

  it('merges transliteration variants by their spelling skeleton', () => {
    const list = entities(
      'Ukrainian President Volodymyr Zelenskyy spoke.',
      'President Volodymyr Zelensky spoke.',
      'Then Volodymyr Zelenskiy left.',
    );
    const z = find(list, 'Volodymyr Zelensky');
    expect(z?.articles).toEqual(['a0.txt', 'a1.txt', 'a2.txt']);
    expect(z?.names.filter((n) => n.reason === 'spelling variant')).toHaveLength(2);
  });

  it('merges a first-name variant and a first name alone', () => {
    const list = entities(
      'Police shot Alexandros Grigoropoulos, 15. Alexis was a student.',
      'The boy, Alexis Grigoropoulos, died.',
    );
    const a = find(list, 'Alexandros Grigoropoulos');
    expect(a?.names.map((n) => [n.name, n.reason])).toEqual(
      expect.arrayContaining([
        ['Alexis', 'first name'],
        ['Alexis Grigoropoulos', 'first-name variant'],
      ]),
    );
  });

  it('merges place aliases', () => {
    const list = entities('The U.S. and the United States and America and the US.', 'Kiev and Kyiv.');
    expect(find(list, 'U.S.')?.name).toBe('United States');
    expect(find(list, 'America')?.name).toBe('United States');
    expect(find(list, 'Kiev')?.name).toBe('Kyiv');
  });

  it('keeps different people apart', () => {
    const list = entities('Donald Trump met Melania Trump.', 'Joe Biden met Hunter Biden.');
    expect(
      list
        .filter((e) => e.type === 'person')
        .map((e) => e.name)
        .sort(),
    ).toEqual(['Donald Trump', 'Hunter Biden', 'Joe Biden', 'Melania Trump']);
  });
});

describe('named things: a vessel merged by its consonants', () => {
  it('types a name opening with a vessel prefix as a thing, and merges two transliterations of it', () => {
    const list = entities(
      'Pirates seized the MV Orlen Star on Monday, the navy said.',
      'Pirates seized the MV Orlan Star on Monday, the navy said.',
    );
    const ship = find(list, 'MV Orlan Star');
    expect(ship?.type).toBe('thing');
    expect(ship?.articles).toEqual(['a0.txt', 'a1.txt']);
    expect(ship?.names.map((n) => n.reason).sort()).toEqual(['same name', 'spelling variant']);
  });

  it('keeps two ships whose consonants differ apart', () => {
    const list = entities('The MV Orlen Star sailed on Monday.', 'The MV Marten Star sailed on Monday.');
    expect(find(list, 'MV Orlen Star')?.articles).toEqual(['a0.txt']);
  });

  it('keeps two ships one article names apart, however alike their consonants', () => {
    const list = entities('The MV Lorna Star hit the MV Lerna Star off Pellby.', 'The MV Lorna Star sank.');
    expect(find(list, 'MV Lorna Star')?.articles).toEqual(['a0.txt', 'a1.txt']);
    expect(find(list, 'MV Lerna Star')?.articles).toEqual(['a0.txt']);
  });

  it('shows a thing by the spelling most articles use', () => {
    const list = entities(
      'Pirates seized the MV Orlan Star on Monday.',
      'Pirates seized the MV Orlen Star on Monday.',
      'Pirates seized the MV Orlen Star off Pellby.',
    );
    expect(find(list, 'MV Orlan Star')?.name).toBe('MV Orlen Star');
  });

  it("reads a vessel prefix after a role as a person's initials", () => {
    const list = entities('Party leader MV Rajan Gowda spoke on Monday, officials said.');
    expect(find(list, 'MV Rajan Gowda')?.type).toBe('person');
  });

  it('leaves people to their own rules: a vowel apart is two people', () => {
    const list = entities('Police held Ardo Salem on Monday, the court said.', 'Police held Ardo Salim on Monday.');
    expect(find(list, 'Ardo Salem')?.articles).toEqual(['a0.txt']);
  });
});

describe('consonantSkeleton', () => {
  it.each([
    ['MV Salem Star', 'MV Salim Star', true],
    ['USS Orla', 'USS Orlo', true],
    ['MV Orlen Star', 'MV Marten Star', false],
    ['MV Anna', 'MV Enna', false], // the first letter stays
    ['MV Lia', 'MV Leo', false], // a short word must be spelled alike
  ])('%s and %s: one skeleton %s', (a, b, same) => {
    expect(consonantSkeleton(a) === consonantSkeleton(b)).toBe(same);
  });
});
