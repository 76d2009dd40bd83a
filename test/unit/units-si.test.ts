/** Units generated from a unit library (model/units-si.json, scripts/build-units.mjs) and read in news text. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { quantities } from '../helpers/quantities.js';
import { ROOT } from '../helpers/io.js';

const one = (sentence: string) => {
  const q = quantities(sentence).find((m) => m.value.dimension !== 'date');
  // the middle of the interval in the base unit
  return q && [q.text, q.value.dimension, q.value.amount, q.value.unitKey, (q.value.low + q.value.high) / 2];
};

describe('units of power, energy, frequency, pressure, torque, current, voltage, charge, rates', () => {
  it.each([
    ['The turbine is rated at 3.5 MW.', '3.5 MW', 'power', 3.5, 'megawatt', 3.5e6],
    ['A laser of 5 mW was used.', '5 mW', 'power', 5, 'milliwatt', 0.005],
    ['The tractor has a 120 hp engine.', '120 hp', 'power', 120, 'horsepower', 120 * 745.699872],
    ['The grid lost 4 TWh last winter.', '4 TWh', 'energy', 4, 'terawatt-hour', 4 * 3.6e15],
    ['A slice holds 300 kcal.', '300 kcal', 'energy', 300, 'kilocalorie', 300 * 4184],
    ['The band runs at 5 GHz.', '5 GHz', 'frequency', 5, 'gigahertz', 5e9],
    ['Pressure fell to 980 hPa.', '980 hPa', 'pressure', 980, 'hectopascal', 98_000],
    ['The engine makes 250 lb-ft of torque.', '250 lb-ft', 'torque', 250, 'pound-foot', 250 * 1.3558180656],
    ['Each cell stores 3,000 mAh.', '3,000 mAh', 'charge', 3000, 'milliampere-hour', 3],
    ['The cable carries 400 kV.', '400 kV', 'voltage', 400, 'kilovolt', 400_000],
    ['Speeds reach 1 Gbps.', '1 Gbps', 'data-rate', 1, 'gigabit-per-second', 1e9],
    ['The hatchback does 45 mpg.', '45 mpg', 'fuel-economy', 45, 'mile-per-gallon', 45 * 0.425143705633],
    ['Ozone hit 70 ppb on Monday.', '70 ppb', 'concentration', 70, 'part-per-billion', 0.07],
  ])('%j → %j', (sentence, text, dimension, amount, unitKey, middle) => {
    const read = one(sentence);
    expect(read?.slice(0, 4)).toEqual([text, dimension, amount, unitKey]);
    expect((read?.[4] as number) / middle).toBeCloseTo(1, 6);
  });

  it.each([
    // one-letter symbols only glued or before punctuation; a street's "W." is West
    ['Vote for the 2 A candidates.', ['2']],
    ['The store at 200 W. Main St. closed.', []],
    ['He scored 3 nm goals.', ['3']],
  ])('%j reads no unit', (sentence, texts) => {
    expect(
      quantities(sentence)
        .filter((q) => q.value.dimension !== 'date')
        .map((q) => q.text),
    ).toEqual(texts);
  });

  it('model/units-si.json is what the unit library gives (npm run units)', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build-units.mjs'), '--check'], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
