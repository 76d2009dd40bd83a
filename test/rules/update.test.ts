import { update } from '../../src/compare/rules/update.js';
import { testRule } from './tester.js';

const dated = (text: string, date: string) => ({ text, date });

testRule(update, {
  valid: [
    {
      name: 'a toll that fell as reports came in (a conflict)',
      articles: [
        dated('The earthquake killed 30 people, officials said.', '2024-05-01'),
        dated('The earthquake killed 12 people, officials said.', '2024-05-02'),
      ],
    },
    {
      name: 'articles without dates',
      articles: [
        'The earthquake killed 12 people, officials said.',
        'The earthquake killed 30 people, officials said.',
      ],
    },
    {
      name: 'a figure that is no toll (a duration)',
      articles: [
        dated('The phone call lasted 30 minutes.', '2024-05-01'),
        dated('The phone call lasted three hours.', '2024-05-02'),
      ],
    },
    {
      name: 'tolls that agree',
      articles: [
        dated('The earthquake killed 30 people.', '2024-05-01'),
        dated('The earthquake killed 30 people.', '2024-05-02'),
      ],
    },
  ],
  invalid: [
    {
      name: "an event's length so far that grew with the dates",
      articles: [
        dated('The capital was calm after four days of riots by students.', '2024-05-01'),
        dated('The capital was calm after eight days of riots by students.', '2024-05-05'),
      ],
      finding: { severity: 'warning' },
    },
    {
      name: 'a toll that rose with the dates',
      articles: [
        dated('The earthquake killed 12 people, officials said.', '2024-05-01'),
        dated('The earthquake killed 30 people, officials said.', '2024-05-02'),
      ],
      finding: {
        severity: 'warning',
        attribute: 'killed',
        message: 'Number killed in the earthquake rose as reports came in: 12 (2024-05-01) → 30 (2024-05-02)',
      },
    },
  ],
});
