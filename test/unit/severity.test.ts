/** A count at one degree of hurt is a part of the toll (src/align/cues.ts severityOf, model/attributes.json). */
import { describe, expect, it } from 'vitest';
import { conflictMessages } from '../helpers/pipeline.js';

describe('counts at a degree of hurt', () => {
  it.each([
    ['The blast injured 45 people, officials said.', 'More than 50 people suffered serious injuries in the blast.'],
    ['The crash injured 30 people on Monday.', 'Eight people were critically injured in the crash on Monday.'],
    ['The storm injured 20 people on Monday.', 'The storm slightly injured 12 people on Monday.'],
  ])('%s / %s: no conflict with the whole toll', (a, b) => {
    expect(conflictMessages([a, b])).toEqual([]);
  });

  it('counts at the same degree are still compared', () => {
    const found = conflictMessages([
      'Eight people were critically injured in the crash on Monday.',
      'Five people were critically injured in the crash on Monday.',
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('Number injured');
  });
});
