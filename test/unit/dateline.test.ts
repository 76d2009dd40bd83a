import { describe, expect, it } from 'vitest';
import { publicationDate } from '../../src/ingest/date.js';
import { MODEL } from '../helpers/model.js';

const dated = (head: string) => publicationDate(MODEL, `Dalen mill reopens\n\n${head}\n\nThe mill reopened on Monday.`);

describe('a dateline written in numbers (src/ingest/date.ts)', () => {
  it.each([
    ['Posted 2010-02-17', '2010-02-17'],
    ['Released 2012-05-30 07:14:02 GMT', '2012-05-30'],
    // a number over 12 is the day, either way round
    ['Last updated 09:51 23/04/2012', '2012-04-23'],
    ['First Posted: 10/19/12 04:31 PM ET', '2012-10-19'],
    // both could be the month: a zone of month-first writers settles it
    ['Updated 3/10/2011 8:45 AM ET', '2011-03-10'],
    ['11/07/09 2:40 AM EST', '2009-11-07'],
    ['9:05 AM PDT 7/3/2012', '2012-07-03'],
    // the same number twice is one date whatever the order
    ['11:25 AM PDT 5/5/2012', '2012-05-05'],
    ['Posted 2013-06-12T10:20:00Z', '2013-06-12'],
  ])('%j → %s', (head, date) => {
    expect(dated(head)).toBe(date);
  });

  it.each([
    // no zone: 11 September or 9 November?
    'Updated 11/09/2010',
    // a zone of day-first writers on the line too, or a month-first zone not beside the time
    'Last updated 05/06/2013 10:20 GMT (6:20 AM ET)',
    'Mt. Hood ski report 05/06/2013',
    // no year a dateline gives
    'Posted 3/4/1850',
    // a score, not a date
    'The Owls won 4/9 at home',
  ])('reads no date in %j', (head) => {
    expect(dated(head)).toBeUndefined();
  });
});
