import { addTo } from './add-to.js';

/** Items by the sentence they are in, in their order: a value's neighbours found without scanning its article. */
export function bySentence<T extends { sentence: number }>(items: readonly T[]): Map<number, T[]> {
  const found = new Map<number, T[]>();
  for (const item of items) addTo(found, item.sentence, item);
  return found;
}
