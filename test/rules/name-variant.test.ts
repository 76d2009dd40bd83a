import { nameVariant } from '../../src/compare/rules/name-variant.js';
import { testRule } from './tester.js';

testRule(nameVariant, {
  valid: [
    {
      name: 'one spelling everywhere',
      articles: [
        'Lars Peterson, the coach, said the team would win.',
        'Lars Peterson, the coach, said the team would win.',
      ],
    },
    {
      name: 'a surname standing for the full name',
      articles: ['Lars Peterson, the coach, said the team would win.', 'Coach Peterson said the team would win.'],
    },
    { name: 'different people', articles: ['Lars Peterson spoke on Monday.', 'Anna Kowalska spoke on Monday.'] },
  ],
  invalid: [
    {
      name: 'an organization of two words spelled two ways',
      articles: [
        'Shares of Kessler Holdings fell on Monday after the report.',
        'Shares of Kesler Holdings fell on Monday after the report.',
      ],
      finding: { severity: 'info', message: 'Kessler Holdings is also written Kesler Holdings (spelling variant)' },
    },
    {
      name: 'a doubled letter',
      articles: [
        'Lars Petterson, the coach, said the team would win.',
        'Lars Peterson, the coach, said the team would win.',
      ],
      finding: { severity: 'info', message: 'Lars Peterson is also written Lars Petterson (spelling variant)' },
    },
  ],
});
