import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readClock } from '../../src/extract/clock.js';
import { tokenize } from '../../src/text/tokens.js';
import type { QuantityMention } from '../../src/types.js';
import { quantities } from '../helpers/quantities.js';
import { MODEL } from '../helpers/model.js';

/** The clock times in a sentence. */
function times(sentence: string): QuantityMention[] {
  return quantities(sentence).filter((q) => q.value.dimension === 'time-of-day');
}

/** Minutes after midnight as "HH:MM" (":SS" when there are seconds), from the middle of the interval. */
function hhmm(q: QuantityMention): string {
  const total = Math.round(((q.value.low + q.value.high) / 2) * 60);
  const pad = (n: number): string => String(n).padStart(2, '0');
  const [h, m, s] = [Math.floor(total / 3600), Math.floor(total / 60) % 60, total % 60];
  return `${pad(h)}:${pad(m)}${s ? `:${pad(s)}` : ''}`;
}

describe('readClock: clock times in news text', () => {
  it.each([
    // digits, with am/pm, zones and seconds
    ['The quake struck at 7:37 a.m. local time.', '7:37 a.m. local time', '07:37', 'local'],
    ['The vote closed at 7 pm ET.', '7 pm ET', '19:00', 'ET'],
    ['The verdict was read at 7:56:30 pm.', '7:56:30 pm', '19:56:30', null],
    ['The alarm sounded at 12:34:25 on Monday.', '12:34:25', '12:34:25', null],
    ['Trading halted at 3.45pm on Friday.', '3.45pm', '15:45', null],
    ['The session opened at 10.30 GMT.', '10.30 GMT', '10:30', 'GMT'],
    ['The plane landed at 1140 a.m.', '1140 a.m.', '11:40', null],
    ['Shelling resumed at 340pm.', '340pm', '15:40', null],
    // 24-hour times
    ['The strike came at 1900 GMT.', '1900 GMT', '19:00', 'GMT'],
    ['The blast was felt at 0737 local time.', '0737 local time', '07:37', 'local'],
    ['Polls close at 19:00 hrs.', '19:00 hrs', '19:00', null],
    ['Polls close at 19:00h on Friday.', '19:00h', '19:00', null],
    ['The ceasefire began at 11:00GMT.', '11:00GMT', '11:00', 'GMT'],
    ['Troops moved in at 1900 hours.', '1900 hours', '19:00', null],
    ['The ship was attacked about 1100 hrs IST.', 'about 1100 hrs IST', '11:00', 'IST'],
    ['The train left at 7h01 and arrived at 19h30.', '7h01', '07:01', null],
    ['The ceremony starts at 10 H 10 pm.', '10 H 10 pm', '22:10', null],
    // parts of the day after the time
    ['Talks began shortly after 10 in the morning.', 'shortly after 10 in the morning', '10:07:30', null],
    ['The curfew starts at 10 at night.', '10 at night', '22:00', null],
    ['The curfew ends at 12 at night.', '12 at night', '00:00', null],
    ['Officials met at 7 this morning.', '7 this morning', '07:00', null],
    ['The fire broke out at 11 last night.', '11 last night', '23:00', null],
    ['The fighting stopped at 7 Tuesday evening.', '7', '19:00', null],
    ['Voting ends at 9 tomorrow night.', '9', '21:00', null],
    ['The march set off at 7 on Sunday morning.', '7', '07:00', null],
    ['It ended at half past seven on Sunday evening.', 'half past seven', '19:30', null],
    ["The party will go on until 1 o'clock lunchtime.", "1 o'clock lunchtime", '13:00', null],
    // parts of the day before the time
    ['The president speaks tonight at 9.', '9', '21:00', null],
    ['The crowd gathered in the afternoon at 7.', '7', '19:00', null],
    ['He was seen afternoon 7:00:05 near the station.', '7:00:05', '19:00:05', null],
    ["They returned at lunchtime 11 o'clock.", "11 o'clock", '11:00', null],
    // named and vague times
    ['The attack came just before midnight.', 'midnight', '00:00', null],
    ['The rally ended at 12 noon.', '12 noon', '12:00', null],
    ['Shops stay open until twelve midnight.', 'twelve midnight', '00:00', null],
    ['By mid-morning the square was full.', 'mid-morning', '10:00', null],
    ['The vote is expected noonish.', 'noonish', '12:00', null],
    ['Police arrived around 11ish.', 'around 11ish', '11:00', null],
    // hours and minutes in words, o'clock
    ["The bells rang at seven o'clock.", "seven o'clock", '07:00', null],
    ['The launch is set for eight forty.', 'eight forty', '08:40', null],
    ['The second blast came at ten forty five pm.', 'ten forty five pm', '22:45', null],
    ['The train left at eleven oh five.', 'eleven oh five', '11:05', null],
    ['She was back five thirty in the evening.', 'five thirty in the evening', '17:30', null],
    // minutes past and to the hour
    ['Doors open at half past eight.', 'half past eight', '08:30', null],
    ['It began at a quarter to 8 in the morning.', 'a quarter to 8 in the morning', '07:45', null],
    [
      'The shots came twenty minutes past eight in the evening.',
      'twenty minutes past eight in the evening',
      '20:20',
      null,
    ],
    ['The sirens sounded at ten past 9.', 'ten past 9', '09:10', null],
    ['The deal was signed at ten to midnight.', 'ten to midnight', '23:50', null],
    ['Talks collapsed five minutes to midnight.', 'five minutes to midnight', '23:55', null],
    ['The bomb went off three quarters past 9pm.', 'three quarters past 9pm', '21:45', null],
    ['The vote came three minutes to five thirty.', 'three minutes to five thirty', '05:27', null],
    // bare hours introduced by "at"/"until" where the clause ends
    ['The meeting will be held at 7.', '7', '07:00', null],
    ['The shelling went on until seven on Friday.', 'seven', '07:00', null],
    ['The blast came at about 10, officials said.', 'about 10', '10:00', null],
  ])('%j → %j %s', (sentence, text, clockTime, zone) => {
    const [q] = times(sentence);
    expect(q?.text).toBe(text);
    expect(hhmm(q!)).toBe(clockTime);
    expect(q?.value.zone).toBe(zone);
  });

  it.each([
    ['Stores open from 9 to 11 a.m.', ['09:00', '11:00']],
    ['The protest lasted between 2 and 4 p.m.', ['14:00', '16:00']],
    ['Roads closed from 11 to 1 p.m.', ['11:00', '13:00']],
    ['Voting ran from 8 to 10 at night.', ['20:00', '22:00']],
    ['The shop opens between 9 and 10:30.', ['09:00', '10:30']],
  ])('reads both ends of the range in %j', (sentence, expected) => {
    expect(times(sentence).map(hhmm)).toEqual(expected);
  });

  it('does not read a zone offset as a time', () => {
    expect(times('Posted 26 September 2013, 10:00 (GMT+05:00)').map(hhmm)).toEqual(['10:00']);
  });

  it('keeps a whole-hour time a little loose and a time to the minute exact', () => {
    expect(times('at 10 a.m.')[0]?.value).toMatchObject({ low: 595, high: 605 });
    expect(times('at 10:05 a.m.')[0]?.value).toMatchObject({ low: 605, high: 605 });
    // the half hour is as round as the hour: "3:30 a.m." meets "3:33 a.m."
    expect(times('at 3:30 a.m.')[0]?.value).toMatchObject({ low: 205, high: 215 });
    expect(times('at 3:33 a.m.')[0]?.value).toMatchObject({ low: 213, high: 213 });
  });

  it('gives vague named times a spread', () => {
    const tokens = tokenize('by mid-morning');
    expect(readClock(MODEL, tokens, 1)).toMatchObject({ minutes: 600, spread: 60 });
  });

  it.each([
    'The police searched at 7 locations.',
    'Inflation held at 3 percent.',
    'They won 3-2 on penalties.',
    'A boy aged 10 was hurt.',
    'He served for two years.',
    'He was sentenced for 10.',
    'Between 5 to 10 people were hurt.',
    'The toll rose from 10 to 12.',
    'Rates rose from 10 to 12 percent.',
    'Police arrived 20 minutes before 5 people were shot.',
    'The death toll stood at 7.',
    'The number of dead rose to about 20.',
    'Unemployment fell by 7.',
    'Output grew in the second quarter to 5 percent.',
    'Police arrested 12 this morning.',
    'Two morning sessions were cancelled.',
    'They booked a seven night cruise.',
    'The 20-ish protesters left.',
    'He worked 1900 hours last year.',
    'The 1200 in the morning raid was a success.',
    'It was a 3.45 magnitude quake.',
    'Kipchoge won in 2:03:45.',
    'At 15, he joined the army.',
    'See https://example.com/?id=~3am3ioYcY for details.',
    'He is lucky to be alive after two "horrific" nights.',
  ])('reads no clock time in %j', (sentence) => {
    expect(times(sentence)).toEqual([]);
  });

  it('never throws and always moves forward', () => {
    const words = [
      'at',
      'half',
      'past',
      'quarter',
      'to',
      'a',
      'seven',
      'forty',
      "o'clock",
      '7',
      '12',
      '10:30',
      '7:56:30',
      '1900',
      '3.45',
      'pm',
      'a.m.',
      'in',
      'the',
      'morning',
      'tonight',
      'Tuesday',
      'on',
      'noon',
      'midnight',
      'mid',
      '-',
      'ish',
      'h',
      '05',
      'GMT',
      'hrs',
      'between',
      'and',
      'from',
      'minutes',
      '.',
      ',',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 10 }), (parts) => {
        const tokens = tokenize(parts.join(' '));
        for (let i = 0; i < tokens.length; i++) {
          const reading = readClock(MODEL, tokens, i);
          if (reading) {
            expect(reading.next).toBeGreaterThan(i);
            expect(reading.minutes).toBeGreaterThanOrEqual(0);
            expect(reading.minutes).toBeLessThanOrEqual(1440);
          }
        }
      }),
    );
  });
});
