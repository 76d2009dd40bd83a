import { describe, expect, it } from 'vitest';
import { align } from '../../src/align/align.js';
import { formCamps } from '../../src/compare/camps.js';
import { MODEL } from '../helpers/model.js';
import { checkArticles, forAlign, mentionsIn, mentionsOfOne } from '../helpers/pipeline.js';
import type { Fact } from '../../src/types.js';

function groupsOf(...texts: string[]) {
  return align(MODEL, forAlign(texts.map((text, i) => mentionsOfOne({ path: `a${i}.txt`, text }))));
}

describe('align', () => {
  it.each([
    ['The discussion, which lasted nearly 90 minutes, focused on halting attacks.', 'call', 'duration'],
    ['The two leaders spoke for more than two hours about a 30-day ceasefire proposal.', 'call', 'duration'],
    ['A phone call between the two took place on Tuesday, lasting over two hours.', 'call', 'duration'],
    ['They discussed a 30-day ceasefire in Ukraine.', 'ceasefire', 'duration'],
    ['Trump and Putin’s Two-Hour Discussion', 'call', 'duration'],
    ['Officials say the call, which began around 10:00, went well.', 'call', 'time'],
    ['Over 400 people were killed.', 'event', 'killed'],
    ['The quake injured 249 people.', 'earthquake', 'injured'],
    ['Powerful Quake in Orla Kills 10; 80 Hurt', 'earthquake', 'killed'],
  ])('%j is about the %s (%s)', (text, subject, attribute) => {
    const groups = groupsOf(text);
    expect(groups.map((g) => [g.key.subject, g.key.attribute])).toContainEqual([subject, attribute]);
  });

  it('gives a cue after another number to that number: "30 of the 80 wounded" counts 80 wounded', () => {
    const injured = groupsOf('He said 30 of the 80 wounded in the quake remained in hospital.')
      .filter((g) => g.key.attribute === 'injured')
      .flatMap((g) => g.facts.map((f) => f.mention.text));
    expect(injured).toEqual(['80']);
  });

  it.each([
    'phase one ended more than two weeks ago',
    'The call was initially scheduled an hour earlier.',
    'It was the deadliest day for the region in over a year.',
    'Turnout rose by 5% in the talks.',
  ])('ties %j to nothing', (text) => {
    expect(groupsOf(text)).toEqual([]);
  });

  it('ties a count that is no toll to what it counts and its verb ("the two leaders met")', () => {
    expect(groupsOf('The two leaders met.').map((g) => [g.key.label, g.key.frame])).toEqual([
      ['number of leaders that met', true],
    ]);
  });
});

describe('formCamps', () => {
  const facts = (...texts: string[]): Fact[] => groupsOf(...texts).flatMap((g) => g.facts);

  it('puts agreeing articles together and disagreeing ones apart', () => {
    const camps = formCamps(
      facts(
        'The call lasted nearly 90 minutes.',
        'The call lasted more than two hours.',
        'The call lasted over two hours.',
      ),
    );
    expect(camps.map((c) => c.facts.map((f) => f.article).sort())).toEqual([['a0.txt'], ['a1.txt', 'a2.txt']]);
  });

  it('treats a subset as agreement', () => {
    expect(formCamps(facts('At least 10 people were killed.', '12 people were killed.'))).toHaveLength(1);
    expect(formCamps(facts('More than 26,000 were killed.', 'More than 31,000 were killed.'))).toHaveLength(1);
  });

  it('lets a rounded number agree with a close exact one', () => {
    expect(formCamps(facts('The call lasted two hours.', 'The call lasted 118 minutes.'))).toHaveLength(1);
  });

  it('is the same whatever the input order', () => {
    const a = 'The call lasted nearly 90 minutes.';
    const b = 'The call lasted more than two hours.';
    const c = 'The call lasted 100 minutes.';
    const shape = (fs: Fact[]) => formCamps(fs).map((camp) => camp.facts.map((f) => f.mention.text).sort());
    expect(shape(facts(a, b, c))).toEqual(shape(facts(c, b, a)));
  });
});

