/** A value tied to no event word joins the same attribute told of the story's main event (src/align/align.ts). */
import { describe, expect, it } from 'vitest';
import { conflictMessages } from '../helpers/pipeline.js';

describe("the story's main event", () => {
  it('takes a toll no event word ties: one fact, one finding', () => {
    expect(
      conflictMessages([
        'A strong earthquake struck the valley on Monday. Officials said 40 people were killed.',
        'The earthquake killed 25 people in the valley, the governor said.',
      ]),
    ).toEqual(['Number killed in the earthquake: 1 article says 25; 1 article says 40']);
  });

  it('leaves it alone when two event words lead equally (a quake and its tsunami)', () => {
    expect(
      conflictMessages([
        'An earthquake and a tsunami hit the coast. Officials said 40 people were killed.',
        'The earthquake killed 25 people. The tsunami killed 60 people.',
      ]),
    ).not.toContainEqual(expect.stringMatching(/1 article says 25; 1 article says 40/));
  });
});
