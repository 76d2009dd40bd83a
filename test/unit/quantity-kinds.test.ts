import { describe, expect, it } from 'vitest';
import { readQuantities } from '../../src/index.js';
import { MODEL } from '../helpers/model.js';
import { quantities } from '../helpers/quantities.js';

/** One row: sentence, the words read, dimension, amount as written, stated unit key, base low..high. */
type Row = [string, string, string, number, string | null, number, number];

const first = (sentence: string) => quantities(sentence)[0];

describe('money, kept in its currency', () => {
  it.each<Row>([
    // a rate keeps its per-unit in the same reading ("a day")
    ['It costs $6 a day.', '$6 a day', 'money', 6, 'USD', 6, 6],
    ['a US$2.5 million grant', 'US$2.5 million', 'money', 2_500_000, 'USD', 2_450_000, 2_550_000],
    ['he paid £910,000 for it', '£910,000', 'money', 910_000, 'GBP', 905_000, 915_000],
    ['a €85m deal', '€85m', 'money', 85_000_000, 'EUR', 84_500_000, 85_500_000],
    // a one-letter scale glued to the digits, with the currency after: millions, not metres
    ['jewels worth 2m euros', '2m euros', 'money', 2_000_000, 'EUR', 1_800_000, 2_200_000],
    ['a 3b dollar deal', '3b dollar', 'money', 3_000_000_000, 'USD', 2_700_000_000, 3_300_000_000],
    ['worth 2 billion dollars', '2 billion dollars', 'money', 2_000_000_000, 'USD', 1_800_000_000, 2_200_000_000],
    // "MM" after a currency is the financial page's million; a bare "9mm" stays a length
    ['a $350MM bid', '$350MM', 'money', 350_000_000, 'USD', 345_000_000, 355_000_000],
    ['only 34 cents', '34 cents', 'money', 34, 'USD-cent', 0.34, 0.34],
    ['more than $100 million in aid', 'more than $100 million', 'money', 100_000_000, 'USD', 100_000_000, Infinity],
  ])('%j → %j', (sentence, text, dimension, amount, unitKey, low, high) => {
    const q = first(sentence)!;
    expect([q.text, q.value.dimension, q.value.amount, q.value.unitKey]).toEqual([text, dimension, amount, unitKey]);
    expect(q.value.low).toBeCloseTo(low, 6);
    expect(q.value.high === Infinity ? Infinity : q.value.high).toBeCloseTo(high, 6);
  });
});

describe('ages, measures, temperatures, magnitudes (base units)', () => {
  it.each<Row>([
    ['a 9mm pistol', '9mm', 'length', 9, 'millimeter', 0.0085, 0.0095],
    ['a 33-year-old man', '33-year-old', 'age', 33, 'year', 33, 33],
    ['When she was five years old, she rode.', 'five years old', 'age', 5, 'year', 5, 5],
    ['the suspect, aged 33, was held', '33', 'age', 33, 'year', 33, 33],
    ['Actress Tara Reid, 33, was seen', '33', 'age', 33, 'year', 33, 33],
    ['a 3-month-old baby', '3-month-old', 'age', 3, 'month', 0.25, 0.25],
    ['about ten miles long', 'about ten miles', 'length', 10, 'mile', 14484.096, 17702.784],
    ['a 5 km queue', '5 km', 'length', 5, 'kilometer', 4500, 5500],
    ['12 nautical miles off the coast', '12 nautical miles', 'length', 12, 'nautical-mile', 21298, 23150],
    ['a 200lbs man', '200lbs', 'mass', 200, 'pound', 81.646626, 99.790321],
    ['the temperature was 40 degrees celsius', '40 degrees celsius', 'temperature', 40, 'celsius', 35, 45],
    ['its 90 fahrenheit in texas', '90 fahrenheit', 'temperature', 90, 'fahrenheit', 29.444444, 35],
    ['-5 degree fahrenheit', '-5 degree fahrenheit', 'temperature', -5, 'fahrenheit', -20.833333, -20.277778],
    ['a magnitude 6.7 quake', 'magnitude 6.7', 'magnitude', 6.7, 'magnitude', 6.65, 6.75],
    ['a 6.1-magnitude earthquake', '6.1-magnitude', 'magnitude', 6.1, 'magnitude', 6.05, 6.15],
    ['measuring 5.8 on the Richter scale', '5.8 on the Richter scale', 'magnitude', 5.8, 'magnitude', 5.75, 5.85],
    ['a tremor with a magnitude of 5.2 hit', 'magnitude of 5.2', 'magnitude', 5.2, 'magnitude', 5.15, 5.25],
    ['A 3.9 temblor woke the town.', '3.9', 'magnitude', 3.9, 'magnitude', 3.85, 3.95],
    ['a tremor of 3.1 in magnitude shook the valley', '3.1 in magnitude', 'magnitude', 3.1, 'magnitude', 3.05, 3.15],
    ['support fell 3 percentage points', '3 percentage points', 'percentage-point', 3, 'percentage-point', 2.7, 3.3],
  ])('%j → %j', (sentence, text, dimension, amount, unitKey, low, high) => {
    const q = quantities(sentence).find((m) => m.value.dimension === dimension)!;
    expect([q?.text, q?.value.amount, q?.value.unitKey]).toEqual([text, amount, unitKey]);
    expect(q.value.low).toBeCloseTo(low, 4);
    expect(q.value.high).toBeCloseTo(high, 4);
  });

  it('reads no magnitude of whole quakes counted or past any quake scale', () => {
    expect(quantities('Two quakes hit the coast.').map((q) => q.value.dimension)).toEqual(['count']);
    expect(quantities('the magnitude of 12 quakes').map((q) => q.value.dimension)).toEqual(['count']);
  });

  it('does not read a short unit word that is just a word', () => {
    expect(quantities('he scored 3 m goals').map((q) => q.value.dimension)).toEqual(['count']);
    expect(quantities('100m').map((q) => q.value.dimension)).toEqual(['length']);
  });
});

