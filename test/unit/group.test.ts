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

describe('groupArticles: two stories each told by many articles', () => {
  const calm = ['Residents ran into the streets.', 'Schools were closed for the day.', 'Power was cut in several districts.', 'Aftershocks rattled the area.', 'Rescue teams were sent from the capital.', 'Officials urged calm.'];
  const tents = ['Villagers slept outdoors in tents.', 'Mud-brick homes collapsed.', 'Hospitals treated the wounded.', 'Roads were blocked by rubble.', 'The Red Crescent sent blankets.', 'Tremors were felt in Dubai.'];
  /** Six articles about one quake, each with a lead sentence and three of the details. */
  const six = (town: string, magnitude: string, details: string[]) =>
    details.map((_, i) => `A magnitude ${magnitude} earthquake struck Qeshm island on Sunday, damaging houses near ${town}, officials said. ${details[i % 6]} ${details[(i + 2) % 6]} ${details[(i + 3) % 6]}`);

  it.each([
    { name: 'two quakes on one island, moderately alike, stay apart', a: six('Dargahan', '5.6', calm), b: six('Tourian', '5.9', tents), stories: 2 },
    { name: 'one quake told by twelve articles stays one story', a: six('Dargahan', '5.6', calm), b: six('Dargahan', '5.6', calm).map((t) => `${t} The toll may rise.`), stories: 1 },
  ])('$name', ({ a, b, stories: n }) => {
    expect(stories(a, b)).toHaveLength(n);
  });
});