describe('align: what a count counts', () => {
  it.each([
    'Powerful Quake Kills 10; 80 Hurt and 7 Villages Damaged',
    'A 6.7-strength quake killed more than 26,000 people.',
    'two helicopters were evacuating injured people',
  ])('ties no casualty count to the non-people number in %j', (text) => {
    // (a fact read from the count's own grammar is no casualty count: "helicopters (evacuate)")
    const counts = groupsOf(text)
      .filter((g) => !g.key.frame)
      .flatMap((g) => g.facts.map((f) => f.mention.text));
    expect(counts).not.toContain('7');
    expect(counts).not.toContain('6.7');
    expect(counts).not.toContain('two');
  });

  it('compares zoned clock times in UTC and keeps times without a zone apart', () => {
    const groups = groupsOf('The quake struck at 09:10 (0440 GMT).', 'The quake struck at 04:40 UTC.');
    expect(groups.map((g) => g.key.qualifier ?? null).sort()).toEqual([null, 'unzoned']);
    expect(groups.find((g) => !g.key.qualifier)?.facts.map((f) => f.mention.value.low)).toEqual([280, 280]);
  });

  it('wraps a local time past midnight into the UTC day (07:48 at UTC+9 is 22:48 UTC)', () => {
    const { mentions, entities } = mentionsIn([
      { path: 'a.txt', text: 'The quake struck near the city of Jayapura in Indonesia at 7:48 a.m. local time.' },
      { path: 'b.txt', text: 'The quake struck near the city of Jayapura in Indonesia at 2248 GMT.' },
    ]);
    const utc = align(MODEL, forAlign(mentions), entities).find((g) => g.key.attribute === 'time' && !g.key.qualifier);
    expect(utc?.facts.map((f) => f.mention.value.low)).toEqual([22 * 60 + 48, 22 * 60 + 48]);
  });

  it('ties "N days of X" to X', () => {
    expect(groupsOf('a cease-fire after 11 days of a punishing offensive').map((g) => g.key.subject)).not.toContain(
      'ceasefire',
    );
  });
});

describe('align: ages told on different days', () => {
  const conflicts = (...told: [string, string][]) =>
    checkArticles(
      told.map(([date, text], i) => ({ path: `${i}.txt`, date, text })),
      { group: 'none' },
    ).findings.filter((f) => f.ruleId === 'quantity-conflict' && f.severity !== 'info');

  it('26 in January and 27 in September: a birthday between, no conflict', () => {
    expect(
      conflicts(
        ['2013-01-10', 'Maria Lopez, 26, pleaded not guilty to the robbery.'],
        ['2013-09-20', 'Maria Lopez, 27, was found guilty of the robbery.'],
      ),
    ).toEqual([]);
  });

  it('26 and 27 on one day: a conflict', () => {
    expect(
      conflicts(
        ['2013-09-20', 'Maria Lopez, 26, was found guilty of the robbery.'],
        ['2013-09-20', 'Maria Lopez, 27, was found guilty of the robbery.'],
      ),
    ).toHaveLength(1);
  });

  it("a victim's age told again at a trial two years later: no conflict (it stays as at the death)", () => {
    expect(
      conflicts(
        ['2011-03-02', 'Maria Lopez, 43, was shot dead outside her home.'],
        ['2013-03-04', 'The trial opened for the killing of Maria Lopez, 43, outside her home.'],
      ),
    ).toEqual([]);
  });

  it('an age of another time does not reach up: 29 in 1958, told in 2011 and in 2013, agrees', () => {
    expect(
      conflicts(
        ['2011-03-02', 'The 29-year-old Maria Lopez was acquitted in 1958.'],
        ['2013-03-04', 'The 29-year-old Maria Lopez was acquitted in 1958, the court said.'],
      ),
    ).toEqual([]);
  });

  it('43 and then 45 two years later: no conflict', () => {
    expect(
      conflicts(
        ['2011-03-02', 'Maria Lopez, 43, was charged with the robbery.'],
        ['2013-03-04', 'Maria Lopez, 45, was found guilty of the robbery.'],
      ),
    ).toEqual([]);
  });

  it("an age before a present-tense verb is of the article's day, whatever year the sentence names", () => {
    const told = (verb: string) =>
      conflicts(
        ['2013-09-20', `Maria Lopez, 43, ${verb} charged with a robbery that took place in 2010.`],
        ['2013-09-20', 'Maria Lopez, 45, was found guilty of the robbery.'],
      );
    expect(told('is')).toHaveLength(1);
    // "was charged ... in 2010": the age may be of 2010, so it is not set against today's
    expect(told('was')).toEqual([]);
  });

  it('26 in January and 28 in September: a conflict', () => {
    expect(
      conflicts(
        ['2013-01-10', 'Maria Lopez, 26, pleaded not guilty to the robbery.'],
        ['2013-09-20', 'Maria Lopez, 28, was found guilty of the robbery.'],
      ),
    ).toHaveLength(1);
  });
});

