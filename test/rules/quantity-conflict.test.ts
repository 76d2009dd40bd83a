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
      name: 'two lower bounds close together',
      articles: ['At least 40 people were injured in the crash.', 'At least 43 people were injured in the crash.'],
    },
    {
      name: 'a small lower bound and a count just above it',
      articles: ['Crews used at least two ladder trucks at the fire.', 'Crews used three ladder trucks at the fire.'],
    },
    {
      name: 'two large lower bounds close together',
      articles: ['The storm killed more than 12,000 people.', 'The storm killed more than 14,000 people.'],
    },
    {
      name: 'a large round count and a near one',
      articles: ['The storm killed 400 people.', 'The storm killed 410 people.'],
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
      name: 'none hurt against a count of the hurt',
      articles: [
        'No one was hurt in the blaze at the Dalen mill.',
        'At least 9 were injured in the blaze at the Dalen mill.',
      ],
      finding: { severity: 'error', subject: 'fire', attribute: 'injured', camps: ['0', 'at least 9'] },
    },
    {
      name: 'two tolls that cannot both be true',
      articles: [
        'The earthquake killed 40 people, officials said.',
        'The earthquake killed 25 people, officials said.',
      ],
      finding: { severity: 'error', subject: 'earthquake', attribute: 'killed', camps: ['25', '40'] },
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
      name: 'lower bounds far apart: the figures differ',
      articles: ['At least 30 people were injured in the crash.', 'At least 95 people were injured in the crash.'],
      finding: {
        severity: 'warning',
        message:
          'Number injured in the event: the figures differ: 1 article says at least 30; 1 article says at least 95',
      },
    },
    {
      name: 'a small count is exact (40 against 41)',
      articles: ['The crash injured 40 people.', 'The crash injured 41 people.'],
      finding: { severity: 'warning', camps: ['40', '41'] },
    },
    {
      name: 'a narrow gap is a warning',
      articles: ['The earthquake killed 120 people.', 'The earthquake killed 126 people.'],
      finding: { severity: 'warning' },
    },
    {
      name: 'the length so far of an event in undated articles is a note: they may tell it on two days',
      articles: [
        'The capital was calm after four days of riots by students.',
        'The capital was calm after eight days of riots by students.',
      ],
      finding: { severity: 'info' },
    },
    {
      name: 'a length told whole is no tally: "the strike lasted three weeks" against "five weeks"',
      articles: [
        'The dock strike lasted three weeks, the union said.',
        'The dock strike lasted five weeks, the union said.',
      ],
      finding: { severity: 'error' },
    },
    {
      name: 'a tally in decades from undated articles is a note too',
      articles: [
        'The valley was rebuilt after two decades of war between the clans.',
        'The valley was rebuilt after three decades of war between the clans.',
      ],
      finding: { severity: 'info' },
    },
    {
      name: 'a term in days or years is no length so far: an eight-year deal against a seven-year one',
      articles: [
        'The club made an eight-year offer to the pitcher.',
        'The club made a seven-year offer to the pitcher.',
      ],
      finding: { severity: 'warning' },
    },
    {
      name: 'a vague side far from the other is a note',
      articles: ['The earthquake killed dozens of people.', 'The earthquake killed 300 people.'],
      finding: { severity: 'info' },
    },
    {
      name: 'a title names what is counted: "number of countries", not "number countries"',
      articles: [
        'The tsunami struck coasts in 13 countries, officials said.',
        'The tsunami struck coasts in 14 countries, officials said.',
      ],
      finding: { message: 'Number of countries in the tsunami: 1 article says 13; 1 article says 14' },
    },
    {
      name: 'a sum owned by a named party: the owner, not the currency, in the title',
      articles: [
        'The Hawks offered guard Sam Ortiz a contract worth $40 million on Friday.',
        'The Hawks offered guard Sam Ortiz a contract worth $55 million on Friday.',
      ],
      finding: {
        message: 'Amount of the deal (Sam Ortiz): 1 article says USD 40 million; 1 article says USD 55 million',
      },
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