describe('vague amounts and shares', () => {
  it.each([
    ['dozens of people were hurt', 'dozens of', 'count', 24, 99],
    ['hundreds of homes', 'hundreds of', 'count', 200, 999],
    ['tens of thousands of people', 'tens of thousands of', 'count', 20_000, 99_999],
    ['several hours later', 'several hours', 'duration', 3 * 3600, 9 * 3600],
    ['a few protesters', 'a few', 'count', 2, 5],
    ['half of the residents', 'half', 'percent', 50, 50],
    ['a third of voters', 'a third', 'percent', 33.333, 33.334],
    ['one in five adults', 'one in five', 'percent', 20, 20],
  ])('%j → %j', (sentence, text, dimension, low, high) => {
    const q = first(sentence)!;
    expect([q.text, q.value.dimension]).toEqual([text, dimension]);
    // within the stated range, give or take the rounding of the share
    expect(q.value.low).toBeGreaterThanOrEqual(low - 1);
    expect(q.value.low).toBeLessThanOrEqual(low + 0.01);
    expect(q.value.high).toBeLessThanOrEqual(high + 1);
    expect(q.value.high).toBeGreaterThanOrEqual(high - 0.01);
  });
});

describe('counts: noun and verb', () => {
  it.each([
    ['400 people were killed', 'people', 'killed'],
    ['249 injured', 'injured', 'injured'],
    ['police arrested six suspects', 'suspects', 'arrested'],
    ['five other young men', 'young', undefined],
    ['Some 500 people were evacuated', 'people', 'evacuated'],
  ])('%j', (sentence, noun, verb) => {
    const q = quantities(sentence).find((m) => m.value.dimension === 'count')!;
    expect(q.noun).toBe(noun);
    expect(q.verb).toBe(verb);
  });
});

