import { describe, expect, it } from 'vitest';
import { mentionsOfOne } from '../helpers/pipeline.js';

/** The counts read in one article (tagged, as the CLI reads it): "text = amount → cue" each. */
function counts(text: string): string[] {
  return mentionsOfOne({ path: 'a.txt', text })
    .mentions.filter((m) => m.value.dimension === 'count')
    .map((m) => `${m.text} = ${m.value.amount} → ${m.verb}`);
}

describe('one more victim of another kind (src/extract/another.ts)', () => {
  it.each([
    ['Two men were killed and another wounded at the Dalen mill.', 'another = 1 → wounded'],
    ['Two women died and a third employee was wounded.', 'a third = 1 → wounded'],
    ['Two were killed and a third was seriously injured.', 'a third = 1 → injured'],
  ])('%j → %j', (text, found) => {
    expect(counts(text)).toContain(found);
  });

  it.each([
    // the same kind: one more on a count the sentence does not give
    'Two were hurt and another was hurt later.',
    'Two were killed, three were hurt and another was hurt later.',
    // no earlier count of another kind
    'Another man was also injured.',
    'Police arrested the gunman, and another man was wounded.',
    // an amount or a share of its own
    'Two died and another three were hurt.',
    'Two were killed and another dozen were hurt in the bombing.',
    'Two people were killed and a third of workers were injured.',
    // not a person, or not the victim of the cue
    'Four people were injured, a week after another shooting killed nine at the mill.',
    'One person was killed in the bombing and a second explosion injured 12 people.',
    'Three workers were killed and another injured worker died later in hospital.',
    'Three people were killed as the gangs fired at one another and wounded five passers-by.',
    // an ordinal that is not the one after the count: "a second worker died" makes two dead
    'Three were hurt in the collapse, and a second worker died in hospital on Tuesday.',
  ])('reads no single victim in %j', (text) => {
    expect(counts(text).filter((c) => / = 1 → /.test(c))).toEqual([]);
  });
});
