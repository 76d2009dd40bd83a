import { describe, expect, it } from 'vitest';
import { align } from '../../src/align/align.js';
import { MODEL } from '../helpers/model.js';
import { conflictMessages, forAlign, mentionsIn } from '../helpers/pipeline.js';

const conflicts = (...texts: string[]) => conflictMessages(texts, '2014-03-20');

/** The facts of one article: "mention text → subject|attribute|qualifier". */
function facts(text: string): string[] {
  const { mentions, entities } = mentionsIn([{ path: 'a.txt', text }]);
  return align(MODEL, forAlign(mentions), entities).flatMap((g) =>
    g.facts.map((f) => `${f.mention.text} → ${g.key.subject}|${g.key.attribute}|${g.key.qualifier ?? ''}`),
  );
}

describe("a place's population (src/align/population.ts)", () => {
  it('two populations of one place, in apposition to it, conflict under its name', () => {
    expect(
      conflicts(
        'The quake struck Dalen Island, home to 80,000 people, state media said.',
        'The quake was centred near Dalen Island, home to 200,000 people, the survey said.',
      ),
    ).toEqual([
      'Population of Dalen Island: 1 article says 80,000 (75,000–85,000); 1 article says 200,000 (180,000–220,000)',
    ]);
  });

  it.each([
    [
      'two places',
      'The quake struck Dalen Island, home to 80,000 people.',
      'The quake struck Orla Island, home to 200,000 people.',
    ],
    // things, not people; a place placed by another, not the subject
    [
      'no people',
      'The quake struck Dalen Island, home to 120 businesses.',
      'The quake struck Dalen Island, home to 200 businesses.',
    ],
    [
      'a place named between',
      'Orla City lies on the coast of Dalen Province, which has a population of 1.8 million.',
      'The storm hit Orla City, home to 250,000 people.',
    ],
    [
      'a town in apposition to an unnamed place',
      'Orla officials said the storm flattened Kell, a fishing town with a population of 30,000.',
      'The storm hit Orla Island, home to 190,000 people.',
    ],
    [
      'displaced people, not residents',
      'Dalen Island is now home to 40,000 of the displaced.',
      'The quake struck Dalen Island, home to 120,000 people.',
    ],
    [
      'a population of another time',
      'Dalen Island was home to 250,000 people before the war.',
      'The quake struck Dalen Island, home to 190,000 people.',
    ],
    [
      'a place between that is not the subject',
      'The island, off the coast of Orla, has a population of 120,000.',
      'The quake struck Dalen Island, home to 200,000 people.',
    ],
  ])('%s: no population conflict', (_name, a, b) => {
    expect(conflicts(a, b).filter((m) => m.startsWith('Population'))).toEqual([]);
  });
  it.each([
    [
      'The storm hit Dalen Island, which has a population of 80,000, on Monday.',
      '80,000 → event|population|Dalen Island',
    ],
    ['Dalen Island has a population of 80,000, officials said.', '80,000 → event|population|Dalen Island'],
    ['Dalen Island was home to 80,000 people before the war.', '80,000 → event|population|Dalen Island, earlier'],
  ])('%j → %j', (text, fact) => {
    expect(facts(text)).toContain(fact);
  });
});