describe('dates, resolved against the publication date (Tuesday 2025-03-18)', () => {
  const PUB = '2025-03-18';
  const day = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
  it.each([
    ['on March 18, 2025, the call', 'March 18, 2025', '2025-03-18', '2025-03-18'],
    ['talks on 23 March', '23 March', '2025-03-23', '2025-03-23'],
    ['published 2025-03-17.', '2025-03-17', '2025-03-17', '2025-03-17'],
    ['On Tuesday, Trump called', 'Tuesday', '2025-03-18', '2025-03-18'],
    ['in Jeddah on Sunday', 'Sunday', '2025-03-16', '2025-03-16'],
    ['talks next Sunday', 'next Sunday', '2025-03-23', '2025-03-23'],
    ['the vote yesterday', 'yesterday', '2025-03-17', '2025-03-17'],
    ['agreed to last week', 'last week', '2025-03-10', '2025-03-16'],
    ['since December 2024 the', 'December 2024', '2024-12-01', '2024-12-31'],
    ['on Dec. 25 they met', 'Dec. 25', '2024-12-25', '2024-12-25'],
    ['the bishop was ousted in 2002 by the council', '2002', '2002-01-01', '2002-12-31'],
    ['In 1998, the firm opened', '1998', '1998-01-01', '1998-12-31'],
  ])('%j → %j', (sentence, text, first, last) => {
    const q = quantities(sentence, PUB).find((m) => m.value.dimension === 'date');
    expect(q?.text).toBe(text);
    expect([q?.value.low, q?.value.high]).toEqual([day(first), day(last)]);
  });

  it('leaves relative dates unread without a publication date', () => {
    expect(quantities('On Tuesday, Trump called').filter((q) => q.value.dimension === 'date')).toEqual([]);
    expect(quantities('on March 18, 2025').map((q) => q.value.dimension)).toEqual(['date']);
  });

  it.each([
    'a deal signed in 2003-04 by both',
    'a deal signed in 2003 – 2004 by both',
    'In 2003 cases rose by half.',
    'the party won in 2003 elections across the north',
  ])('reads no whole year in %j (a span, or a noun counted after it)', (sentence) => {
    // read with the tagger's tags, which tell a counted noun after the number
    expect(readQuantities(MODEL, sentence, PUB).filter((q) => q.value.dimension === 'date')).toEqual([]);
  });

  it('does not read "may" or a lower-case month word as a date', () => {
    expect(quantities('they may 5 times', PUB).filter((q) => q.value.dimension === 'date')).toEqual([]);
  });
});

describe('ranges of money', () => {
  it('shares the sign and the scale between the two ends', () => {
    const [q] = quantities('an offer between $140 and $150 million over seven years');
    expect([q?.text, q?.value.hedge, q?.value.low, q?.value.high]).toEqual([
      'between $140 and $150 million',
      'range',
      140e6,
      150e6,
    ]);
  });
});

describe('stated ranges keep both ends as written', () => {
  it.each<[string, string, string, number, number, string | null]>([
    ['Yields ran 4% to 6% last year.', '4% to 6%', 'percent', 4, 6, 'percent'],
    ['Each crate holds 8 kg to 11 kg of fruit.', '8 kg to 11 kg', 'mass', 8, 11, 'kilogram'],
    ['The works need four or five days.', 'four or five days', 'duration', 4, 5, 'day'],
    ['They hired a 30- to 35-foot boat.', '30- to 35-foot', 'length', 30, 35, 'foot'],
    ['Three to four hundred fans waited.', 'Three to four hundred', 'count', 300, 400, null],
    ['Seats cost between $20 and $45.', 'between $20 and $45', 'money', 20, 45, 'USD'],
    ['It grew 25 to 30 percent.', '25 to 30 percent', 'percent', 25, 30, 'percent'],
  ])('%j → %j', (sentence, text, dimension, amount, amountHigh, unitKey) => {
    const q = first(sentence)!;
    expect([q.text, q.value.dimension, q.value.amount, q.value.amountHigh, q.value.unitKey]).toEqual([
      text,
      dimension,
      amount,
      amountHigh,
      unitKey,
    ]);
  });

  it.each([
    // a change and a level, a score, an estimate with no stated range, ends in figures and words
    ['Sales grew by $3bn to $41bn.', ['$3bn', '$41bn']],
    ['They won 3-2 on Sunday.', ['3', '2']],
    ['Several dozen people came.', ['Several dozen']],
    ['The wall was six to 12 feet tall.', ['six', '12 feet']],
  ])('%j has no stated range', (sentence, texts) => {
    const read = quantities(sentence).filter((q) => q.value.dimension !== 'date');
    expect(read.every((q) => q.value.amountHigh === undefined)).toBe(true);
    expect(read.map((q) => q.text)).toEqual(texts);
  });
});

