/** `factdiff stories` and the explanation of a grouping (src/group/explain.ts), on batches written for it. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { explainStories } from '../src/group/explain.js';
import { groupStories } from '../src/group/stories.js';
import type { Article } from '../src/types.js';
import { captureIo } from './helpers/io.js';
import { MODEL } from './helpers/model.js';
import { mentionsIn } from './helpers/pipeline.js';

const TOPICS = ['budget', 'election', 'concert', 'vaccine', 'airline', 'bridge', 'festival', 'museum', 'harvest'];
const CITIES = ['Lyon', 'Oslo', 'Lima', 'Perth', 'Quebec', 'Accra'];
/** Short articles of unrelated stories: they make a batch a mix of many stories, as a day's wire is. */
const wire: Article[] = TOPICS.flatMap((topic, t) =>
  CITIES.map((city, c) => ({
    path: `z/${t}-${c}.txt`,
    text: `The ${topic} in ${city} drew attention this week, local ${topic} officials in ${city} said.`,
  })),
);

const fire = (i: number, headline: string): Article => ({
  path: `fire/${i}.txt`,
  text:
    `${headline}\n\nA fire destroyed the Harbour Street warehouse in Brixton on Friday night, ` +
    `fire chief Ana Kovacs said. Forty firefighters fought the blaze for six hours. ` +
    `The warehouse stored paper and paint, Kovacs said.`,
});
const fight = (i: number): Article => ({
  path: `fight/${i}.txt`,
  text:
    `Tomas Varga beats Leon Okafor for the title\n\nTomas Varga knocked out Leon Okafor in the ninth round ` +
    `on Saturday to win the heavyweight title in Cardiff, the promoters said. Varga landed a left hook.`,
});

function summaries(articles: Article[]) {
  const { mentions, entities } = mentionsIn(articles);
  const stories = groupStories(MODEL, mentions, entities, 'auto');
  return explainStories(MODEL, mentions, entities, stories);
}

describe('explainStories', () => {
  const batch = [
    fire(0, 'Blaze guts Brixton store'),
    fire(1, 'Warehouse fire in Brixton'),
    fire(2, 'Warehouse fire in Brixton'),
    fight(0),
    fight(1),
    ...wire,
  ];
  const all = summaries(batch);
  const fires = all.find((s) => s.articles.some((a) => a.path.startsWith('fire/')));
  const fights = all.find((s) => s.articles.some((a) => a.path.startsWith('fight/')));

  it('gives each story its articles, the headline most of them share and what grouped them', () => {
    expect(fires?.articles.map((a) => a.path)).toEqual(['fire/0.txt', 'fire/1.txt', 'fire/2.txt']);
    expect(fires?.title).toBe('Warehouse fire in Brixton');
    expect(fires?.keys).toContain('Ana Kovacs');
    expect(fights?.keys).toContain('Tomas Varga');
  });

  it('names the nearest other story, how alike they are and what only each side says', () => {
    expect(fires?.nearest?.story).toMatch(/^story-\d+$/);
    expect(fires?.nearest?.story).not.toBe(fires?.id);
    expect(fires?.nearest?.similarity).toBeLessThan(fires?.nearest?.threshold ?? 0);
    expect(fires?.nearest?.apart.at(-1)).toMatch(/^only here: .*brixton.*; only there: .*varga/i);
  });

  it('says when two stories were published in different years', () => {
    const dated = [
      { ...fight(0), date: '2019-06-01' },
      { ...fight(1), date: '2019-06-02' },
      { ...fight(2), path: 'rematch/0.txt', date: '2023-06-03' },
      { ...fight(3), path: 'rematch/1.txt', date: '2023-06-04' },
    ];
    const stories = [
      ['fight/0.txt', 'fight/1.txt'],
      ['rematch/0.txt', 'rematch/1.txt'],
    ];
    const { mentions, entities } = mentionsIn(dated);
    const [first] = explainStories(MODEL, mentions, entities, stories);
    expect(first?.dates).toEqual({ first: '2019-06-01', last: '2019-06-02' });
    expect(first?.nearest?.apart[0]).toBe('years: 2019 here; 2023 there');
  });

  it('takes a headline past the dateline', () => {
    const [story] = summaries([
      { path: 'a.txt', text: 'June 1, 2019\n\nVarga wins\n\nVarga won.', date: '2019-06-01' },
    ]);
    expect(story?.title).toBe('Varga wins');
  });
});

describe('groupStories: properties of a mixed batch', () => {
  const batch = [fire(0, 'Fire'), fire(1, 'Fire'), fight(0), fight(1), fight(2), ...wire];
  const stories = (articles: Article[]) => {
    const { mentions, entities } = mentionsIn(articles);
    return groupStories(MODEL, mentions, entities, 'auto');
  };
  const base = stories(batch);

  it('does not depend on the order of the files', () => {
    const reversed = [...batch].reverse();
    const shuffled = batch.map((a, i) => [(i * 7919) % 61, a] as const).sort((x, y) => x[0] - y[0]);
    expect(stories(reversed)).toEqual(base);
    expect(stories(shuffled.map(([, a]) => a))).toEqual(base);
  });

  it('keeps the other stories as they were when an unrelated article joins', () => {
    const added = { path: 'q/0.txt', text: 'A magnitude 5.1 earthquake shook Hokkaido on Monday, officials said.' };
    const after = stories([...batch, added]).filter((s) => !s.includes('q/0.txt'));
    expect(after).toEqual(base);
  });
});

describe('factdiff stories', () => {
  it('lists the seeds as one story, in JSON and as text', async () => {
    const io = captureIo();
    expect(await main(['stories', 'fixtures/seeds', '-f', 'json'], io)).toBe(0);
    const report = JSON.parse(io.out);
    expect(report.stories).toHaveLength(1);
    expect(report.stories[0].articles).toHaveLength(5);
    const text = captureIo();
    expect(await main(['stories', 'fixtures/seeds', '--no-color'], text)).toBe(0);
    expect(text.out.trim().split('\n').at(-1)).toBe('1 story in 5 articles');
  });

  it('splits by folder with --group dir', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'factdiff-stories-'));
    for (const [i, a] of [fire(0, 'Fire'), fight(0)].entries()) {
      const folder = path.join(dir, `f${i}`);
      mkdirSync(folder);
      writeFileSync(path.join(folder, 'a.txt'), a.text);
    }
    const io = captureIo();
    expect(await main(['stories', dir, '--group', 'dir', '-f', 'ndjson'], io)).toBe(0);
    expect(io.out.trim().split('\n')).toHaveLength(2);
  });

  it('refuses an unknown format with exit 2', async () => {
    const io = captureIo();
    expect(await main(['stories', 'fixtures/seeds', '-f', 'html'], io)).toBe(2);
  });
});