describe('align: whose number', () => {
  it('reads "a mother of 12" as no toll', () => {
    expect(groupsOf('They went on trial for killing a mother of 12.').flatMap((g) => g.facts)).toEqual([]);
  });

  it('"the 39-year-old Dexter man": a name before a word for people describes him, it is not his name', () => {
    const ages = (first: string) =>
      checkArticles(
        [
          { path: 'a.txt', text: `Police held a man in Pellby on Monday. ${first} was charged with theft.` },
          { path: 'b.txt', text: 'Police held a man in Pellby on Monday. Dexter Ames, 45, was charged with theft.' },
        ],
        { group: 'none' },
      ).findings.filter((f) => f.ruleId === 'quantity-conflict' && f.attribute === 'age');
    expect(ages('Dexter Ames, 39,')).toHaveLength(1);
    expect(ages('The 39-year-old Dexter man')).toEqual([]);
  });

  it('gives "an 11-year old girl" to the girl, not to the person named nearby', async () => {
    const { mentions, entities } = mentionsIn([
      { path: 'a.txt', text: 'Andrew Lopez was aiming for an 11-year old girl, police said.' },
    ]);
    const ages = align(MODEL, forAlign(mentions), entities).filter((g) => g.key.attribute === 'age');
    expect(ages.map((g) => g.key.subject)).toEqual(['girl']);
  });

  it('gives "a 15-year-old NASA intern" to the intern: a capital that starts no name is a noun', async () => {
    const { mentions, entities } = mentionsIn([
      { path: 'a.txt', text: 'Andrew Lopez met a 15-year-old NASA intern at the fair, police said.' },
    ]);
    const ages = align(MODEL, forAlign(mentions), entities).filter((g) => g.key.attribute === 'age');
    expect(ages.map((g) => g.key.subject)).not.toContain('Andrew Lopez');
  });

  it('gives an age between two names to the name before it', async () => {
    const { mentions, entities } = mentionsIn([
      { path: 'a.txt', text: 'Police found Maria Lopez, 48, Andrew Smith and his dog in the house.' },
    ]);
    const ages = align(MODEL, forAlign(mentions), entities).filter((g) => g.key.attribute === 'age');
    expect(ages.map((g) => g.key.subject)).toEqual(['Maria Lopez']);
  });

  it('gives an age in an appositive after a name ("Lopez, a 38-year-old Dover resident") to that name', () => {
    const { mentions, entities } = mentionsIn([
      { path: 'a.txt', text: 'The man charged is Andrew Lopez, a 38-year-old Dover resident, police said.' },
    ]);
    const ages = align(MODEL, forAlign(mentions), entities).filter((g) => g.key.attribute === 'age');
    expect(ages.map((g) => g.key.subject)).toEqual(['Andrew Lopez']);
  });

  it('still gives "the 32-year-old Lopez" to Lopez', async () => {
    const { mentions, entities } = mentionsIn([
      { path: 'a.txt', text: 'The jury convicted the 32-year-old Andrew Lopez on Monday.' },
    ]);
    const ages = align(MODEL, forAlign(mentions), entities).filter((g) => g.key.attribute === 'age');
    expect(ages.map((g) => g.key.subject)).toEqual(['Andrew Lopez']);
  });
});