describe('scale letters (read with the NLP tags: what is counted after "m")', () => {
  const tagged = (sentence: string) => readQuantities(MODEL, sentence);
  it.each<[string, string, string, number, string | null]>([
    ['The show drew 4.2m viewers.', '4.2m', 'count', 4_200_000, null],
    ['The well holds 1.5m barrels.', '1.5m barrels', 'volume', 1_500_000, 'barrel'],
    ['Sales reached 3.5M last year.', '3.5M', 'count', 3_500_000, null],
    ['The fund holds $2.2T in assets.', '$2.2T', 'money', 2.2e12, 'USD'],
    ['They built a 4m wall.', '4m', 'length', 4, 'meter'],
    ['He fired a 9mm pistol twice.', '9mm', 'length', 9, 'millimeter'],
  ])('%j → %j', (sentence, text, dimension, amount, unitKey) => {
    const q = tagged(sentence)[0]!;
    expect([q.text, q.value.dimension, q.value.amount, q.value.unitKey]).toEqual([text, dimension, amount, unitKey]);
  });

  it.each([
    ['a chip code after a name', 'It has a Radeon 5600M chip.', []],
    ['a position before a name', 'They signed 1B Tom Ruiz.', ['1']],
  ])('%s: %j', (_name, sentence, texts) => {
    expect(tagged(sentence).map((q) => q.text)).toEqual(texts);
  });
});

describe('rates: one quantity with a per-unit', () => {
  it.each<[string, string, string, number, string]>([
    ['Drivers earn $900 a week.', '$900 a week', 'money', 900, 'week'],
    ['The mill grinds 20 tonnes of grain per day.', '20 tonnes of grain per day', 'mass', 20, 'day'],
    ['Shares paid 40 cents a share.', '40 cents a share', 'money', 40, 'share'],
    ['The port handles 500 ships each year.', '500 ships each year', 'count', 500, 'year'],
  ])('%j → %j', (sentence, text, dimension, amount, per) => {
    const q = readQuantities(MODEL, sentence)[0]!;
    expect([q.text, q.value.dimension, q.value.amount, q.value.per]).toEqual([text, dimension, amount, per]);
  });

  it.each([
    ['an offset', 'He was paid $900 a week ago.', ['$900', 'a week']],
    ['a list', 'They paid $5, a day later $9.', ['$5', 'a day', '$9']],
  ])('%s: %j has no rate', (_name, sentence, texts) => {
    const read = readQuantities(MODEL, sentence);
    expect(read.map((q) => q.text)).toEqual(texts);
    expect(read.every((q) => q.value.per === undefined)).toBe(true);
  });
});

describe('shares, signs, hedges and changes carried to the number', () => {
  const read = (sentence: string) =>
    readQuantities(MODEL, sentence).map((q) => [q.text, q.value.amount, q.value.hedge, q.value.trend]);
  it.each([
    ['Half its staff left.', [['Half', 50, 'exact', null]]],
    ['Drill a 5⁄16 inch hole.', [['5⁄16 inch', 0.3125, 'exact', null]]],
    ['Prices moved +1.5% in June.', [['+1.5%', 1.5, 'exact', 'up']]],
    ['The gap was ~12 km wide.', [['~12 km', 12, 'about', null]]],
    ['Turnout was barely 40%.', [['barely 40%', 40, 'at-most', null]]],
    ['Guests over the age of 65 pay less.', [['over the age of 65', 65, 'more-than', null]]],
    [
      'The index slumped 80 points, or 2%.',
      [
        ['80', 80, 'exact', 'down'],
        ['2%', 2, 'exact', 'down'],
      ],
    ],
    [
      'The climb is over 3 km (2 miles).',
      [
        ['over 3 km', 3, 'more-than', null],
        ['2 miles', 2, 'more-than', null],
      ],
    ],
    ['The charity raised $3 million last year.', [['$3 million', 3_000_000, 'exact', null]]],
  ])('%j', (sentence, expected) => {
    expect(read(sentence).filter((r) => r[0] !== 'last year')).toEqual(expected);
  });

  it.each([
    ['the half of a game', 'They led in the first half of the game.'],
    ['a number word in a compound', 'It was a one-sided final.'],
    ['a telephone code', 'Call +44 20 7946 0000 today.'],
  ])('%s: %j has no share or change', (_name, sentence) => {
    const read = readQuantities(MODEL, sentence);
    expect(read.filter((q) => q.value.unitKey === 'fraction' || q.value.trend !== null || /^[+]/.test(q.text))).toEqual(
      [],
    );
  });
});

