#!/usr/bin/env node
/**
 * Score factdiff's quantity reader against the English test specs of Microsoft
 * Recognizers-Text, kept read-only (never copied) in ../shared/peer-specs/recognizers-text/.
 * Run after a build: `npm run peer-specs` or `node scripts/peer-specs.mjs [--all] [--failures [file]]`.
 *
 * Scoring rule (docs/peer-specs.md has the long version):
 *  - Cases: those with `dotnet_passes == true` (what the reference implementation passes);
 *    `--all` takes every case.
 *  - Each file maps to one kind of our items (readNumbers, or readQuantities filtered by dimension).
 *  - Expected items without a number (`value: null`, unit words such as "fahrenheit" or "percent"
 *    alone) are dropped first: factdiff reads quantities, not unit words. `--keep-unit-only` keeps them.
 *  - A case passes when our items match the expected items one-to-one, in order: same count, each
 *    pair's spans nested (ours may hold theirs, e.g. hedge words, or theirs ours), equal values
 *    (integers exactly, other numbers within relative 1e-9) and equal units under the tables below.
 *    A negative case (`expected: []`) passes when we produce no item of that kind.
 *  - The report exits 0 whatever the rates; 2 when the data is missing or the script fails.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = resolve(ROOT, '../shared/peer-specs/recognizers-text');
const DATA_SHOWN = '../shared/peer-specs/recognizers-text/';

// ---- Our unitKey → the peer's unit names (only names that occur in the spec files, plus obvious kin).
const CURRENCY_NAMES = {
  USD: ['Dollar', 'United States dollar'],
  'USD-cent': ['Cent'],
  GBP: ['Pound', 'British pound'],
  'GBP-pence': ['Pence', 'Penny'],
  EUR: ['Euro'],
  JPY: ['Japanese yen'],
  CNY: ['Chinese yuan'],
  INR: ['Rupee', 'Indian rupee'],
  CHF: ['Franc', 'Swiss franc'],
  CAD: ['Canadian dollar'],
  AUD: ['Australian dollar'],
  NZD: ['New Zealand dollar'],
  HKD: ['Hong Kong dollar'],
  MXN: ['Mexican peso'],
  TRY: ['Turkish lira'],
  BTC: ['Bitcoin'],
  'BTC-satoshi': ['Satoshi'],
  FIM: ['Finnish markka'],
  ESP: ['Peseta'],
  NLG: ['Netherlands guilder'],
  CRC: ['Costa Rican colón'],
  GEL: ['Georgian lari'],
  LAK: ['Lao kip'],
  LKR: ['Sri Lankan rupee'],
};
/** The peer's "Ton" also covers "tonnes" and "100t" ("25 lakh tonnes" → Ton), so our tonne may match it. */
const DIMENSION_NAMES = {
  millimeter: ['Millimeter'],
  centimeter: ['Centimeter'],
  meter: ['Meter'],
  kilometer: ['Kilometer'],
  inch: ['Inch'],
  foot: ['Foot'],
  yard: ['Yard'],
  mile: ['Mile'],
  'nautical-mile': ['Nautical mile'],
  gram: ['Gram'],
  kilogram: ['Kilogram'],
  tonne: ['Metric ton', 'Ton'],
  ton: ['Ton'],
  pound: ['Pound'],
  ounce: ['Ounce'],
  'square-meter': ['Square meter'],
  'square-kilometer': ['Square kilometer'],
  'square-mile': ['Square mile'],
  hectare: ['Hectare'],
  acre: ['Acre'],
  'kilometer-per-hour': ['Kilometer per hour'],
  'mile-per-hour': ['Mile per hour'],
  'meter-per-second': ['Meter per second'],
  knot: ['Knot'],
  liter: ['Liter'],
  milliliter: ['Milliliter'],
  gallon: ['Gallon'],
  barrel: ['Barrel'],
  'cubic-meter': ['Cubic meter'],
  byte: ['Byte'],
  kilobyte: ['Kilobyte'],
  megabyte: ['Megabyte'],
  gigabyte: ['Gigabyte'],
  terabyte: ['Terabyte'],
  picometer: ['Picometer'],
  nanometer: ['Nanometer'],
  micrometer: ['Micrometer'],
  decimeter: ['Decimeter'],
  microgram: ['Microgram'],
  milligram: ['Milligram'],
  stone: ['Stone'],
  'square-foot': ['Square foot'],
  'square-centimeter': ['Square centimeter'],
  'foot-per-second': ['Foot per second'],
  centiliter: ['Centiliter'],
  pint: ['Pint'],
  quart: ['Quart'],
  'fluid-ounce': ['Fluid ounce'],
  tablespoon: ['Tablespoon'],
  teaspoon: ['Teaspoon'],
  'cubic-centimeter': ['Cubic centimeter'],
  'cubic-foot': ['Cubic foot'],
  'cubic-kilometer': ['Cubic kilometer'],
  petabyte: ['Petabyte'],
  bit: ['Bit'],
  kilobit: ['Kilobit'],
  megabit: ['Megabit'],
  gigabit: ['Gigabit'],
  cup: ['Cup'],
  'angle-degree': ['Degree'],
  radian: ['Radian'],
  turn: ['Turn'],
};
/** "Age" is the peer's unit for "age 87"; it means years. */
const AGE_NAMES = { year: ['Year', 'Age'], month: ['Month'], week: ['Week'], day: ['Day'] };
/** The peer's "Degree" is a temperature with no scale stated ("98 degrees"): either of ours agrees. */
const TEMPERATURE_NAMES = {
  celsius: ['C', 'Degree'],
  fahrenheit: ['F', 'Degree'],
  degree: ['Degree'],
  null: ['Degree'],
};
/** Seconds per unit as the peer counts them (month 30 days, year 365 days); ours differ for month and longer. */
const PEER_SECONDS = {
  second: 1,
  minute: 60,
  hour: 3600,
  day: 86400,
  week: 604800,
  fortnight: 1209600,
  month: 2592000,
  year: 31536000,
  decade: 315360000,
  century: 3153600000,
};
const MEASURE_DIMENSIONS = new Set(['length', 'mass', 'area', 'speed', 'volume', 'information', 'angle']);
const UPWARD = new Set(['more-than', 'at-least', 'just-over', 'well-over']);
const DOWNWARD = new Set(['less-than', 'at-most', 'nearly']);
const PEER_MOD = { more: UPWARD, less: DOWNWARD };

