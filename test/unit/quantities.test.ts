import { describe, expect, it } from 'vitest';
import { quantities, show } from '../helpers/quantities.js';

const MIN = 60;

describe('durations, with hedges as intervals (in minutes)', () => {
  it.each([
    ['The discussion, which lasted nearly 90 minutes, focused on', 'nearly 90 minutes', 'nearly', '[81, 90)'],
    ['The two leaders spoke for more than two hours about it.', 'more than two hours', 'more-than', '(120, ∞)'],
    ['lasting over two hours.', 'over two hours', 'more-than', '(120, ∞)'],
    ['it extended well beyond two hours, as both', 'well beyond two hours', 'well-over', '(120, ∞)'],
    ['the meeting lasted just over an hour', 'just over an hour', 'just-over', '(60, 66]'],
    ['talks lasted at least 45 minutes', 'at least 45 minutes', 'at-least', '[45, ∞)'],
    ['talks lasted no more than 45 minutes', 'no more than 45 minutes', 'at-most', '[0, 45]'],
    ['talks lasted less than 45 minutes', 'less than 45 minutes', 'less-than', '[0, 45)'],
    ['a call of about an hour', 'about an hour', 'about', '[54, 66]'],
    ['it took an hour and a half', 'an hour and a half', 'exact', '[81, 99]'],
    ['it took two and a half hours', 'two and a half hours', 'exact', '[135, 165]'],
    ['between 20 and 30 minutes', 'between 20 and 30 minutes', 'range', '[20, 30]'],
    ['a 20-30 minute wait', '20-30 minute', 'range', '[20, 30]'],
    ['lasted 45 minutes or more', '45 minutes or more', 'at-least', '[45, ∞)'],
    ['they met for two hours', 'two hours', 'exact', '[108, 132]'],
    ['they met for 118 minutes', '118 minutes', 'exact', '[117.5, 118.5]'],
  ])('%j → %j %s %s', (sentence, text, hedge, interval) => {
    const [q] = quantities(sentence).filter((m) => m.value.dimension === 'duration');
    expect(q?.text).toBe(text);
    expect(q?.value.hedge).toBe(hedge);
    expect(q?.value.dimension).toBe('duration');
    expect(show(q!, MIN)).toBe(interval);
    expect(sentence.slice(q!.start, q!.end)).toBe(text);
  });

  it('keeps the number and unit as written', () => {
    const [q] = quantities('lasted nearly 90 minutes');
    expect(q?.value).toMatchObject({ amount: 90, statedUnit: 'minutes', unit: 's', low: 4860, high: 5400 });
  });

  it.each([
    ['a 30-day ceasefire', 'modifier'],
    ['Two-Hour Discussion', 'modifier'],
    ['a two-hour-long call', 'measure'],
    ['phase one ended more than two weeks ago', 'offset'],
    ['initially scheduled an hour earlier', 'offset'],
    ['they met for two hours', 'measure'],
  ])('%j has role %s', (sentence, role) => {
    expect(quantities(sentence)[0]?.role).toBe(role);
  });
});

describe('counts', () => {
  it.each([
    ['over 400 people were killed', 'over 400', '(400, ∞)', 'people'],
    ['more than 500 were injured', 'more than 500', '(500, ∞)', undefined],
    ['We have recorded 24 people dead', '24', '[24, 24]', 'people'],
    ['five other young men', 'five', '[5, 5]', 'young'],
    ['some 400 people', 'some 400', '[360, 440]', 'people'],
  ])('%j → %j %s', (sentence, text, interval, noun) => {
    const [q] = quantities(sentence);
    expect(q?.text).toBe(text);
    expect(q?.value.dimension).toBe('count');
    expect(show(q!)).toBe(interval);
    expect(q?.noun).toBe(noun);
  });

  it.each([
    ['several dozen people were hurt', 'several dozen', '[36, 108]'],
    ['a few hundred protesters marched', 'a few hundred', '[200, 500]'],
    ['several thousand fans waited', 'several thousand', '[3000, 9000]'],
  ])('a vague amount times its scale: %j → %j %s', (sentence, text, interval) => {
    const found = quantities(sentence);
    expect(found.map((q) => q.text)).toEqual([text]);
    expect(show(found[0]!)).toBe(interval);
  });

  it.each(['since 2022 the war', 'on March 18 the call', 'the 1st time', '$6 a day', 'phase one ended'])(
    'reads no count in %j',
    (sentence) => {
      expect(quantities(sentence).filter((q) => q.value.dimension === 'count')).toEqual([]);
    },
  );
});

