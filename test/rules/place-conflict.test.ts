import { placeConflict } from '../../src/compare/rules/place-conflict.js';
import { testRule } from './tester.js';

testRule(placeConflict, {
  valid: [
    {
      name: 'a place that contains the other',
      articles: ['The talks were held in Jeddah on Monday.', 'The talks were held in Saudi Arabia on Monday.'],
    },
    {
      name: 'where the event was felt',
      articles: [
        'The earthquake struck near Padang. The earthquake was felt in Singapore.',
        'The earthquake struck near Padang on Monday.',
      ],
    },
    {
      name: 'the same place',
      articles: ['The talks were held in Jeddah on Monday.', 'The talks were held in Jeddah on Tuesday.'],
    },
  ],
  invalid: [
    {
      name: 'two cities of one country',
      articles: ['The talks were held in Jeddah on Monday.', 'The talks were held in Riyadh on Monday.'],
      finding: { severity: 'warning', subject: 'negotiations', attribute: 'place', camps: ['Jeddah', 'Riyadh'] },
    },
  ],
});
