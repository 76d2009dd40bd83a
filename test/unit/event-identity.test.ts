import { describe, expect, it } from 'vitest';
import { align } from '../../src/align/align.js';
import { durationUnit } from '../../src/normalize/describe.js';
import { MODEL } from '../helpers/model.js';
import { conflictMessages, forAlign, mentionsIn } from '../helpers/pipeline.js';

/** The facts of one article: "mention text → subject|attribute|qualifier|era". */
function facts(text: string): string[] {
  const { mentions, entities } = mentionsIn([{ path: 'a.txt', text: `Story of 2013. ${text}` }]);
  return align(MODEL, forAlign(mentions), entities).flatMap((g) =>
    g.facts.map(
      (f) => `${f.mention.text} → ${g.key.subject}|${g.key.attribute}|${g.key.qualifier ?? ''}|${g.key.era ?? ''}`,
    ),
  );
}

describe('event identity: a value about another event is not compared', () => {
  it.each([
    ['In a separate attack earlier in the day, three Palestinians were killed.', 'three'],
    ['Three people also died in an air strike on another school.', 'Three'],
    ['That temblor killed at least six people in September.', 'at least six'],
    ['The previous quake killed 612 people.', '612'],
    ["Monday's earthquake was the second one to hit the island, injuring 3 people.", '3'],
  ])('%j ties nothing to %j', (text, value) => {
    expect(facts(text).filter((f) => f.startsWith(`${value} →`))).toEqual([]);
  });

  it.each([
    ['The catastrophe four years ago killed more than 230,000 people.', 'more than 230,000', '2009'],
    ['The fire last summer killed 30 people.', '30', 'last summer'],
    // a phrase of when after the comma dates the clause before it
    ['About 500,000 people died in the civil war, from 1990-1996.', 'About 500,000', '1990'],
  ])('%j dates %j to %j', (text, value, era) => {
    expect(
      facts(text)
        .find((f) => f.startsWith(`${value} →`))
        ?.endsWith(`|${era}`),
    ).toBe(true);
  });

  it.each([
    ['Another 20 people were injured in the quake.', '20'],
    ['The quake, the strongest since a similar quake hit, killed 24 people.', '24'],
  ])('still compares %j (%j)', (text, value) => {
    expect(facts(text).filter((f) => f.startsWith(`${value} →`))).toHaveLength(1);
  });
});

describe('what a value states', () => {
  it.each([
    ['A girl was killed and at least 40 people were injured in the quake.', 'at least 40', 'injured'],
    ['The quake killed 24 people and injured 249.', '249', 'injured'],
  ])('%j: %j counts the %s', (text, value, attribute) => {
    expect(
      facts(text)
        .find((f) => f.startsWith(`${value} →`))
        ?.split('|')[1],
    ).toBe(attribute);
  });

  it.each([
    ['Three bank workers, a man and two women, died in the fire.', 'two'],
    ['At least 12 were killed: three women and two men died in the strike.', 'three'],
    ['The names of the women killed, who were 61 and 48 years old, were not released.', '61'],
    ['Thomas was injured, missing 10 of the 16 games.', '10'],
    ['The quake was the second to hit the island in the past 24 hours.', '24 hours'],
    ['He noted he had 39 days left in office after the call.', '39 days'],
    ['With a market value of about $115 billion, HP could finance the deal.', 'about $115 billion'],
    ['The purchase is a combination of $4.2 billion in cash and 57 million shares.', '$4.2 billion'],
    ['The fire was extinguished by 7 a.m., officials said.', '7 a.m.'],
    ['The blaze began on the roof before 9.', '9'],
  ])("%j: %j is not the event's figure", (text, value) => {
    expect(
      facts(text).filter(
        (f) => f.startsWith(`${value} →`) && /\|(?:killed|injured|missing|duration|amount|time)\|/.test(f),
      ),
    ).toEqual([]);
  });

  it('reads a market value as its own attribute', () => {
    expect(
      facts('With a market value of about $115 billion, HP could finance the deal.').some((f) =>
        f.includes('|market value|'),
      ),
    ).toBe(true);
  });
});

describe('ages at another time', () => {
  it.each([
    'Between age 17 and 25, Vincent Gigante was arrested seven times.',
    'Jeffs instructed his 14-year-old "spiritual wife" on how to please him.',
    'A doorman identified the 29-year-old Vincent Gigante as the shooter, and Gigante was acquitted in 1958.',
  ])('%j gives no current age', (text) => {
    expect(facts(text).filter((f) => f.includes('|age|') && f.endsWith('|'))).toEqual([]);
  });
});

