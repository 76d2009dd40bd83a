/** Claim frames (src/align/claims.ts): who took which side on which proposal, read from made-up sentences. */
import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../src/align/claims.js';
import { tokenizeArticle } from '../../src/text/tokens.js';
import { MODEL } from '../helpers/model.js';
import { mentionsIn } from '../helpers/pipeline.js';

/** Each claim of one article as "holder stance[ hedged] qualifiers kind". */
function claims(text: string): string[] {
  const { mentions, entities } = mentionsIn([{ path: 'a.txt', text }]);
  const article = tokenizeArticle(mentions[0]!.parsed);
  const names = entities.flatMap((e) => e.mentions.map((m) => m.mention)).sort((a, b) => a.start - b.start);
  return claimsOf(MODEL, article, names).map((c) =>
    [c.holder.text, c.stance + (c.hedged ? ' hedged' : ''), ...c.proposal.qualifiers, c.proposal.kind].join(' '),
  );
}

describe('claimsOf', () => {
  it.each([
    ['Norway accepted the 30-day truce after the talks.', ['Norway support 30-day ceasefire']],
    ['Norway did not commit to the 30-day truce.', ['Norway undecided 30-day ceasefire']],
    ['Norway has not said whether it accepts the 30-day truce.', ['Norway undecided 30-day ceasefire']],
    ['Senator Ada Brill expressed cautious support for the farm bill.', ['Ada Brill support hedged farm bill']],
    ['The board of Halden Steel Corp. rejected the merger.', ['Halden Steel Corp oppose merger']],
    ['Mara Quint did not reject the merger.', []], // a denied opposition takes no side we can name
    ['Mara Quint rejected the claims.', []], // no proposal
    // the holder follows "by"; a denial in the clause before is not its own
    [
      'Norway has not said whether it accepts the 30-day truce backed by Sweden.',
      ['Norway undecided 30-day ceasefire', 'Sweden support 30-day ceasefire'],
    ],
    // a relative clause: the proposal before its holder
    ['Talks stalled over the 30-day truce Norway had already accepted.', ['Norway support 30-day ceasefire']],
    // a reference: the proposal it is for, or the last one named before
    ['Mara Quint backed the proposal for a 48-hour strike.', ['Mara Quint support 48-hour strike']],
    ['The union called a 48-hour strike. Mara Quint accepted the plan.', ['Mara Quint support 48-hour strike']],
    // a truce on energy plants is another truce than a 30-day one
    ['Norway did not commit to a truce on attacks on energy plants.', ['Norway undecided energy plants ceasefire']],
    // the possessive right before a stance noun holds it; a possessive elsewhere holds nothing
    ["Nobody doubted Norway's support for the 30-day truce.", ['Norway support 30-day ceasefire']],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});
