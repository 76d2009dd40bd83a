/** Quantity frames (src/extract/frame.ts): what a number counts or measures, and the verb that governs it. */
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/extract/read.js';
import { MODEL } from '../helpers/model.js';

/** The frame of the quantity written `number` in `text`, as "thing | predicate role" ("-" for none). */
function frame(text: string, number: string): string {
  const m = readArticle(MODEL, { path: 'a.txt', text }).mentions.find((q) => q.text.includes(number));
  if (!m) return 'no quantity';
  const f = m.frame;
  if (!f) return '-';
  if (f.part) return 'part';
  return `${f.thing ?? '-'} | ${f.predicate ?? '-'} ${f.role ?? ''}`.trim() + (f.scope ? ` (${f.scope})` : '');
}

describe('quantity frames', () => {
  it.each([
    ['Police fired 20 rounds at the car.', '20', 'round | fire object (at car)'],
    ['Six rounds hit the car.', 'Six', 'round | hit subject'],
    ['Ten fire engines fought the blaze overnight.', 'Ten', 'fire engine | fight subject'],
    ['The company has about 350 employees in four countries.', '350', 'employee | have object (in country)'],
    ['Two possible gang members were arrested on Friday.', 'Two', 'possible gang member | arrest object'],
    ['He played in just 10 games this season.', '10', 'game | play in'],
    ['Firefighters poured 5,000 gallons of water onto the blaze.', '5,000', 'water | pour object'],
    ['He faces two counts of fraud.', 'two', 'count of fraud | face object'],
    ['The fire destroyed three of the oldest buildings in town.', 'three', 'part'],
    ['About 12 people died in the crash.', '12', 'person | die subject'],
    ['The party won 125 seats Sunday.', '125', 'seat | win object'],
    ['Rescuers pulled 14 survivors Monday from the rubble.', '14', 'survivor | pull object'],
    ['The navy recovered seven AK-47 assault rifles.', 'seven', 'ak-47 assault rifle | recover object'],
    ['He scored two touchdowns on the ground.', 'two', 'touchdown | score object (on ground)'],
    ['The crash killed at least 12 people.', '12', 'person | kill object'],
    ['At least 12 people were killed in the crash.', '12', 'person | kill object'],
    // a participle the tagger reads as an adjective after "were" is still the passive's verb
    ['Eleven other club men were charged with fraud.', 'Eleven', 'other club man | charge object'],
    // ...and only there: "40 injured" still counts the injured
    ['The blast left 40 injured.', '40', 'injured | -'],
    ['The suspects had killed 12 people.', '12', 'person | kill object'],
    ['She began a 90-day treatment in May.', '90', 'treatment | begin object (in may)'],
    ['The battery lasts 7 hours of normal use.', '7', 'normal use | last object'],
    ['Twelve of the 40 injured were children.', 'Twelve', 'part'],
    // a time window after the counted thing is its scope: a part of all there were
    ['He has been arrested three times since March.', 'three', 'time | arrest object (since march)'],
    // ...and so is a kind the phrase narrows the thing to
    ['Storms left 50 homes without power.', '50', 'home | leave object (without power)'],
    // a possessive ends the phrase: the value is of the possessor, not of what it owns
    ["The 40-year-old singer's agent spoke on Monday.", '40', 'singer | -'],
    // a name's or a plural's possessive describes the head: the value is of the head
    ["They closed 200 McDonald's restaurants.", '200', "mcdonald's restaurant | close object"],
    ["Police seized 12 children's toys.", '12', "children's toy | seize object"],
  ])('%s (%s) → %s', (text, number, expected) => {
    expect(frame(text, number)).toBe(expected);
  });
});
