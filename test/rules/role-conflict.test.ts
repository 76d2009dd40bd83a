import { roleConflict } from '../../src/compare/rules/role-conflict.js';
import { testRule } from './tester.js';

testRule(roleConflict, {
  valid: [
    {
      name: 'the same role in both',
      articles: [
        'President John Miller spoke in Denver on Monday.',
        'President John Miller spoke in Denver on Monday.',
      ],
    },
    {
      name: '"former" inside a quotation is not the article’s own word',
      articles: [
        '“Former President John Miller was wrong,” a protester said. President John Miller spoke in Denver.',
        'President John Miller spoke in Denver on Monday.',
      ],
    },
    {
      name: 'one article saying both',
      articles: ['Former President John Miller, President John Miller to his friends, spoke.', 'Rain fell.'],
    },
  ],
  invalid: [
    {
      name: 'former in one article, current in the other',
      articles: [
        'Former President John Miller spoke in Denver on Monday.',
        'President John Miller spoke in Denver on Monday.',
      ],
      finding: {
        severity: 'warning',
        subject: 'John Miller',
        attribute: 'president',
        camps: ['president (now)', 'former president'],
      },
    },
  ],
});
