/** Measures shown in the unit the article wrote (src/normalize/stated-units.ts, describe.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeValue, displayUnit } from '../../src/normalize/describe.js';
import { inUnit, statedUnit } from '../../src/normalize/stated-units.js';
import { readArticle } from '../../src/extract/read.js';
import type { Quantity } from '../../src/types.js';
import { MODEL } from '../helpers/model.js';

/** The first quantity read in `text`. */
function valueOf(text: string): Quantity {
  const m = readArticle(MODEL, { path: 'a.txt', text }).mentions[0];
  if (!m) throw new Error(`no quantity in ${text}`);
  return m.value;
}

describe('measures as written', () => {
  it.each([
    ['The quake hit 17 miles south of the town.', '17 mi'],
    ['The quake hit about 32 km south of the town.', 'about 32 km'],
    ['The quake hit more than 50 kilometres south of the town.', 'more than 50 km'],
    ['The water was 75 °F at noon.', '75 °F'],
    ['The boat weighed 2,000 lb when loaded.', '2,000 lb'],
    ['The plant makes 12 kW at full load.', '12 kW'],
    // sums with the scale word they were written with, the currency once
    ['The deal is worth $140 million to $160 million.', 'USD 140–160 million'],
    ['The company paid about €2.5 billion for it.', 'about EUR 2.5 billion'],
    ['The fine was $22,500 in all.', 'USD 22,500'],
    // a number that is not whole keeps the digits written
    ['He pointed a .357 caliber revolver at the officers.', '0.357'],
    // a minor unit in the currency's main unit
    ['A single ride now costs 50 cents.', 'USD 0.5'],
  ])('%s → %s', (text, expected) => {
    expect(describeValue(MODEL, valueOf(text))).toBe(expected);
  });

  it('a finding whose sides use two units shows the others in the unit most use, rounded as stated', () => {
    const values = [
      valueOf('The quake hit 17 miles south of the town.'),
      valueOf('The quake hit 20 miles south of the town.'),
      valueOf('The quake hit 55 km south of the town.'),
    ];
    const unit = displayUnit(MODEL, values);
    expect(values.map((v) => describeValue(MODEL, v, unit))).toEqual(['17 mi', '20 mi', '55 km (34 mi)']);
  });

  it('a change of temperature converts as a difference', () => {
    const values = [
      valueOf('The sea has risen by 2 degrees Celsius since 1900.'),
      valueOf('The sea has risen by 3 degrees Celsius since 1900.'),
      valueOf('The sea has risen by 5.4 degrees Fahrenheit since 1900.'),
    ];
    expect(values[2]?.trend).toBe('up');
    expect(describeValue(MODEL, values[2] as Quantity, displayUnit(MODEL, values))).toBe('5.4 °F (3 °C)');
  });

  it('a unit shown in itself gives back the amount written', () => {
    const units = MODEL.units.units.filter((u) => statedUnit(MODEL, { dimension: u.dimension, unitKey: u.key }));
    fc.assert(
      fc.property(fc.constantFrom(...units), fc.integer({ min: 1, max: 99_999 }), (u, amount) => {
        const unit = statedUnit(MODEL, { dimension: u.dimension, unitKey: u.key });
        if (!unit) return;
        const base = (amount + unit.shift) * unit.factor;
        expect(inUnit(base, unit, amount)).toBe(amount.toLocaleString('en-US'));
      }),
    );
  });
});