// ---- Small helpers.
const sameNumber = (a, b) =>
  typeof a === 'number' &&
  typeof b === 'number' &&
  (Number.isInteger(a) && Number.isInteger(b) ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b)));
const nested = (a, b) => (a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end);
const finite = (x) => typeof x === 'number' && Number.isFinite(x);
const quantities = (lib, text, keep) => lib.readQuantities(lib.model, text).filter((q) => q.value && keep(q.value));
/** The base-unit number a hedged value stands for: the stated bound for one-sided hedges, else the midpoint. */
const baseValue = (v) => (UPWARD.has(v.hedge) ? v.low : DOWNWARD.has(v.hedge) ? v.high : (v.low + v.high) / 2);
const unitIn = (table, key, peerUnit) => (table[key] ?? []).includes(peerUnit);

/** Our interval in the stated unit ({lo, hi, loInc, hiInc}; null = open side), for number ranges. */
function statedInterval(v) {
  if (v.hedge === 'exact') return { lo: v.amount, hi: v.amount, loInc: true, hiInc: true };
  const bound =
    UPWARD.has(v.hedge) || v.hedge === 'range' ? v.low : DOWNWARD.has(v.hedge) ? v.high : (v.low + v.high) / 2;
  const factor = v.amount && finite(bound) && bound !== 0 ? bound / v.amount : 1;
  const openLow = DOWNWARD.has(v.hedge) && v.low === 0;
  return {
    lo: openLow ? null : v.low / factor,
    hi: finite(v.high) ? v.high / factor : null,
    loInc: openLow ? null : v.lowInclusive,
    hiInc: finite(v.high) ? v.highInclusive : null,
  };
}

// ---- One entry per spec file: what we produce, and how one expected item is compared with one of ours.
// `compare` returns null when the pair agrees, a short reason otherwise, or {note} for an agreement worth listing.
const unitCompare = (table, peerIso) => (exp, q) => {
  const v = q.value;
  const unitOk = unitIn(table, String(v.unitKey), exp.unit) || (peerIso && exp.iso_currency === v.unitKey);
  if (!unitOk) return known(table, exp) ? `unit ${v.unitKey}≠${exp.unit}` : `unknown unit ${exp.unit}`;
  return sameNumber(v.amount, exp.value) ? null : 'value';
};
const known = (table, exp) => Object.values(table).some((names) => names.includes(exp.unit));
/** A peer currency we have no name for but whose ISO code is one of our unit keys. */
const ourCurrency = (spec, exp) => spec.table === CURRENCY_NAMES && exp.iso_currency in CURRENCY_NAMES;

