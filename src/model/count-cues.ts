/**
 * The count cues of model/attributes.json (`countCues`: "killed", "hurt", "arrests" ...), built once per
 * model for every stage that reads them: the phrase table of the cue words, and what each counts.
 */
import { PhraseTable } from '../text/phrases.js';
import { perModel } from './derived.js';

export const countCues = perModel(({ attributes }) => ({
  cues: new PhraseTable<string>(
    Object.values(attributes.countCues)
      .flat()
      .map((w) => [w, w] as [string, string]),
  ),
  /** A cue → what it counts ("hurt" → "injured"). */
  counts: new Map(Object.entries(attributes.countCues).flatMap(([what, words]) => words.map((w) => [w, what]))),
}));
