import { describe, expect, it } from 'vitest';
import { contains, countryOfDemonym, placeChain } from '../../src/model/gazetteer.js';

describe('gazetteer containment', () => {
  it.each([
    ['Middle East', 'Jeddah', true],
    ['Saudi Arabia', 'Jeddah', true],
    ['Middle East', 'Saudi Arabia', true],
    ['Europe', 'Kyiv', true],
    ['Saudi Arabia', 'Riyadh', true],
    ['Jeddah', 'Riyadh', false],
    ['Middle East', 'Kyiv', false],
    ['Ukraine', 'Jeddah', false],
  ])('%s contains %s: %s', (outer, inner, expected) => {
    expect(contains(outer, inner)).toBe(expected);
  });

  it('knows demonyms', () => {
    expect(countryOfDemonym('Russian')?.name).toBe('Russia');
    expect(countryOfDemonym('Ukrainian')?.name).toBe('Ukraine');
  });

  it('chains a city outwards', () => {
    expect(placeChain('Jeddah').slice(0, 3)).toEqual(['Jeddah', 'Saudi Arabia', 'Middle East']);
  });
});