const FILES = [
  {
    file: 'number',
    aim: 95,
    produce: (lib, c) => lib.readNumbers(lib.model, c.input),
    compare: (exp, n) => (sameNumber(n.value, exp.value) ? null : 'value'),
  },
  {
    file: 'percent',
    aim: 95,
    produce: (lib, c) => quantities(lib, c.input, (v) => v.dimension === 'percent'),
    compare: (exp, q) => (sameNumber(q.value.amount, exp.value) ? null : 'value'),
  },
  { file: 'number_range', aim: 90, produce: numberRangeItems, compare: compareInterval },
  {
    file: 'currency',
    aim: 90,
    produce: (lib, c) => quantities(lib, c.input, (v) => v.dimension === 'money'),
    compare: unitCompare(CURRENCY_NAMES, true),
    table: CURRENCY_NAMES,
  },
  {
    file: 'dimension',
    aim: 90,
    produce: (lib, c) => quantities(lib, c.input, (v) => MEASURE_DIMENSIONS.has(v.dimension)),
    compare: unitCompare(DIMENSION_NAMES),
    table: DIMENSION_NAMES,
  },
  {
    file: 'age',
    aim: 95,
    produce: (lib, c) => quantities(lib, c.input, (v) => v.dimension === 'age'),
    compare: unitCompare(AGE_NAMES),
    table: AGE_NAMES,
  },
  {
    file: 'temperature',
    aim: 90,
    produce: (lib, c) => quantities(lib, c.input, (v) => v.dimension === 'temperature'),
    compare: unitCompare(TEMPERATURE_NAMES),
    table: TEMPERATURE_NAMES,
  },
  {
    file: 'duration',
    aim: 95,
    produce: (lib, c) => quantities(lib, c.input, (v) => v.dimension === 'duration'),
    compare: compareDuration,
  },
  {
    file: 'duration_extractor',
    aim: 95,
    produce: (lib, c) => quantities(lib, c.input, (v) => v.dimension === 'duration'),
    compare: () => null,
  },
  {
    file: 'time',
    aim: 95,
    produce: (lib, c) => quantities(lib, c.input, (v) => v.dimension === 'time-of-day'),
    compare: compareTime,
  },
  { file: 'ordinal', skip: 'not scored (out of scope: ordinals)' },
  { file: 'datetime_model', skip: 'not scored (out of scope: calendar dates)' },
];

/** Number ranges: our hedged items (any dimension), plus exact items where the peer expects something. */
function numberRangeItems(lib, c, expected) {
  // a calendar date ("in 2009" read as that year) is the peer's date-time model's, out of scope here
  return quantities(lib, c.input, (v) => v.dimension !== 'date').filter(
    (q) => q.value.hedge !== 'exact' || expected.some((e) => nested(e, q)),
  );
}

function compareInterval(exp, q) {
  const iv = exp.interval,
    ours = statedInterval(q.value);
  const side = (a, b) => (a === null || b === null ? a === b : sameNumber(a, b));
  if (!side(iv.lo, ours.lo) || !side(iv.hi, ours.hi)) return 'bounds';
  const halfOpen = iv.lo !== null && iv.hi !== null && iv.lo_inclusive && !iv.hi_inclusive && ours.loInc && ours.hiInc;
  if (halfOpen) return { note: 'peer [a,b) = our [a,b]' };
  return iv.lo_inclusive === ours.loInc && iv.hi_inclusive === ours.hiInc ? null : 'inclusivity';
}

function compareDuration(exp, q) {
  const v = q.value;
  if (exp.mod && PEER_MOD[exp.mod] && !PEER_MOD[exp.mod].has(v.hedge)) return `mod ${exp.mod}≠${v.hedge}`;
  if (sameNumber(baseValue(v), exp.value)) return null;
  if (sameNumber(v.amount * (PEER_SECONDS[v.unitKey] ?? NaN), exp.value)) {
    return {
      note: ['month', 'year', 'decade', 'century'].includes(v.unitKey)
        ? `peer ${v.unitKey} length`
        : `stated amount (our ${v.hedge} interval differs)`,
    };
  }
  return 'value';
}

