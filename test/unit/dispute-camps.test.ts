import { describe, expect, it } from 'vitest';
import { align } from '../../src/align/align.js';
import { disputeCamps } from '../../src/compare/camps.js';
import { MODEL } from '../helpers/model.js';
import { conflictMessages, forAlign, mentionsOfOne } from '../helpers/pipeline.js';

/** The camps of the one fact the texts state, as the texts of their mentions. */
function camps(...texts: string[]): string[][] {
  const facts = align(MODEL, forAlign(texts.map((text, i) => mentionsOfOne({ path: `a${i}.txt`, text })))).flatMap(
    (g) => g.facts,
  );
  return disputeCamps(facts).map((c) => c.facts.map((f) => f.mention.text).sort());
}

describe('disputeCamps: a value that fits every camp takes no side', () => {
  it.each([
    {
      name: '"at least 50" fits both "dozens" and "more than 200"',
      texts: [
        'The quake injured dozens of people.',
        'The quake injured at least 50 people.',
        'The quake injured more than 200 people.',
      ],
      expected: [['dozens of'], ['more than 200']],
    },
    {
      name: '"at least 3" fits both 5 and 24',
      texts: ['The quake killed 5 people.', 'The quake killed at least 3 people.', 'The quake killed 24 people.'],
      expected: [['5'], ['24']],
    },
    {
      name: 'values that take sides stay',
      texts: ['The call lasted nearly 90 minutes.', 'The call lasted more than two hours.'],
      expected: [['nearly 90 minutes'], ['more than two hours']],
    },
    {
      name: 'bounds that reach one figure from either side are one rough figure',
      texts: ['The quake injured nearly 100 people.', 'The quake injured more than 100 people.'],
      expected: [['more than 100', 'nearly 100']],
    },
    {
      name: 'bounds that both only say which side stay a dispute',
      texts: ['The quake injured fewer than 100 people.', 'The quake injured more than 100 people.'],
      expected: [['fewer than 100'], ['more than 100']],
    },
    {
      name: 'rounded values that touch at the edge of their bands stay apart',
      texts: ['The quake had a magnitude of 8.6.', 'The quake had a magnitude of 8.7.'],
      expected: [['magnitude of 8.6'], ['magnitude of 8.7']],
    },
    {
      name: 'one camp with a neutral value is still one camp',
      texts: ['The quake killed 12 people.', 'The quake killed at least 10 people.'],
      expected: [['12', 'at least 10']],
    },
  ])('$name', ({ texts, expected }) => {
    expect(camps(...texts)).toEqual(expected);
  });
});

describe('meet: rounded values that only touch at the edge of their bands differ', () => {
  it.each([
    { name: 'M8.6 and M8.7', texts: ['An 8.6-magnitude quake struck.', 'An 8.7-magnitude quake struck.'], camps: 2 },
    {
      name: 'M8.6 and about M8.7 overlap',
      texts: ['An 8.6-magnitude quake struck.', 'A quake of about magnitude 8.7 struck.'],
      camps: 1,
    },
    {
      name: '24 and at least 24',
      texts: ['The quake killed 24 people.', 'The quake killed at least 24 people.'],
      camps: 1,
    },
  ])('$name', ({ texts, camps: n }) => {
    expect(camps(...texts)).toHaveLength(n);
  });
});

describe('camp labels: "N articles say X" holds for every article counted', () => {
  /** The finding messages of the texts, as one batch. */
  const messages = (...texts: string[]) => conflictMessages(texts);

  it('names every reading a camp holds, each article by the reading it gives most', () => {
    const [message] = messages(
      'The quake injured around 50 people in the valley.',
      'The quake injured around 50 people in the valley, officials said.',
      'The quake injured dozens of people in the valley.',
      'The quake injured 249 people in the valley.',
    );
    expect(message).toContain('3 articles say about 45–55 or 24–99; 1 article says 249');
  });

  it('keeps one reading when every article of the camp gives it', () => {
    const [message] = messages(
      'The quake injured around 50 people in the valley.',
      'The quake injured around 50 people in the valley, officials said.',
      'The quake injured 249 people in the valley.',
    );
    expect(message).toContain('2 articles say about 45–55; 1 article says 249');
  });
});
