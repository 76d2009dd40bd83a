import { describe, expect, it } from 'vitest';
import { publicationDate } from '../../src/ingest/date.js';
import { MODEL } from '../helpers/model.js';

const dated = (head: string) => publicationDate(MODEL, `Dalen mill reopens\n\n${head}\n\nThe mill reopened on Monday.`);

describe('a dateline written in numbers (src/ingest/date.ts)', () => {
  it.each([
    ['Posted 2007-11-12', '2007-11-12'],
    ['Released 2013-09-28 05:08:35 GMT', '2013-09-28'],
    // a number over 12 is the day, either way round
    ['Last updated 13:26 14/09/2013', '2013-09-14'],
    ['First Posted: 10/25/11 06:44 PM ET', '2011-10-25'],
    // both could be the month: a zone of month-first writers settles it
    ['Updated 4/11/2007 1:26 PM ET', '2007-04-11'],
    ['12/06/08 1:30 AM EST', '2008-12-06'],
    ['8:13 AM PDT 8/2/2013', '2013-08-02'],
    // the same number twice is one date whatever the order
    ['10:10 AM PDT 6/6/2013', '2013-06-06'],
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