function compareTime(exp, q) {
  const seconds = ((q.value.low + q.value.high) / 2) * 60;
  const accepted = exp.value !== null ? [exp.value] : (exp.alternatives ?? []).map((a) => a.value);
  return accepted.some((s) => sameNumber(seconds, s)) ? null : 'value';
}

/** One case: {pass, reason, notes}. */
function scoreCase(spec, lib, c, keepUnitOnly) {
  const expected =
    keepUnitOnly || spec.file === 'duration_extractor'
      ? c.expected
      : c.expected.filter((e) => e.value !== null || e.interval);
  const ours = spec.produce(lib, c, expected);
  const result = (reason, notes = []) => ({ pass: !reason, reason, notes, expected, ours });
  if (expected.length === 0) return result(ours.length ? 'spurious' : null);
  if (ours.length === 0) return result('missed');
  if (ours.length !== expected.length) return result(ours.length < expected.length ? 'too few' : 'too many');
  const notes = [];
  for (let i = 0; i < expected.length; i++) {
    if (!nested(expected[i], ours[i])) return result('span');
    const verdict = spec.compare(expected[i], ours[i]);
    if (typeof verdict === 'string') return result(verdict);
    if (verdict?.note) notes.push(verdict.note);
  }
  return result(null, notes);
}

// ---- Printing.
const show = (x) => JSON.stringify(x);
const showExpected = (e) =>
  `${show(e.text)} ${e.interval ? intervalText(e.interval) : (e.value ?? '-')}` +
  `${e.unit ? ' ' + e.unit : ''}${e.mod ? ' mod=' + e.mod : ''}`;
const intervalText = (iv) =>
  `${iv.lo_inclusive ? '[' : '('}${iv.lo ?? '-∞'},${iv.hi ?? '∞'}${iv.hi_inclusive ? ']' : ')'}`;
function showOurs(o) {
  if (!o.value || typeof o.value === 'number') return `${show(o.text)} ${o.value}`;
  const v = o.value;
  return `${show(o.text)} ${v.amount} ${v.unitKey ?? v.unit} ${v.hedge} [${v.low}, ${v.high}] (${v.dimension})`;
}
const pad = (s, n) => String(s).padEnd(n);
const padLeft = (s, n) => String(s).padStart(n);

function printFailures(spec, scored) {
  const failing = scored.filter((s) => !s.pass);
  console.log(`\n== ${spec.file}: ${failing.length} failing`);
  const reasons = count(failing.map((s) => s.reason));
  console.log(`   reasons: ${reasons.map(([r, n]) => `${r} ×${n}`).join(', ') || '-'}`);
  for (const s of failing) {
    const input = s.case.input.length > 200 ? `${s.case.input.slice(0, 200)}…` : s.case.input;
    console.log(`✗ [${s.reason}] ${show(input)}  (${s.case.source.split('/').pop()})`);
    console.log(`    expected: ${s.expected.map(showExpected).join(' ; ') || '(nothing)'}`);
    const more = s.ours.length > 6 ? ` ; … (${s.ours.length - 6} more)` : '';
    console.log(`    ours:     ${s.ours.slice(0, 6).map(showOurs).join(' ; ') || '(nothing)'}${more}`);
  }
  const noted = scored.filter((s) => s.pass && s.notes.length);
  if (noted.length) console.log(`\n   ${spec.file}: passes by convention (${noted.length}):`);
  for (const s of noted) console.log(`   ~ ${show(s.case.input)}: ${s.notes.join(', ')}`);
}

function count(list) {
  const m = new Map();
  for (const x of list) m.set(x, (m.get(x) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1]);
}

