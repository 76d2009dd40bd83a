import { describe, expect, it } from 'vitest';
import { MODEL } from '../helpers/model.js';

const { places } = MODEL;

describe('places: containment', () => {
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
    expect(places.contains(outer, inner)).toBe(expected);
  });

  it('knows demonyms', () => {
    expect(places.countryOfDemonym('Russian')?.name).toBe('Russia');
    expect(places.countryOfDemonym('Ukrainian')?.name).toBe('Ukraine');
  });

  it('chains a city outwards', () => {
    expect(places.placeChain('Jeddah').slice(0, 3)).toEqual(['Jeddah', 'Saudi Arabia', 'Middle East']);
  });
});