describe('dates stay dates', () => {
  it.each([
    ['The vote is on Nov. 8.'],
    ['The show runs Aug. 3-9.'],
    ['The wall dates from 300 BC.'],
    ['The fort was built in A.D. 1200.'],
  ])('%j holds no count', (sentence) => {
    expect(quantities(sentence).filter((q) => q.value.dimension === 'count')).toEqual([]);
  });
});

describe('scientific notation, wire-copy currencies and composites', () => {
  it.each<[string, string, string, number, string | null]>([
    ['The dose was 2×10⁻³ grams.', '2×10⁻³ grams', 'mass', 0.002, 'gram'],
    ['About 1.5 x 10^6 cells grew.', 'About 1.5 x 10^6', 'count', 1_500_000, null],
    ['Profit rose to $US12 million.', '$US12 million', 'money', 12_000_000, 'USD'],
    ['The bridge cost RM450 million.', 'RM450 million', 'money', 450_000_000, 'MYR'],
    ['The climb took 3 hours, 40 minutes.', '3 hours, 40 minutes', 'duration', 3 + 40 / 60, 'hour'],
  ])('%j → %j', (sentence, text, dimension, amount, unitKey) => {
    const q = first(sentence)!;
    expect([q.text, q.value.dimension, q.value.unitKey]).toEqual([text, dimension, unitKey]);
    expect(q.value.amount / amount).toBeCloseTo(1, 9);
  });

  it('keeps two durations apart when the one after the comma is not smaller', () => {
    expect(quantities('They spent 3 days, 2 weeks later 5 days.').map((q) => q.text)).toEqual([
      '3 days',
      '2 weeks',
      '5 days',
    ]);
  });
});

describe('a duration from now', () => {
  it.each([
    ['The mine will close in four years.', 'offset'],
    ['The line would reopen within two weeks.', 'offset'],
    ['The blaze was put out in two hours.', 'measure'],
  ])('%j → %s', (sentence, role) => {
    expect(first(sentence)?.role).toBe(role);
  });
});

describe('readings the held-out table asked for', () => {
  it.each<[string, string[][]]>([
    ['The pilot, 52, was unhurt.', [['52', 'age']]],
    ['The crew worked for six hours before dawn.', [['six hours', 'measure']]],
    ['Four or five boats sank.', [['Four or five', 'measure']]],
  ])('%j', (sentence, expected) => {
    const read = readQuantities(MODEL, sentence).map((q) => [q.text, q.value.dimension === 'age' ? 'age' : q.role]);
    expect(read).toEqual(expected);
  });

  it('reads a change and a level, and a change verb before "by" with its noun', () => {
    const read = (s: string) => readQuantities(MODEL, s).map((q) => [q.text, q.value.trend]);
    expect(read('Sales fell $4 million to $90 million.')).toEqual([
      ['$4 million', 'down'],
      ['$90 million', null],
    ]);
    expect(read('The bank cut rates by 25 basis points.')).toEqual([['25 basis points', 'down']]);
  });
});

describe('forms found in real news lines', () => {
  it.each<[string, string, string, number, string | null]>([
    ['He signed a 6-foot-4 center.', '6-foot-4', 'length', 6 + 4 / 12, 'foot'],
    ['She served a 3-1/2 year term.', '3-1/2 year', 'duration', 3.5, 'year'],
    ["The 31-year-old's car was found.", "31-year-old's", 'age', 31, 'year'],
    ['A quake measuring 4.0 or above hit.', '4.0 or above', 'magnitude', 4, null],
    ['A seven-man crew sailed.', 'seven', 'count', 7, null],
  ])('%j → %j', (sentence, text, dimension, amount, unitKey) => {
    const q = readQuantities(MODEL, sentence)[0]!;
    expect([q.text, q.value.dimension, q.value.unitKey === 'magnitude' ? null : q.value.unitKey]).toEqual([
      text,
      dimension,
      unitKey,
    ]);
    expect(q.value.amount).toBeCloseTo(amount, 9);
  });
});

describe('scale words in a row', () => {
  it('reads "7 hundred thousand" as one number', () => {
    expect(first('About 7 hundred thousand fled.')?.value.amount).toBe(700_000);
  });
});
