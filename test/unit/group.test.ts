import { describe, expect, it } from 'vitest';
import { groupArticles } from '../../src/align/group.js';
import { analyze } from '../../src/pipeline.js';

/** Articles in folders a/ and b/; the folders are the true stories. */
function stories(a: string[], b: string[]): string[][] {
  const articles = [...a.map((text, i) => ({ path: `a/${i}.txt`, text })), ...b.map((text, i) => ({ path: `b/${i}.txt`, text }))];
  const { read, entities } = analyze(articles);
  return groupArticles(read, entities, 'auto');
}

describe('groupArticles: look-alike stories', () => {
  it.each([
    {
      name: 'two quakes told in the same words: the figures and the weekday tell them apart',
      a: [
        'A magnitude 4.6 earthquake shook Lake County on Thursday at 2:09 a.m., the U.S. Geological Survey said. No damage was reported near Healdsburg.',
        'The quake struck on Thursday at 2:09 a.m. with magnitude 4.6, about 14 miles from Healdsburg, the USGS said. Residents felt shaking.',
      ],
      b: [
        'A magnitude 4.2 earthquake shook Sonoma County on Sunday at 9:27 a.m., the U.S. Geological Survey said. No damage was reported near Cloverdale.',
        'The quake struck on Sunday at 9:27 a.m. with magnitude 4.2, about 13 miles from Cloverdale, the USGS said. Residents felt shaking.',
      ],
      expected: [['a/0.txt', 'a/1.txt'], ['b/0.txt', 'b/1.txt']],
    },
    {
      name: 'one quake told in different words stays one story',
      a: [
        'A magnitude 6.1 earthquake hit Aceh province on Tuesday, killing at least five people, officials said.',
        'The 6.1-magnitude quake struck Aceh on Tuesday afternoon and damaged hundreds of houses.',
      ],
      b: ['Rescuers searched collapsed houses in Aceh on Tuesday after the magnitude 6.1 quake, the disaster agency said.'],
      expected: [['a/0.txt', 'a/1.txt', 'b/0.txt']],
    },
  ])('$name', ({ a, b, expected }) => {
    expect(stories(a, b)).toEqual(expected);
  });
});
