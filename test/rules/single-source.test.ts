import { singleSource } from '../../src/compare/rules/single-source.js';
import { testRule } from './tester.js';

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
    { name: 'a batch of one article', articles: ['The phone call lasted two hours, aides said.'], showSingle: true },
  ],
  invalid: [
    {
      name: 'a fact one article of two states',
      articles: ['The phone call lasted two hours, aides said.', 'The leaders spoke by phone on Tuesday.'],
      showSingle: true,
      finding: { severity: 'info', subject: 'call', attribute: 'duration', camps: ['2 h (1.8–2.2)'] },
    },
  ],
});