describe('durationUnit', () => {
  it.each([
    [[10, 30], 's'],
    [[600, 1800], 'min'],
  ])('shows %j seconds in %s', (points, unit) => {
    const values = points.map((p) => ({
      low: p,
      high: p,
      lowInclusive: true,
      highInclusive: true,
      dimension: 'duration' as const,
      hedge: 'exact' as const,
      amount: p,
      unit: 's',
    }));
    expect(durationUnit(MODEL, values)[0]).toBe(unit);
  });
});

describe('values about another time: the event the articles share', () => {
  it('compares the value nearest to the other articles when one names two past events of a kind', () => {
    const { mentions, entities } = mentionsIn([
      {
        path: 'a.txt',
        text:
          'Story of 2013. Last year, a 6.4-magnitude quake rocked Sumatra. ' +
          'An 8.7-magnitude earthquake also hit off Banda Aceh in May 2012.',
      },
      { path: 'b.txt', text: 'Story of 2013. In April last year an 8.6-magnitude quake struck off Banda Aceh.' },
    ]);
    const past = align(MODEL, forAlign(mentions), entities).filter(
      (g) => g.key.era === '2012' && g.key.attribute === 'magnitude',
    );
    expect(past.flatMap((g) => g.facts.map((f) => f.mention.text)).sort()).toEqual(['8.6-magnitude', '8.7-magnitude']);
  });
});

describe('distance and bearing from a place', () => {
  /** "attribute: reading" of the facts tied to a place. */
  const offsets = (text: string): string[] =>
    facts(text)
      .filter((f) => / from /.test(f))
      .map((f) => f.split(' → ')[1]?.split('|')[1] ?? '');

  it.each([
    [
      'The quake hit inland at a depth of 10 km, 55 kilometres south of Bireun, the USGS said.',
      ['bearing from Bireun', 'distance from Bireun'],
    ],
    [
      'The quake was located 55 kilometers (34 miles) west of the town of Bireun.',
      ['bearing from Bireun', 'distance from Bireun'],
    ],
    // a town the event was put in: its distance is the event's
    [
      'The temblor was centered in Norvik, about 20 miles north of Dalen.',
      ['bearing from Dalen', 'distance from Dalen'],
    ],
    ['The quake struck near Lower Norvik, 12 km east of Dalen.', ['bearing from Dalen', 'distance from Dalen']],
    [
      'Its epicentre was near Norvik, 12 km east of Dalen, the quake being shallow.',
      ['bearing from Dalen', 'distance from Dalen'],
    ],
    [
      'The temblor struck at dawn and was centered in Norvik, 20 miles north of Dalen.',
      ['bearing from Dalen', 'distance from Dalen'],
    ],
    // a town named for another reason: its distance is the town's
    ['Crews reached the quake zone and were located in Norvik, 20 miles north of Dalen.', []],
    ['The temblor was felt in Norvik, about 20 miles north of Dalen.', []],
    ['Victims of the quake were taken to a hospital located in Norvik, 30 km north of Dalen.', []],
    ['The nuclear plant, located near Norvik, 40 km north of Dalen, was not damaged by the quake.', []],
    ['Storm waves struck near Norvik, 40 km north of Dalen, after the quake.', []],
    ['The island is about 940 miles south of Tehran, the capital.', []],
    ['The last major quake rocked Zarand, 602 miles southeast of Tehran.', []],
  ])('%j → %j', (text, expected) => {
    expect(offsets(text).sort()).toEqual(expected);
  });

  it('finds south and west of one town in conflict, south and south-southwest not', async () => {
    const { disputeCamps } = await import('../../src/compare/camps.js');
    const bearingCamps = (...texts: string[]) => {
      const { mentions, entities } = mentionsIn(texts.map((text, i) => ({ path: `${i}.txt`, text })));
      const group = align(MODEL, forAlign(mentions), entities).find((g) => g.key.attribute === 'bearing from Bireun');
      return disputeCamps(group?.facts ?? []).length;
    };
    expect(bearingCamps('The quake struck 55 km south of Bireun.', 'The quake struck 55 km west of Bireun.')).toBe(2);
    expect(
      bearingCamps('The quake struck 55 km south of Bireun.', 'The quake struck 55 km south-southwest of Bireun.'),
    ).toBe(1);
    expect(
      bearingCamps('The quake struck 55 km north of Bireun.', 'The quake struck 55 km north-northwest of Bireun.'),
    ).toBe(1);
  });
});

describe('counts in coordinated clauses', () => {
  it.each([
    ['A man suspected of shooting three people, killing one, was arrested.', 'three'],
    ['A receptionist died and two men underwent surgery for gunshot wounds.', 'two'],
    ['In February, a gunman killed five people at a mall.', 'five'],
  ])('%j: %j is no toll of the story', (text, value) => {
    const tolls = facts(text).filter((f) => f.startsWith(`${value} →`) && f.endsWith('|') && !f.includes(': '));
    expect(tolls).toEqual([]);
  });
});

