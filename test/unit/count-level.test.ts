import { describe, expect, it } from 'vitest';
import { mentionsOfOne } from '../helpers/pipeline.js';

/** The counts read in one article (tagged, as the CLI reads them): "text → cue" each. */
function counts(text: string): string[] {
  return mentionsOfOne({ path: 'a.txt', text })
    .mentions.filter((m) => m.value.dimension === 'count')
    .map((m) => `${m.text} → ${m.verb ?? '-'}`);
}

describe('a count that is the level of a cue noun before it (src/extract/quantity-context.ts)', () => {
  it.each([
    [
      'Crews found two more bodies, bringing the confirmed death toll from the flood to 11.',
      ['two → -', '11 → death toll'],
    ],
    ['The death toll from the blast in the old town stands at 14, officials said.', ['14 → death toll']],
    ['The number of injuries from the crash in the tunnel rose to 23 on Friday.', ['23 → injuries']],
  ])('%j', (text, found) => {
    expect(counts(text)).toEqual(found);
  });

  it.each([
    // a verb is no level's noun: "died ... at 77" is no toll
    'Mara Quint, who died yesterday in a hospital in Dalen at 77, ran the mill for years.',
    // a counted noun after the number: the count is of that noun
    'Officials evacuated residents from the valley to 11 shelters.',
    // the cue noun acts on another noun; a running total of a span of time
    'Injuries have cut the squad to 11 for the cup final.',
    'Troopers said the crash brought road deaths in the county this year to 31.',
    // another clause between the cue and the count
    'The death toll was not known and the crowd grew to 300.',
  ])('reads no level in %j', (text) => {
    expect(counts(text).filter((c) => /→ (death toll|injuries|died|evacuated)$/.test(c))).toEqual([]);
  });
});
