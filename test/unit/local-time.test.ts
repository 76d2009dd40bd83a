import { describe, expect, it } from 'vitest';
import { offsetOn } from '../../src/model/places.js';
import { conflictMessages } from '../helpers/pipeline.js';
import { quantities } from '../helpers/quantities.js';

describe("offsetOn: the offset of a place's zones on a given day", () => {
  const pacific = { utcOffset: -480, dstOffset: -420, names: ['America/Los_Angeles'] };

  it.each([
    ['2013-03-14', -420],
    ['2013-01-14', -480],
    ['2013-11-20', -480],
  ])('Pacific time on %s is %i minutes from UTC', (day, offset) => {
    expect(offsetOn([pacific], day)).toBe(offset);
  });

  it('follows past rules: Tehran kept daylight saving in 2013 (UTC+4:30 in July)', () => {
    expect(offsetOn([{ utcOffset: 210, dstOffset: 210, names: ['Asia/Tehran'] }], '2013-07-10')).toBe(270);
  });

  it('is unknown when the zones of one longitude differ that day: Brisbane and Sydney in January', () => {
    const east = [
      { utcOffset: 600, dstOffset: 600, names: ['Australia/Brisbane'] },
      { utcOffset: 600, dstOffset: 660, names: ['Australia/Sydney'] },
    ];
    expect(offsetOn(east, '2013-01-14')).toBeNull();
    expect(offsetOn(east, '2013-07-14')).toBe(600);
  });

  it('knows nothing of a zone with no name, an unknown name, or no day', () => {
    expect(offsetOn([{ utcOffset: -480, dstOffset: -420 }], '2013-03-14')).toBeNull();
    expect(offsetOn([{ ...pacific, names: ['Nowhere/Zorbly'] }], '2013-03-14')).toBeNull();
    expect(offsetOn([pacific], '')).toBeNull();
  });
});

describe('clock times with no zone are local, where the story is', () => {
  const quake = (time: string) => `A small quake shook Los Angeles, California. The quake struck ${time}.`;

  it('2:09 a.m. in March is daylight time: against "2:09 a.m. PST" it is an hour apart', () => {
    const messages = conflictMessages([quake('at 2:09 a.m.'), quake('shortly after 2:09 a.m. PST')], '2013-03-14');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^Time of the earthquake: .*09:09 UTC .*10:09/);
  });

  it('2:09 a.m. in January is standard time: it agrees with "2:09 a.m. PST"', () => {
    expect(conflictMessages([quake('at 2:09 a.m.'), quake('at 2:09 a.m. PST')], '2013-01-14')).toEqual([]);
  });

  it("'PT' is the place's own zone: times with no zone are still read as local", () => {
    const messages = conflictMessages(
      [quake('at 2:09 a.m.'), quake('at 3:09 a.m. PT'), quake('at 11:09 GMT')],
      '2013-03-14',
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/09:09 UTC/);
  });

  it('an undated story in a zone with daylight saving: the local offset is unknown, nothing is compared', () => {
    expect(conflictMessages([quake('at 2:09 a.m.'), quake('at 2:09 a.m. PST')])).toEqual([]);
  });

  it('a regional zone the story states that is not the local one leaves times with no zone unconverted', () => {
    // the outlet gives times in its own zone (or the place was read wrongly): 11 a.m. here is not local
    const far = (time: string) => `A small quake shook Jakarta, Indonesia. The quake struck ${time}.`;
    expect(conflictMessages([far('at 11 a.m.'), far('at 11 a.m. IST')], '2013-03-14')).toEqual([]);
    // with no such zone stated, 11 a.m. is Jakarta's (UTC+7): 04:00 UTC, an hour from 05:00 GMT
    expect(conflictMessages([far('at 11 a.m.'), far('at 05:00 GMT')], '2013-03-14')).toHaveLength(1);
  });
});

describe('"shortly after" a clock time', () => {
  it.each([
    ['the fire began shortly after 9 p.m.', 'shortly after 9 p.m.', 'just-over', 21 * 60, 21 * 60 + 15],
    ['the raid ended just after midnight', 'just after midnight', 'just-over', 0, 15],
  ])('%j is %j (%s)', (sentence, text, hedge, low, high) => {
    const [q] = quantities(sentence).filter((m) => m.value.dimension === 'time-of-day');
    expect(q?.text).toBe(text);
    expect(q?.value.hedge).toBe(hedge);
    expect([q?.value.low, q?.value.high]).toEqual([low, high]);
  });
});

describe('clock hedges stay with clock times, and a band across midnight is not compared', () => {
  it.each(['the vote came shortly after May 1, 2010', 'Moments after 2 people were killed, police came.'])(
    '%j: "shortly/moments after" hedges no date or count',
    (sentence) => {
      const [q] = quantities(sentence, '2010-05-20').filter((m) => m.value.dimension !== 'time-of-day');
      expect(q?.value.hedge).toBe('exact');
    },
  );

  it('"shortly after 11:55 p.m. GMT" against "12:05 a.m. GMT": no conflict across midnight', () => {
    const late = (time: string) => `A small quake shook Jakarta, Indonesia. The quake struck ${time}.`;
    expect(conflictMessages([late('shortly after 11:55 p.m. GMT'), late('at 12:05 a.m. GMT')])).toEqual([]);
  });
});