// ---- Main.
function parseArgs(argv) {
  const args = { all: false, failures: null, keepUnitOnly: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--all') args.all = true;
    else if (a === '--keep-unit-only') args.keepUnitOnly = true;
    else if (a === '--failures')
      args.failures = argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[++i].replace(/\.jsonl$/, '') : '*';
    else if (a === '--help' || a === '-h') args.help = true;
    else throw new Error(`unknown argument ${a} (try --help)`);
  }
  return args;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    console.log('usage: node scripts/peer-specs.mjs [--all] [--keep-unit-only] [--failures [file]]');
    return 0;
  }
  if (!existsSync(DATA)) {
    console.error(`peer-specs: data folder not found: ${DATA_SHOWN} (expected at ${DATA})`);
    return 2;
  }
  if (args.failures && args.failures !== '*' && !FILES.some((f) => f.file === args.failures)) {
    throw new Error(`no spec file "${args.failures}" (one of: ${FILES.map((f) => f.file).join(', ')})`);
  }
  const dist = await import(new URL('../dist/index.js', import.meta.url).href).catch((e) => {
    throw new Error(`cannot load dist/index.js (run npm run build): ${e.message.split('\n')[0]}`);
  });
  // the readers with one model, loaded once
  const lib = { ...dist, model: dist.loadModel() };
  const load = (file) =>
    readFileSync(join(DATA, `${file}.jsonl`), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l));

  const rows = [],
    unknownUnits = [],
    details = [];
  let used = 0,
    total = 0,
    passed = 0;
  for (const spec of FILES) {
    const all = load(spec.file);
    const cases = args.all ? all : all.filter((c) => c.dotnet_passes);
    if (spec.skip) {
      rows.push([spec.file, `${cases.length}/${all.length}`, '', '', '', spec.skip]);
      continue;
    }
    const scored = cases.map((c) => ({ case: c, ...scoreCase(spec, lib, c, args.keepUnitOnly) }));
    const ok = scored.filter((s) => s.pass).length;
    const rate = cases.length ? (100 * ok) / cases.length : 100;
    const conventions = scored.filter((s) => s.pass && s.notes.length).length;
    const note = [rate >= spec.aim ? 'meets aim' : 'below aim', conventions ? `${conventions} by convention` : '']
      .filter(Boolean)
      .join('; ');
    rows.push([spec.file, `${cases.length}/${all.length}`, ok, rate.toFixed(1), `${spec.aim}%`, note]);
    used += cases.length;
    total += all.length;
    passed += ok;
    for (const s of spec.table ? scored : []) {
      const units = new Set(
        s.expected.filter((e) => e.unit && !known(spec.table, e) && !ourCurrency(spec, e)).map((e) => e.unit),
      );
      unknownUnits.push(...[...units].map((u) => `${spec.file}|${u}`));
    }
    details.push({ spec, scored, meets: rate >= spec.aim });
  }

  const subset = args.all ? 'all cases' : 'dotnet_passes == true';
  console.log(
    `factdiff vs Recognizers-Text English specs (${DATA_SHOWN}; ` +
      `cases: ${subset}${args.keepUnitOnly ? '; unit-only items kept' : ''})`,
  );
  console.log(
    "A case passes when our items of the file's kind match the expected ones one-to-one in order: " +
      'same count, nested spans,',
  );
  console.log(
    'equal value (integers exact, else relative 1e-9) and unit. ' +
      'Expected items without a number are dropped. See docs/peer-specs.md.\n',
  );
  const head = ['file', 'cases used/total', 'passed', 'rate %', 'aim', 'note'];
  const widths = [18, 16, 6, 6, 4];
  const line = (r) =>
    r
      .map((c, i) => (i === 0 || i === 5 ? pad(c, widths[i] ?? 0) : padLeft(c, widths[i])))
      .join('  ')
      .trimEnd();
  console.log(line(head));
  for (const r of rows) console.log(line(r));
  const meeting = details.filter((d) => d.meets).length;
  console.log(
    `\n${passed}/${used} scored cases pass (${((100 * passed) / used).toFixed(1)}%; ` +
      `${total} cases in those files); ${meeting} of ${details.length} scored files meet their aim.`,
  );
  if (unknownUnits.length) {
    const byFile = new Map();
    for (const [key, n] of count(unknownUnits)) {
      const [file, unit] = key.split('|');
      byFile.set(file, [...(byFile.get(file) ?? []), `${unit} ×${n}`]);
    }
    const list = [...byFile].map(([file, units]) => `${file}: ${units.join(', ')}`);
    console.log(`Peer units we do not know (cases; each fails): ${list.join('; ')}`);
  }
  if (args.failures)
    for (const d of details)
      if (args.failures === '*' || d.spec.file === args.failures) printFailures(d.spec, d.scored);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`peer-specs: ${err?.message ?? err}`);
    process.exit(2);
  },
);
