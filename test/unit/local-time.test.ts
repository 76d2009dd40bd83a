import { describe, expect, it } from 'vitest';
import { offsetOn } from '../../src/model/places.js';
import { conflictMessages } from '../helpers/pipeline.js';
import { quantities } from '../helpers/quantities.js';

describe('offsetOn: a zone with daylight saving on a given day', () => {
  const pacific = { utcOffset: -480, dstOffset: -420, name: 'America/Los_Angeles' };

  it.each([
    ['2013-03-14', -420],
    ['2013-01-14', -480],
    ['2013-11-20', -480],
  ])('Pacific time on %s is %i minutes from UTC', (day, offset) => {
    expect(offsetOn(pacific, day)).toBe(offset);
  });

  it('gives a zone without daylight saving its one offset, whatever the day', () => {
    expect(offsetOn({ utcOffset: 420, dstOffset: 420 }, 'not a day')).toBe(420);
  });

  it('knows nothing of a zone with no name, an unknown name, or no day', () => {
    expect(offsetOn({ utcOffset: -480, dstOffset: -420 }, '2013-03-14')).toBeNull();
    expect(offsetOn({ ...pacific, name: 'Nowhere/Zorbly' }, '2013-03-14')).toBeNull();
    expect(offsetOn(pacific, '')).toBeNull();
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
