/**
 * Stories in every format: each finding names its story, the JSON report lists the stories with
 * their findings counted, the stylish report groups findings under a header per story, and
 * --story reports one story.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import type { Report } from '../src/types.js';
import { captureIo } from './helpers/io.js';

/** Two stories of two articles each, each with one conflict (made-up places). */
function twoStories(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'factdiff-two-'));
  // a headline, then the body's sentences
  const files: Record<string, string[]> = {
    'q1.txt': [
      'Quake Jolts Northern Valley\n',
      'A strong earthquake struck the valley town of Larsby on Monday, killing 12 people, officials said.',
      'The quake destroyed farm houses near the river.',
    ],
    'q2.txt': [
      'Deadly Quake Hits Larsby\n',
      'The earthquake that struck the valley town of Larsby on Monday killed 19 people, the regional governor said.',
      'Farm houses near the river collapsed.',
    ],
    'f1.txt': [
      'Warehouse Fire In Port Hadley\n',
      'A fire swept through a paper warehouse in Port Hadley on Friday night.',
      'Firefighters said 40 fire engines fought the blaze for six hours at the harbour.',
    ],
    'f2.txt': [
      'Port Hadley Warehouse Blaze\n',
      'Crews battled a fire at a paper warehouse in Port Hadley on Friday night;',
      '40 fire engines fought the blaze for ten hours at the harbour, the fire chief said.',
    ],
  };
  for (const [name, [head, ...body]] of Object.entries(files))
    writeFileSync(path.join(dir, name), `${head}${body.join(' ')}\n`);
  return dir;
}

async function run(args: string[], cwd: string) {
  const io = captureIo({ cwd });
  const code = await main([...args, '--no-color'], io);
  return { code, out: io.out, err: io.err };
}

describe('stories in the report', () => {
  const dir = twoStories();

  it('lists the stories with a title and their findings counted; each finding names its story', async () => {
    const report = JSON.parse((await run(['.', '-f', 'json'], dir)).out) as Report;
    expect(report.stories?.map((s) => [s.id, s.title, s.articles.length, s.errors])).toEqual([
      ['story-1', 'Warehouse Fire In Port Hadley', 2, 1],
      ['story-2', 'Quake Jolts Northern Valley', 2, 1],
    ]);
    for (const f of report.findings) {
      const story = report.stories?.[f.story ?? -1];
      for (const e of f.evidence) expect(story?.articles).toContain(e.path);
    }
  });

  it('groups the stylish report by story, a header line each', async () => {
    const { out } = await run(['.'], dir);
    const headers = out.split('\n').filter((l) => l.startsWith('── '));
    expect(headers).toEqual([
      '── story-1 · Warehouse Fire In Port Hadley · 2 articles · 1 error',
      '── story-2 · Quake Jolts Northern Valley · 2 articles · 1 error',
    ]);
    expect(out.indexOf('Number killed')).toBeGreaterThan(out.indexOf(headers[1] as string));
  });

  it('names the story of each finding in the markdown table', async () => {
    const { out } = await run(['.', '-f', 'markdown'], dir);
    expect(out).toContain('| **story-2** (Quake Jolts Northern Valley): Number killed in the earthquake');
  });

  it('puts the story in SARIF properties', async () => {
    const log = JSON.parse((await run(['.', '-f', 'sarif'], dir)).out);
    const stories = log.runs[0].results.map((r: { properties: { story: string } }) => r.properties.story);
    expect(stories.sort()).toEqual(['story-1', 'story-2']);
  });

  it('--story reports one story, and its findings alone make the exit code', async () => {
    const { code, out } = await run(['.', '--story', '2', '-f', 'json'], dir);
    const report = JSON.parse(out) as Report;
    expect(code).toBe(1);
    expect(report.findings.map((f) => f.message)).toEqual([expect.stringContaining('Number killed')]);
    expect(report.summary.findings).toBe(1);
    const named = await run(['.', '--story', 'story-1', '-f', 'json'], dir);
    expect((JSON.parse(named.out) as Report).findings.map((f) => f.story)).toEqual([0]);
  });

  it('--story with no such story exits 2 with one line', async () => {
    const { code, err } = await run(['.', '--story', 'story-9'], dir);
    expect(code).toBe(2);
    expect(err.trim()).toBe('factdiff: error: --story story-9: no such story; this batch has story-1 to story-2');
  });
});
