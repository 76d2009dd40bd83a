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

describe('places: time zones', () => {
  it.each<[string, string, number | null, number | null]>([
    ['a country of one zone', 'IR', null, 210],
    ['a country of several zones, no longitude', 'ID', null, null],
    ['a country of several zones, a city in the west (95°E)', 'ID', 95.3, 420],
    ['a country of several zones, a city in the east (141°E)', 'ID', 140.7, 540],
  ])('%s', (_name, code, longitude, offset) => {
    expect(places.mainZone(code, longitude)?.utcOffset ?? null).toBe(offset);
  });

  it('gives a city its longitude', () => {
    expect(places.largestCity('Jayapura')?.longitude).toBeCloseTo(140.7, 0);
  });
});
