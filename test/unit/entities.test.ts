import { describe, expect, it } from 'vitest';
import { names } from '../helpers/entities.js';
import { mentionsIn } from '../helpers/pipeline.js';

const entitiesOf = (texts: string[]) => mentionsIn(texts.map((text, i) => ({ path: `${i}.txt`, text }))).entities;

describe('hyphenated names', () => {
  it.each([
    ['"We will restore service by Friday," T-Mobile said on Monday.', 'T-Mobile'],
    ['Coca-Cola said it would open two plants.', 'Coca-Cola'],
    ['Shares of Hewlett-Packard rose on Monday.', 'Hewlett-Packard'],
  ])('%s names %s whole', (text, name) => {
    const found = names(text).map((m) => m.text);
    expect(found).toContain(name);
    expect(found).not.toContain(name.split('-').pop());
  });
});

describe('places by their kind', () => {
  it('a name before a kind of place ("the Tolna refugee camp") is a place', () => {
    expect(names('Shelling of houses in the Tolna refugee camp left five dead.').map((m) => [m.text, m.type])).toEqual([
      ['Tolna', 'place'],
    ]);
  });

  it('a verb between a name and a kind word makes no place ("Smith left town")', () => {
    expect(names('Mark Smith left town on Monday.').map((m) => m.type)).not.toContain('place');
  });
});

describe('generations', () => {
  it('a name with a generation word ("III", "Jr.") is the same person as without it', () => {
    const found = entitiesOf([
      'Mark Hollis III was charged on Friday with murder. Hollis was fired last week.',
      'Police said Mark Hollis shot three people.',
    ]).filter((e) => e.type === 'person');
    expect(found.map((e) => [e.name, e.mentions.length])).toEqual([['Mark Hollis III', 3]]);
  });
});

describe('acronyms beside speech', () => {
  it('an acronym that speaks is an organization, a name that speaks a person', () => {
    expect(names('"We will rebuild every school," UNICEF said on Monday.').map((m) => [m.text, m.type])).toContainEqual(
      ['UNICEF', 'organization'],
    );
    expect(names('"We will rebuild," Mara Quint said on Monday.').map((m) => [m.text, m.type])).toContainEqual([
      'Mara Quint',
      'person',
    ]);
  });
});

describe('names: clean, typed', () => {
  it.each([
    [
      'President Trump spoke with Rubio.',
      [
        ['Trump', 'person'],
        ['Rubio', 'person'],
      ],
    ],
    [
      'It was Putin’s war, said Vladimir Putin.',
      [
        ['Putin', 'person'],
        ['Vladimir Putin', 'person'],
      ],
    ],
    [
      'Talks begin in Jeddah, Saudi Arabia, on Sunday.',
      [
        ['Jeddah', 'place'],
        ['Saudi Arabia', 'place'],
      ],
    ],
    [
      'Dover Police Lt. Anna Morrow said the victims were taken to hospital.',
      [
        ['Dover Police', 'organization'],
        ['Anna Morrow', 'person'],
      ],
    ],
    ['The Hawks offered 1B Sam Ortiz an eight-year deal.', [['Sam Ortiz', 'person']]],
    ['The shooting happened at the offices of Kessler Advisors on Friday.', [['Kessler Advisors', 'organization']]],
    [
      'The White House and the Kremlin agreed.',
      [
        ['White House', 'organization'],
        ['Kremlin', 'organization'],
      ],
    ],
    [
      'Hamas accused Israeli Prime Minister Benjamin Netanyahu.',
      [
        ['Hamas', 'organization'],
        ['Benjamin Netanyahu', 'person'],
      ],
    ],
    [
      '“Putin is afraid,” Zelenskyy stated.',
      [
        ['Putin', 'person'],
        ['Zelenskyy', 'person'],
      ],
    ],
  ])('%j', (text, expected) => {
    const found = names(text).map((m) => [m.text, m.type]);
    for (const e of expected) expect(found).toContainEqual(e);
    for (const m of names(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('keeps no trailing punctuation, possessive or quote mark in a name', () => {
    for (const m of names('He thanked Rubio. Then “Trump’s” aide, Putin’s envoy, spoke.'))
      expect(m.text).toMatch(/^[\p{L} .-]+$/u);
  });

  it('reads no person from a title-case headline the body does not back', () => {
    const found = names(
      'Trump, Putin Discuss Ceasefire After Call\n\nPresident Trump called Vladimir Putin on Tuesday.',
    );
    expect(found.map((m) => m.text)).not.toContain('Discuss Ceasefire');
    expect(found.map((m) => m.text)).not.toContain('Putin Discuss Ceasefire');
    expect(found.filter((m) => m.sentence === 0).map((m) => m.text)).toEqual(['Trump', 'Putin']);
  });

  it.each([
    'Following the call, officials left.',
    'I’ve seen Thai food.',
    'Despite it all, nothing.',
    'The Russian side insisted.',
  ])('finds no name in %j', (text) => {
    expect(names(text).filter((m) => m.type === 'person')).toEqual([]);
  });
});

describe('roles', () => {
  it.each([
    ['A call between former U.S. President Donald Trump and others.', 'Donald Trump', 'president', ['former'], 'U.S.'],
    ['Secretary of State Marco Rubio will lead.', 'Marco Rubio', 'secretary of state', [], null],
    ['led by National Security Adviser Mike Waltz.', 'Mike Waltz', 'national security adviser', [], null],
    [
      'According to White House press secretary Karoline Leavitt, both agreed.',
      'Karoline Leavitt',
      'press secretary',
      [],
      'White House',
    ],
    ['American Special Envoy Steve Witkoff highlighted it.', 'Steve Witkoff', 'special envoy', [], 'American'],
    ['Hamas accused Israeli Prime Minister Benjamin Netanyahu.', 'Benjamin Netanyahu', 'prime minister', [], 'Israeli'],
    [
      'Karoline Leavitt, the White House press secretary, said so.',
      'Karoline Leavitt',
      'press secretary',
      [],
      'White House',
    ],
    [
      'Ukraine’s President Volodymyr Zelenskyy expressed skepticism.',
      'Volodymyr Zelenskyy',
      'president',
      [],
      'Ukraine',
    ],
    // a rank before a qualifier belongs to the post, and the name follows the last title of the run
    ['Deputy Finance Minister Lena Ortiz spoke.', 'Lena Ortiz', 'deputy minister', [], 'Finance'],
    // a title word inside the name after a title is part of the name ("King" is also a title)
    ['Education Secretary Tom King Jr. spoke.', 'Tom King Jr', 'secretary', [], 'Education'],
    // a hyphenated company stays whole as the qualifier, before the title or after it
    ['Velo-Tec spokesman Ray Dole said the lines failed.', 'Ray Dole', 'spokesperson', [], 'Velo-Tec'],
    ['Ray Dole, the Velo-Tec spokesman, said the lines failed.', 'Ray Dole', 'spokesperson', [], 'Velo-Tec'],
    ['Velo-Tec Motor Cars spokesman Ray Dole said so.', 'Ray Dole', 'spokesperson', [], 'Velo-Tec Motor Cars'],
  ])('%j', (text, name, title, modifiers, qualifier) => {
    const m = names(text).find((x) => x.text === name);
    expect(m?.type).toBe('person');
    expect(m?.role).toMatchObject({ title, modifiers, qualifier });
  });
});
