import { describe, expect, it } from 'vitest';
import { mentionsOfOne } from '../helpers/pipeline.js';

/** The counts of none read in one article (tagged, as the CLI reads it): "text → cue" each. */
function nones(text: string): string[] {
  return mentionsOfOne({ path: 'a.txt', text })
    .mentions.filter((m) => m.value.dimension === 'count' && m.value.amount === 0)
    .map((m) => `${m.text} → ${m.verb}`);
}

describe('a count of none (src/extract/none.ts)', () => {
  it.each([
    ['No one was hurt in the blast.', 'No one → hurt'],
    ['Nobody was said to be hurt at the Dalen mill.', 'Nobody → hurt'],
    ['No-one appears to have been injured so far.', 'No-one → injured'],
    ['There were no injuries, police said.', 'no → injuries'],
    ['No injuries were reported.', 'No → injuries'],
    ['Nobody died.', 'Nobody → died'],
    ['No one died, police said.', 'No one → died'],
    ['So far no one has been arrested.', 'no one → arrested'],
    ['No one was hurt in the fire on Friday night.', 'No one → hurt'],
    // a cue before a pronoun that ends its clause
    ['The blast hurt no one.', 'no one → hurt'],
    ['The fire injured nobody, officials said.', 'nobody → injured'],
    ['Police arrested no one.', 'no one → arrested'],
  ])('%j → %j', (text, found) => {
    expect(nones(text)).toEqual([found]);
  });

  it.each([
    // a second cue joined by "or" is a count of none too, read at the "or"
    ['Nobody was killed or injured in the blast.', ['Nobody → killed', 'or → injured']],
    ['There were no deaths or injuries.', ['no → deaths', 'or → injuries']],
    ['No one was killed or wounded, but two were arrested.', ['No one → killed', 'or → wounded']],
    // a scope after the second cue is the first's too
    ['Nobody was killed or injured on the deck.', []],
    // the sentence counts the second cue's kind elsewhere: neither is read
    ['Nobody was hurt or killed, but three people were injured.', []],
    // a count of the same kind elsewhere, right after the none's words: neither cue of it is read there
    ['Nobody was killed or injured, but two guards were hurt, the city said.', ['Nobody → killed']],
    ['No one was injured, but three firefighters were hurt.', []],
    ['The first blast injured no one, but a second blast injured 14 people.', []],
    // a person's act or claim
    ['The defendant insisted he had killed no one.', []],
    ['She said they hurt no one.', []],
    ['His lawyer said his client was confused and meant to hurt no one.', []],
    ['The protesters had planned to hurt no one.', []],
    // no cue, or a clause that goes on after the pronoun
    ['He told no one.', []],
    ['The storm killed no one else.', []],
    ['The fire killed no one in the house.', []],
  ])('%j → %j', (text, found) => {
    expect(nones(text)).toEqual(found);
  });

  it.each([
    'He had no comment on the blast.',
    'No one answered the door.',
    'No one knows how many were hurt.',
    'There was no word on injuries.',
    // a part, not the event
    'No one was hurt on the ground.',
    'No one inside the house was hurt.',
    'No injuries to firefighters were reported.',
    'The driver had no injuries.',
    'No one was hurt in the house, but two neighbours were injured.',
    // a question, a purpose, a condition, a hedge
    'Was no one hurt in the fire? Officials have not said.',
    'Crews cleared the block to make sure no one was hurt in the fire.',
    'If no one is hurt, the drill will be repeated.',
    'Almost no one was hurt.',
    // no toll: a description, a toll's name, a participle before a noun
    'No one killed in the fire was named.',
    'No death toll was released.',
    'No injured workers were taken to hospital.',
  ])('reads no count of none in %j', (text) => {
    expect(nones(text)).toEqual([]);
  });
});