describe('a year that names another event', () => {
  it.each([
    ['A 6.1-magnitude quake strikes Aceh province in a region hit by the 2004 tsunami.', '6.1-magnitude', ''],
    ['The quake rocked a region devastated by the tsunami of 2004, killing 24 people.', '24', ''],
    ['The 2004 tsunami killed 230,000 people.', '230,000', '2004'],
  ])('%j: %j is dated %j', (text, value, era) => {
    expect(
      facts(text)
        .find((f) => f.startsWith(`${value} →`))
        ?.split('|')[3],
    ).toBe(era);
  });
});

describe("a sentence going on about the previous one's event", () => {
  const story = 'A strong quake struck Lorn island on Sunday, killing 9 people and injuring 70.';
  const background = 'A strong quake struck Lorn island on Sunday, killing 9 people.';
  it('"It" after a sentence about another event is about that event', () => {
    const found = conflictMessages([
      story,
      `${background}\n\nThe last major quake to hit the region was in February.\n\nIt injured more than 1,400.`,
    ]);
    expect(found).toEqual([]);
  });

  it('"It" after a sentence about the story\'s event is about the story', () => {
    const found = conflictMessages([
      story,
      `${background}\n\nThe quake was felt across the gulf.\n\nIt injured more than 1,400.`,
    ]);
    expect(found).toHaveLength(1);
  });
});

describe('a value told of another place of the kind the story is told in', () => {
  const school = (n: number): string =>
    `Shells landed at a school in the Tolna refugee camp on Tuesday, killing 40 people and wounding ${n}.`;
  it('a toll "in the Merva camp" is not the story\'s, told "in the Tolna camp"', () => {
    const found = conflictMessages([
      school(55),
      school(55),
      'Shells landed at a school in the Tolna refugee camp on Tuesday, killing 40 people. ' +
        'Shelling of houses in the Merva refugee camp left five dead and 16 wounded.',
    ]);
    expect(found).toEqual([]);
  });

  it("the same toll at the story's own place is still compared", () => {
    const found = conflictMessages([school(55), school(55), school(16)]);
    expect(found).toHaveLength(1);
  });
});

describe('one day of events that went on for several', () => {
  it('"64 arrests over Saturday\'s marches" is a part, not the whole count', () => {
    expect(
      conflictMessages([
        "Officers made 64 arrests over Saturday's marches, police said.",
        'Shops were looted in the capital, and more than 150 people have been arrested, police said.',
      ]),
    ).toEqual([]);
  });

  it('a day\'s single event ("Sunday\'s earthquake") is the whole', () => {
    const found = conflictMessages([
      "Sunday's earthquake killed 12 people on the island, officials said.",
      'The earthquake killed 20 people on the island, officials said.',
    ]);
    expect(found).toHaveLength(1);
  });
});

describe('a value with no day of its own, in an article that tells of another day', () => {
  const walk = (day: string): string =>
    `Crowds faced the police in the harbour district on ${day} evening after a memorial.\n\n` +
    'From 7 p.m., nearly 90 people walked from the memorial to the town hall.';
  const wednesday = 'On Wednesday evening more than 200 people walked from the memorial to the town hall.';
  it('is not compared with a value its sentence puts on another day', () => {
    expect(conflictMessages([walk('Monday'), wednesday], '2013-03-14')).toEqual([]);
  });

  it('is compared when its article tells of that day', () => {
    expect(conflictMessages([walk('Wednesday'), wednesday], '2013-03-14')).toHaveLength(1);
  });
});

describe('an event word that names no event of its class (model/events.json notAfter)', () => {
  it.each([
    ['A gunman opened fire at the Dalen mill, killing two workers.', 'two → event|killed||'],
    ['The patrol came under fire near Dalen and two soldiers were wounded.', 'two → event|injured||'],
    ['Troops exchanged fire with the rebels near Dalen and two soldiers were killed.', 'two → event|killed||'],
    ['Two soldiers were killed by artillery fire near Dalen.', 'Two → event|killed||'],
    ['The patrol came under heavy fire near Dalen and two soldiers were wounded.', 'two → event|injured||'],
    ['Crews found heavy fire on the third floor of the mill and two workers were hurt.', 'two → fire|injured||'],
    ['A tank fire at the Dalen depot killed two workers.', 'two → fire|killed||'],
    ['A fire at the Dalen mill killed two workers.', 'two → fire|killed||'],
    // notBefore: a word after it makes it an institution ("the fire chief"), not a fire
    ['A gas blast hit the Dalen mill and two workers were hurt, the fire chief said.', 'two → event|injured||'],
    ['Fire crews said two workers were killed in the blast at the Dalen mill.', 'two → event|killed||'],
    ['Two workers were killed in the fire, the fire chief said.', 'Two → fire|killed||'],
  ])('%j → %j', (text, fact) => {
    expect(facts(text)).toContain(fact);
  });
});
