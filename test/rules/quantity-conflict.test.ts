import { quantityConflict } from '../../src/compare/rules/quantity-conflict.js';
import { testRule } from './tester.js';

testRule(quantityConflict, {
  valid: [
    {
      name: 'a hedge that reaches the other value',
      articles: ['About 100 people were killed in the earthquake.', 'The earthquake killed 104 people.'],
    },
    {
      name: 'an open bound the other value lies in',
      articles: ['The earthquake killed more than 30 people.', 'The earthquake killed 40 people.'],
    },
    {
      name: 'a vague amount that fits',
      articles: ['The earthquake killed dozens of people.', 'The earthquake killed 40 people.'],
    },
    {
      name: 'one article against itself',
      articles: [
        'The earthquake killed 40 people. Later the earthquake killed 25 people, officials said.',
        'Rain fell.',
      ],
    },
    {
      name: 'a toll that rose with the dates (an update)',
      articles: [
        { text: 'The earthquake killed 12 people, officials said.', date: '2024-05-01' },
        { text: 'The earthquake killed 30 people, officials said.', date: '2024-05-02' },
      ],
    },
  ],
  invalid: [
    {
      name: 'two tolls that cannot both be true',
      articles: [
        'The earthquake killed 40 people, officials said.',
        'The earthquake killed 25 people, officials said.',
      ],
      finding: { severity: 'error', subject: 'earthquake', attribute: 'killed', camps: ['25', '40 (36–44)'] },
    },
    {
      name: 'durations in different units and hedges',
      articles: ['The phone call lasted more than two hours.', 'The phone call lasted nearly 90 minutes.'],
      finding: {
        severity: 'error',
        subject: 'call',
        attribute: 'duration',
        camps: ['about 81–90 min', 'more than 120 min'],
      },
    },
    {
      name: 'a narrow gap is a warning',
      articles: ['The earthquake killed 120 people.', 'The earthquake killed 126 people.'],
      finding: { severity: 'warning' },
    },
    {
      name: 'a vague side far from the other is a note',
      articles: ['The earthquake killed dozens of people.', 'The earthquake killed 300 people.'],
      finding: { severity: 'info' },
    },
    {
      name: 'a lower toll published later is no update',
      articles: [
        { text: 'The earthquake killed 30 people, officials said.', date: '2024-05-01' },
        { text: 'The earthquake killed 12 people, officials said.', date: '2024-05-02' },
      ],
      finding: { severity: 'error' },
    },
  ],
});
