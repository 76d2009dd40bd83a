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
    ['Two were hurt and another was hurt later.', []],
    // no earlier count of another kind
    ['Another man was also injured.', []],
    // a number of its own
    ['Two died and another three were hurt.', ['Two = 2 → died', 'three = 3 → hurt']],
  ])('reads no single victim in %j', (text, expected) => {
    expect(counts(text).filter((c) => !c.startsWith('Two = 2'))).toEqual(
      (expected as string[]).filter((c) => !c.startsWith('Two = 2')),
    );
  });
});
