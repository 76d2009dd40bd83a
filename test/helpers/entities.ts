import { nameCandidates, personWords, typeCandidates } from '../../src/extract/entities.js';
import { parseArticle } from '../../src/extract/parse.js';
import { skeleton } from '../../src/normalize/entities.js';
import type { EntityMention } from '../../src/types.js';

/** The names of one text, typed with what the text itself tells. */
export function names(text: string): EntityMention[] {
  const candidates = nameCandidates(parseArticle({ path: 'a.txt', text }));
  return typeCandidates(candidates, personWords(candidates, skeleton), skeleton);
}
