import { attributionConflict } from '../../src/compare/rules/attribution-conflict.js';
import { testRule } from './tester.js';

const QUOTE = '“We will rebuild every school that was damaged this week,”';

testRule(attributionConflict, {
  valid: [
    { name: 'the same speaker', articles: [`${QUOTE} said Mayor Ana Lopez.`, `${QUOTE} Ana Lopez said.`] },
    {
      name: 'a quotation too short to be told apart',
      articles: ['“We will rebuild,” said Mayor Ana Lopez.', '“We will rebuild,” said Governor Tom Reyes.'],
    },
    { name: 'an unnamed speaker', articles: [`${QUOTE} said Mayor Ana Lopez.`, `${QUOTE} an official said.`] },
    { name: 'one article', articles: [`${QUOTE} said Mayor Ana Lopez.`] },
  ],
  invalid: [
    {
      name: 'one quotation, two people',
      articles: [`${QUOTE} said Mayor Ana Lopez.`, `${QUOTE} said Governor Tom Reyes.`],
      finding: { severity: 'warning', camps: ['Ana Lopez', 'Tom Reyes'] },
    },
    {
      name: 'one quotation, two organizations',
      articles: [`${QUOTE} the Red Cross said in a statement.`, `${QUOTE} the White House said in a statement.`],
      finding: { severity: 'warning', camps: ['Red Cross', 'White House'] },
    },
    {
      name: 'a person and an organization: likely its spokesperson, plausibly both',
      articles: [`${QUOTE} said Mayor Ana Lopez.`, `${QUOTE} the White House said.`],
      finding: { severity: 'info' },
    },
    {
      name: 'two people an article names together at the quote: plausibly both',
      articles: [
        `${QUOTE} said Mayor Ana Lopez.`,
        `${QUOTE} Governor Tom Reyes said in a statement he issued with Mayor Ana Lopez.`,
      ],
      finding: { severity: 'info', camps: ['Ana Lopez', 'Tom Reyes'] },
    },
  ],
});