describe('a bare number the words before make a temperature', () => {
  it.each([
    ['Outside temperatures were minus 20 as crews fought the blaze.', 'minus 20', -20],
    ['The temperature of 5 made the climb hard.', '5', 5],
    ['Temperatures dropped to minus 12 overnight.', 'minus 12', -12],
  ])('%j → %j degrees', (sentence, text, degrees) => {
    const found = quantities(sentence);
    expect(found.map((q) => [q.text, q.value.dimension, q.value.amount])).toEqual([[text, 'temperature', degrees]]);
  });

  it.each([
    'Two temperatures were taken.',
    'The temperature rose 5 times in an hour.',
    'In 2020 temperatures rose.',
    'The temperature of 2 patients rose.',
  ])('reads no temperature in %j', (sentence) => {
    expect(quantities(sentence).filter((q) => q.value.dimension === 'temperature')).toEqual([]);
  });
});

describe('clock times (minutes after midnight)', () => {
  it.each([
    ['the call began around 10:00, officials said', 'around 10:00', '[585, 615]', null],
    ['initiated the call at 10 a.m. Eastern Time (US)', '10 a.m. Eastern Time', '[595, 605]', 'ET'],
    ['The quake hit inland at 0737 GMT', '0737 GMT', '[457, 457]', 'GMT'],
    ['It took place at 7:37 AM local time.', '7:37 AM local time', '[457, 457]', 'local'],
    ['at 3.45pm on Friday', '3.45pm', '[945, 945]', null],
    ['by noon', 'noon', '[715, 725]', null],
  ])('%j → %j %s', (sentence, text, interval, zone) => {
    const [q] = quantities(sentence);
    expect(q?.text).toBe(text);
    expect(q?.value.dimension).toBe('time-of-day');
    expect(show(q!)).toBe(interval);
    expect(q?.value.zone).toBe(zone);
  });

  it('does not read a decimal as a clock time', () => {
    expect(quantities('a 3.45 magnitude').every((q) => q.value.dimension !== 'time-of-day')).toBe(true);
  });
});

describe('percent and trends', () => {
  it('reads percentages', () => {
    const [q] = quantities('about 40 percent of voters');
    expect(q?.value).toMatchObject({ dimension: 'percent', hedge: 'about', amount: 40 });
  });

  it('keeps a change as a trend, not a level', () => {
    expect(quantities('turnout rose by 5%')[0]?.value.trend).toBe('up');
    expect(quantities('shares fell 3 percent')[0]?.value.trend).toBe('down');
    expect(quantities('turnout was 5%')[0]?.value.trend).toBeNull();
  });
});

describe('durations that are not lengths', () => {
  it.each([
    ['It was the deadliest day for the region in over a year.', 'offset'],
    ['the worst quake in more than 25 years', 'offset'],
    ['they finished in two hours', 'measure'],
  ])('%j has role %s', (sentence, role) => {
    expect(quantities(sentence).find((q) => q.value.dimension === 'duration')?.role).toBe(role);
  });

  it('reads "a second quake" as an ordinal, "a second later" as a duration', () => {
    expect(quantities('after a second quake jolted the area')).toEqual([]);
    expect(quantities('a second later it stopped')[0]?.value.dimension).toBe('duration');
  });
});

describe('more duration forms', () => {
  it.each([
    ['they talked all day', 'all day', 86400],
    ['a full-year ban', 'full-year', 31557600],
    ['wait another hour', 'another hour', 3600],
    ['for half an hour', 'half an hour', 1800],
    ['an hour and half', 'an hour and half', 5400],
    ['for 1 year 1 month 21 days', '1 year 1 month 21 days', 31557600 + 2629800 + 21 * 86400],
    ['two hours and 20 minutes', 'two hours and 20 minutes', 8400],
    ['for couple of weeks', 'couple of weeks', 1209600],
  ])('%j → %j', (sentence, text, seconds) => {
    const q = quantities(sentence).find((m) => m.value.dimension === 'duration');
    expect(q?.text).toBe(text);
    expect((q!.value.low + q!.value.high) / 2).toBeCloseTo(seconds, 3);
  });

  it('lets a hedge bend a vague amount', () => {
    const q = quantities('less than a couple of days')[0];
    expect([q?.text, q?.value.hedge, q?.value.high]).toEqual(['less than a couple of days', 'less-than', 2 * 86400]);
  });
});
