/**
 * The count cues of model/attributes.json (`countCues`: "killed", "hurt", "arrests" ...) as the
 * readers of counts without digits look them up: a phrase table of the cue words, and what each counts.
 */
import { perModel } from '../model/derived.js';
import { PhraseTable } from '../text/phrases.js';

export const countCues = perModel(({ attributes }) => ({
  cues: new PhraseTable<string>(
    Object.values(attributes.countCues)
      .flat()
      .map((w) => [w, w] as [string, string]),
  ),
  /** A cue → what it counts ("hurt" → "injured"). */
  counts: new Map(Object.entries(attributes.countCues).flatMap(([what, words]) => words.map((w) => [w, what]))),
}));
