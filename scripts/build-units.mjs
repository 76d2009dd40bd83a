#!/usr/bin/env node
/**
 * `npm run units`: writes model/units-si.json, the units of power, energy, frequency, pressure,
 * torque, current, voltage, charge, data rate, fuel economy and concentration with their SI
 * prefixes, each with its factor to the dimension's base unit as js-quantities (a maintained unit
 * library, MIT, a devDependency only) converts it. The file ships in the package: nothing runs the
 * library at run time. News spellings stay in model/units.json. `--check` exits 1 when the file on
 * disk differs from what the library gives (a test runs it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'model/units-si.json');
const require = createRequire(import.meta.url);
const Qty = require('js-quantities');
const version = Qty.version;

/** SI prefixes as written in names and symbols; the library says which it knows, and their factors. */
const PREFIXES = [
  ['', ''],
  ['milli', 'm'],
  ['hecto', 'h'],
  ['kilo', 'k'],
  ['mega', 'M'],
  ['giga', 'G'],
  ['tera', 'T'],
];

/**
 * Each dimension: its base unit as the library writes it and as factdiff shows it, and its units:
 * the library's expression, the prefixes it takes, its names (prefixed as written) and symbols.
 */
const SPEC = [
  {
    dimension: 'power',
    base: ['W', 'W'],
    units: [
      { key: 'watt', expr: 'W', prefixes: ['', 'm', 'k', 'M', 'G'], names: ['watt', 'watts'], symbols: ['W'] },
      { key: 'horsepower', expr: 'hp', names: ['horsepower'], symbols: ['hp', 'bhp'] },
    ],
  },
  {
    dimension: 'energy',
    base: ['J', 'J'],
    units: [
      { key: 'joule', expr: 'J', prefixes: ['', 'k', 'M', 'G'], names: ['joule', 'joules'], symbols: ['J'] },
      {
        key: 'watt-hour',
        expr: 'Wh',
        prefixes: ['', 'k', 'M', 'G', 'T'],
        names: ['watt-hour', 'watt-hours'],
        symbols: ['Wh'],
      },
      { key: 'calorie', expr: 'cal', prefixes: ['', 'k'], names: ['calorie', 'calories'], symbols: ['cal'] },
    ],
  },
  {
    dimension: 'frequency',
    base: ['Hz', 'Hz'],
    units: [{ key: 'hertz', expr: 'Hz', prefixes: ['', 'k', 'M', 'G'], names: ['hertz'], symbols: ['Hz'] }],
  },
  {
    dimension: 'pressure',
    base: ['Pa', 'Pa'],
    units: [
      { key: 'pascal', expr: 'Pa', prefixes: ['', 'h', 'k', 'M'], names: ['pascal', 'pascals'], symbols: ['Pa'] },
      { key: 'psi', expr: 'psi', symbols: ['psi'] },
      { key: 'millimeter-of-mercury', expr: 'mmHg', symbols: ['mmHg'] },
    ],
  },
  {
    dimension: 'torque',
    base: ['N*m', 'N·m'],
    units: [
      {
        key: 'newton-meter',
        expr: 'N*m',
        names: ['newton-metre', 'newton-metres', 'newton-meter', 'newton-meters'],
        symbols: ['Nm', 'N·m', 'N-m'],
      },
      { key: 'pound-foot', expr: 'lbf*ft', names: ['pound-feet', 'pound-foot'], symbols: ['lb-ft', 'lb·ft'] },
    ],
  },
  {
    dimension: 'current',
    base: ['A', 'A'],
    units: [
      {
        key: 'ampere',
        expr: 'A',
        prefixes: ['', 'm', 'k'],
        names: ['ampere', 'amperes', 'amp', 'amps'],
        symbols: ['A'],
      },
    ],
  },
  {
    dimension: 'voltage',
    base: ['V', 'V'],
    units: [{ key: 'volt', expr: 'V', prefixes: ['', 'm', 'k'], names: ['volt', 'volts'], symbols: ['V'] }],
  },
  {
    dimension: 'charge',
    base: ['A*h', 'Ah'],
    units: [
      { key: 'ampere-hour', expr: 'A*h', prefixes: ['', 'm'], names: ['ampere-hour', 'ampere-hours'], symbols: ['Ah'] },
    ],
  },
  {
    dimension: 'data-rate',
    base: ['bps', 'bit/s'],
    units: [
      {
        key: 'bit-per-second',
        expr: 'bps',
        prefixes: ['k', 'M', 'G', 'T'],
        names: ['bits per second'],
        symbols: ['bps', 'bit/s'],
      },
    ],
  },
  {
    dimension: 'fuel-economy',
    base: ['km/l', 'km/l'],
    units: [
      { key: 'mile-per-gallon', expr: 'mi/gal', names: ['miles per gallon'], symbols: ['mpg'] },
      {
        key: 'kilometer-per-liter',
        expr: 'km/l',
        names: ['kilometres per litre', 'kilometers per liter'],
        symbols: ['km/l'],
      },
    ],
  },
  {
    dimension: 'concentration',
    base: ['ppm', 'ppm'],
    units: [
      { key: 'part-per-million', expr: 'ppm', names: ['parts per million'], symbols: ['ppm'] },
      { key: 'part-per-billion', expr: 'ppb', names: ['parts per billion'], symbols: ['ppb'] },
    ],
  },
];

/** A unit spelled with a prefix: "kilo" + "watt" → "kilowatt"; "bits per second" → "megabits per second". */
const prefixed = (prefix, name) => `${prefix}${name}`;

function build() {
  const dimensions = {};
  const units = [];
  for (const { dimension, base, units: list } of SPEC) {
    dimensions[dimension] = { base: base[1] };
    for (const u of list) {
      for (const symbol of u.prefixes ?? ['']) {
        const name = PREFIXES.find(([, s]) => s === symbol)?.[0];
        if (name === undefined) throw new Error(`no prefix ${symbol}`);
        const factor = Qty(`1 ${symbol}${u.expr}`).to(base[0]).scalar;
        const key = `${name}${u.key}`;
        units.push({
          key,
          dimension,
          factor: Number(factor.toPrecision(12)),
          words: (u.names ?? []).map((n) => prefixed(name, n)),
          cased: (u.symbols ?? []).map((s) => `${symbol}${s}`),
        });
      }
    }
  }
  return {
    $comment:
      `Generated by scripts/build-units.mjs (npm run units) from js-quantities ${version}: do not edit; ` +
      'change the script. `words` are read in any case, `cased` symbols only as written ("MW" megawatts, ' +
      '"mW" milliwatts).',
    dimensions,
    units,
  };
}

const text = `${JSON.stringify(build(), null, 1)}\n`;
if (process.argv.includes('--check')) {
  const same = readFileSync(OUT, 'utf8') === text;
  if (!same) console.error('model/units-si.json differs from what js-quantities gives: run npm run units');
  process.exitCode = same ? 0 : 1;
} else {
  writeFileSync(OUT, text);
  console.log(`wrote model/units-si.json: ${JSON.parse(text).units.length} units`);
}
