import { describe, expect, it } from 'vitest';
import { figuresApart, groupStories, storyFigures, storyVectors } from '../../src/group/stories.js';
import { MODEL } from '../helpers/model.js';
import { mentionsIn } from '../helpers/pipeline.js';

const TOPICS = [
  'budget',
  'election',
  'football',
  'concert',
  'vaccine',
  'airline',
  'bridge',
  'festival',
  'museum',
  'harvest',
];
const CITIES = ['Lyon', 'Oslo', 'Lima', 'Perth', 'Quebec'];
/** Unrelated short articles that make a batch a mix of many stories (as a corpus is). */
const others = TOPICS.flatMap((topic, t) =>
  CITIES.map((city, c) => ({
    path: `z/${t}-${c}.txt`,
    text: `The ${topic} in ${city} drew attention this week, local ${topic} officials in ${city} said.`,
  })),
);

/** Articles in folders a/ and b/ (the folders are the true stories), alone or in a mixed batch. */
function stories(a: string[], b: string[], mixed = true): string[][] {
  const articles = [
    ...a.map((text, i) => ({ path: `a/${i}.txt`, text })),
    ...b.map((text, i) => ({ path: `b/${i}.txt`, text })),
    ...(mixed ? others : []),
  ];
  const { mentions, entities } = mentionsIn(articles);
  return groupStories(MODEL, mentions, entities, 'auto')
    .map((g) => g.filter((p) => !p.startsWith('z/')))
    .filter((g) => g.length > 0);
}

describe('groupStories: look-alike stories', () => {
  it.each([
    {
      name: 'one quake told in different words stays one story',
      a: [
        'A magnitude 6.1 earthquake hit Aceh province on Tuesday, killing at least five people, officials said.',
        'The 6.1-magnitude quake struck Aceh on Tuesday afternoon and damaged hundreds of houses.',
      ],
      b: [
        'Rescuers searched collapsed houses in Aceh on Tuesday after the magnitude 6.1 quake, ' +
          'the disaster agency said.',
      ],
      expected: [['a/0.txt', 'a/1.txt', 'b/0.txt']],
      mixed: false,
    },
  ])('$name', ({ a, b, expected, mixed }) => {
    expect(stories(a, b, mixed)).toEqual(expected);
  });
});

describe('groupStories: two stories each told by many articles', () => {
  const calm = [
    'Residents ran into the streets.',
    'Schools were closed for the day.',
    'Power was cut in several districts.',
    'Aftershocks rattled the area.',
    'Rescue teams were sent from the capital.',
    'Officials urged calm.',
  ];
  const tents = [
    'Villagers slept outdoors in tents.',
    'Mud-brick homes collapsed.',
    'Hospitals treated the wounded.',
    'Roads were blocked by rubble.',
    'The Red Crescent sent blankets.',
    'Tremors were felt in Dubai.',
  ];
  /** Six articles about one quake, each with a lead sentence and three of the details. */
  const six = (town: string, magnitude: string, details: string[]) =>
    details.map(
      (_, i) =>
        `A magnitude ${magnitude} earthquake struck Qeshm island on Sunday, ` +
        `damaging houses near ${town}, officials said. ` +
        `${details[i % 6]} ${details[(i + 2) % 6]} ${details[(i + 3) % 6]}`,
    );

  it.each([
    {
      name: 'two quakes on one island, moderately alike, stay apart',
      a: six('Dargahan', '5.6', calm),
      b: six('Tourian', '5.9', tents),
      stories: 2,
    },
    {
      name: 'two quakes told in the same words, a 5.6 and a 5.9, are two stories',
      a: six('Dargahan', '5.6', calm),
      b: six('Dargahan', '5.9', calm).map((t) => `${t} The toll may rise.`),
      stories: 2,
    },
    {
      name: 'one quake whose agencies differ by a tenth stays one story',
      a: six('Dargahan', '6.1', calm),
      b: six('Dargahan', '6.2', calm).map((t) => `${t} The toll may rise.`),
      stories: 1,
    },
    {
      name: 'one quake told by twelve articles stays one story',
      a: six('Dargahan', '5.6', calm),
      b: six('Dargahan', '5.6', calm).map((t) => `${t} The toll may rise.`),
      stories: 1,
    },
  ])('$name', ({ a, b, stories: n }) => {
    expect(stories(a, b)).toHaveLength(n);
  });

  it('says which identity figures keep two stories apart', () => {
    const articles = [
      ...six('Dargahan', '5.6', calm).map((text, i) => ({ path: `a/${i}.txt`, text })),
      ...six('Dargahan', '5.9', calm).map((text, i) => ({ path: `b/${i}.txt`, text })),
    ];
    const { mentions, entities } = mentionsIn(articles);
    const { vectors } = storyVectors(MODEL, mentions, entities);
    const [a, b] = [vectors.filter((v) => v.path.startsWith('a/')), vectors.filter((v) => v.path.startsWith('b/'))];
    expect(figuresApart(MODEL, storyFigures(a), storyFigures(b))).toEqual(['magnitude 5.6 here, 5.9 there']);
    expect(figuresApart(MODEL, storyFigures(a), storyFigures(a))).toEqual([]);
  });

  it('a small batch is read as one story: the weekday and the look-alike threshold do not split it', () => {
    expect(
      stories(
        six('Dargahan', '5.6', calm),
        six('Dargahan', '5.6', tents).map((t) => t.replace('Sunday', 'Monday')),
        false,
      ),
    ).toHaveLength(1);
  });
});

describe('storyVectors: in a mixed batch, the lead counts more than the body', () => {
  const body = 'Officials met on Monday. The council spoke at length. Many residents came. ';
  const articles = [
    { path: 'lead.txt', text: `Floodgates open at Varnholm.\n\n${body}The mayor spoke at noon.` },
    { path: 'body.txt', text: `The mayor spoke at noon.\n\n${body}Floodgates open at Varnholm.` },
  ];
  const weightOf = (model: typeof MODEL, path: string, feature: string) => {
    const { mentions, entities } = mentionsIn([...articles, ...others]);
    const { vectors, names } = storyVectors(model, mentions, entities);
    const v = vectors.find((x) => x.path === path);
    const at = v ? [...v.features].findIndex((f) => names[f] === feature) : -1;
    return v && at >= 0 ? (v.weights[at] as number) : 0;
  };

  it('a word of the headline weighs more than the same word low in the body', () => {
    expect(weightOf(MODEL, 'lead.txt', 'w:floodgat')).toBeGreaterThan(weightOf(MODEL, 'body.txt', 'w:floodgat'));
  });

  it('with no lead weight in the model, the same words weigh the same wherever they stand', () => {
    const flat = { ...MODEL, events: { ...MODEL.events, storyLead: { sentences: 0, weight: 1 } } };
    const [a, b] = [weightOf(flat, 'lead.txt', 'w:floodgat'), weightOf(flat, 'body.txt', 'w:floodgat')];
    expect(a).toBeGreaterThan(0);
    expect(a).toBeCloseTo(b, 9);
  });

  it('in a small batch, most likely of one story, the lead counts as the body', () => {
    const { mentions, entities } = mentionsIn(articles);
    const { vectors, names } = storyVectors(MODEL, mentions, entities);
    const [a, b] = vectors.map((v) => v.weights[[...v.features].findIndex((f) => names[f] === 'w:floodgat')]);
    expect(a).toBeGreaterThan(0);
    expect(a).toBeCloseTo(b as number, 9);
  });
});
