import { nameCandidates, personWords, typeCandidates } from '../../src/extract/entities.js';
import { parseArticle } from '../../src/extract/parse.js';
import { skeletons } from '../../src/normalize/entities.js';
import type { EntityMention } from '../../src/types.js';
import { MODEL } from './model.js';

/** The names of one text, typed with what the text itself tells. */
export function names(text: string): EntityMention[] {
  const candidates = nameCandidates(MODEL, parseArticle({ path: 'a.txt', text }));
  const skeleton = skeletons();
  return typeCandidates(candidates, personWords(candidates, skeleton), skeleton);
}
