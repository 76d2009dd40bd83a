/** A figure naming its event (a magnitude) spread too wide across a story is several events (src/align/align.ts). */
import { describe, expect, it } from 'vitest';
import { conflictMessages } from '../helpers/pipeline.js';

const quake = (magnitude: string): string =>
  `A magnitude ${magnitude} earthquake shook the coast of Lorn province on Sunday, the geological agency said.`;

describe('several events of one kind in a story', () => {
  it('magnitudes further apart than twice their tolerance are a series of quakes, not one conflict', () => {
    expect(conflictMessages([quake('6.1'), quake('7.3'), quake('7.6')])).toEqual([]);
  });

  it('magnitudes within it are one quake told two ways', () => {
    const found = conflictMessages([quake('4.2'), quake('4.4'), quake('4.4')]);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('Magnitude');
  });
});
