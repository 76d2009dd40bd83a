import { singleSource } from '../../src/compare/rules/single-source.js';
import { describe, expect, it } from 'vitest';
import { findingsOf, testRule } from './tester.js';

testRule(singleSource, {
  valid: [
    {
      name: 'without --show-single',
      articles: ['The phone call lasted two hours, aides said.', 'The leaders spoke by phone on Tuesday.'],
    },
    {
      name: 'a fact two articles state',
      articles: ['The phone call lasted two hours, aides said.', 'The phone call lasted two hours, officials said.'],
      showSingle: true,
    },
    {
      name: 'a value another article states, tied there to another subject or to nothing',
      articles: [
        'Mara Quint, 33, checked into a clinic in Oslo on Monday, her agent said.',
        'The 33-year-old singer entered the clinic on Monday.',
      ],
      showSingle: true,
    },
    {
      name: 'a count another article states of the same thing in other words',
      articles: [
        'Police arrested 14 protesters near the plant on Monday.',
        'By Tuesday morning 14 protesters were still held at the station.',
      ],
      showSingle: true,
    },
    { name: 'a batch of one article', articles: ['The phone call lasted two hours, aides said.'], showSingle: true },
  ],
  invalid: [
    {
      name: 'a fact one article of two states',
      articles: ['The phone call lasted two hours, aides said.', 'The leaders spoke by phone on Tuesday.'],
      showSingle: true,
      finding: { severity: 'info', subject: 'call', attribute: 'duration', camps: ['2 h (1.8–2.2)'] },
    },
    {
      name: 'a count of one thing against the same number of another thing',
      articles: [
        'Police arrested 14 protesters near the plant on Monday.',
        'The plant employs 14 engineers, the company said.',
      ],
      showSingle: true,
      finding: { severity: 'info', camps: ['14'] },
    },
  ],
});

describe('single-source across currencies', () => {
  it('a sum is not told elsewhere by the same number in another currency', () => {
    const found = findingsOf(singleSource, {
      name: 'two currencies',
      articles: [
        'Thieves stole jewels worth $14 million from the store on Monday.',
        'The store took in ¥14 million last year, its owner said.',
      ],
      showSingle: true,
    });
    expect(found.map((f) => f.camps[0]?.reading).sort()).toEqual(['JPY 14 million', 'USD 14 million']);
  });
});
