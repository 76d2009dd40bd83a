import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PARKED, rewrite } from '../../scripts/pack-manifest.mjs';

const manifest = (scripts: Record<string, string>) =>
  `${JSON.stringify({ name: 'x', scripts, files: ['dist'] }, null, 2)}\n`;

describe('pack-manifest: the packed package has no install script', () => {
  it('parks prepare under a name npm never runs, in its place among the scripts', () => {
    const packed = JSON.parse(rewrite(manifest({ build: 'tsc', prepare: 'npm run build', test: 'vitest' }), 'park'));
    expect(Object.keys(packed.scripts)).toEqual(['build', PARKED, 'test']);
    expect(packed.scripts.prepare).toBeUndefined();
  });

  it('restores the manifest byte for byte after packing', () => {
    const text = manifest({ build: 'tsc', prepare: 'npm run build' });
    expect(rewrite(rewrite(text, 'park'), 'restore')).toBe(text);
  });

  it('keeps the indentation of the file', () => {
    const text = `${JSON.stringify({ scripts: { prepare: 'b' } }, null, 4)}\n`;
    expect(rewrite(text, 'park')).toContain(`\n    "scripts"`);
  });

  it('leaves a manifest without prepare as it is', () => {
    const text = '{"scripts":{"build":"tsc"}}';
    expect(rewrite(text, 'park')).toBe(text);
  });

  it('is wired into this package: prepack builds and parks, postpack restores', () => {
    const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
    expect(scripts.prepare).toBe('npm run build');
    expect(scripts.prepack).toMatch(/npm run build && node scripts\/pack-manifest\.mjs park$/);
    expect(scripts.postpack).toBe('node scripts/pack-manifest.mjs restore');
  });

  it('names where the project lives: homepage, repository and where to report bugs', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as Record<string, unknown>;
    expect(manifest.homepage).toMatch(/^https:\/\//);
    expect(manifest.repository).toMatchObject({ type: 'git', url: expect.stringMatching(/^git\+https:\/\//) });
    expect(manifest.bugs).toMatchObject({ url: expect.stringMatching(/^https:\/\//) });
  });
});
