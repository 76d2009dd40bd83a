import { roleConflict } from '../../src/compare/rules/role-conflict.js';
import { testRule } from './tester.js';

testRule(roleConflict, {
  valid: [
    {
      name: 'an acting holder of a post and the post: acting is for now, not another post',
      articles: [
        'Acting President Lena Ortiz visited the flooded valley on Monday.',
        'President Lena Ortiz visited the flooded valley on Monday.',
      ],
    },
    {
      name: 'one post at one rank, the rank before a qualifier in both',
      articles: [
        'Deputy Finance Minister Lena Ortiz visited the flooded valley on Monday.',
        'Deputy Finance Minister Lena Ortiz thanked the rescuers on Monday.',
      ],
    },
    {
      name: 'one title, with and without its country',
      articles: [
        'U.S. Secretary of State Mark Hale met the minister on Monday.',
        'Secretary of State Mark Hale met the minister on Monday.',
      ],
    },
    {
      name: 'a former role of a person who has moved on, said where they are now',
      articles: [
        'Former coach Sam Reed, now at Dover United, watched the game on Saturday.',
        'Coach Sam Reed of Dover United watched the game on Saturday.',
      ],
    },
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
      name: 'a role told at its change: "fired president" says when it ended',
      articles: [
        'A year ago the club fired president John Miller and replaced him.',
        'The deal was made by former president John Miller before he left.',
      ],
    },
    {
      name: 'a lawyer rehired: "her former lawyer" is hers again',
      articles: [
        'The actress rehired her former lawyer John Miller on Monday.',
        'The actress hired lawyer John Miller on Monday.',
        'Lawyer John Miller spoke for the actress in court.',
      ],
    },
    {
      name: 'a former role at another organization is not the role held now',
      articles: [
        'Under John Miller, the former coach of the Denver Owls, the team won twice.',
        'Coach John Miller spoke in Denver on Monday.',
      ],
    },
    {
      name: 'two posts of different groups may both be held (model/roles.json exclusive)',
      articles: ['Acme chairman Dana Pike met the mayor on Monday.', 'Acme CEO Dana Pike met the mayor on Monday.'],
    },
    {
      name: 'an article that names both posts beside the person: both are held',
      articles: [
        'Acme said CEO and COO Jane Doe would meet the mayor on Monday.',
        'Chief executive Jane Doe met the mayor on Monday.',
      ],
    },
    {
      name: 'a post held for now beside another, told after the name',
      articles: [
        'COO Priya Nair will serve as interim CEO while the board searches.',
        'Interim CEO Priya Nair met the staff on Monday.',
      ],
    },
    {
      name: 'a post still to come beside the post held now ("incoming CEO")',
      articles: [
        'Incoming CEO Dana Pike said the firm would stay in Dalen.',
        'COO Dana Pike, who joined the firm in 2015, will take over in June.',
      ],
    },
    {
      name: 'a bare title takes the organization its own article gave it',
      articles: [
        'Acme Cloud CEO Chris Lee said the talks were at an early stage.',
        'Beta Systems chief operating officer Chris Lee wrote to staff. COO Chris Lee said jobs were safe.',
      ],
    },
    {
      name: 'two posts at two organizations',
      articles: [
        'Acme Cloud CEO Jane Doe met the mayor on Monday.',
        'Orbit Group COO Jane Doe met the mayor on Monday.',
      ],
    },
    {
      name: 'a career step is no exclusive post: a role of another time is often told without "former"',
      articles: [
        'In 2019, Representative Adam Hale led the inquiry in the House.',
        'Senator Adam Hale questioned the nominee on Tuesday.',
      ],
    },
    {
      name: 'one article naming two posts of one group is its own business',
      articles: ['CEO Dana Pike, COO Dana Pike to the staff, met the mayor.', 'Rain fell.'],
    },
    {
      name: 'one article saying both',
      articles: ['Former President John Miller, President John Miller to his friends, spoke.', 'Rain fell.'],
    },
  ],
  invalid: [
    {
      name: 'one post at two ranks, the rank before a qualifier ("Deputy Finance Minister")',
      articles: [
        'Deputy Finance Minister Lena Ortiz visited the flooded valley on Monday.',
        'Finance Minister Lena Ortiz visited the flooded valley on Monday.',
      ],
      finding: {
        severity: 'warning',
        message: 'Post of Lena Ortiz: 1 article says deputy minister; 1 article says minister',
      },
    },
    {
      name: 'an article that gives the title both ways is counted once, in a camp of its own',
      articles: [
        'President Joe Biden opened the session. Later, former President Joe Biden left the hall.',
        'President Joe Biden opened the session on Monday.',
      ],
      finding: { severity: 'warning', camps: ['president (now)', 'both president (now) and former president'] },
    },
    {
      name: 'one post at two ranks at once',
      articles: [
        'Deputy minister Lena Ortiz visited the flooded valley on Monday.',
        'Minister Lena Ortiz visited the flooded valley on Monday.',
      ],
      finding: {
        severity: 'warning',
        message: 'Post of Lena Ortiz: 1 article says deputy minister; 1 article says minister',
      },
    },
    {
      name: 'two posts one person does not hold at once (model/roles.json exclusive)',
      articles: [
        'Acme owner Sam Hart and CEO Dana Pike flew to Texas on Thursday.',
        'Acme owner Sam Hart and COO Dana Pike met the mayor in Texas on Thursday.',
      ],
      finding: {
        severity: 'warning',
        message: 'Post of Dana Pike: 1 article says chief executive; 1 article says chief operating officer',
      },
    },
    {
      name: "another person's title beside the name does not make it the person's",
      articles: [
        'Orbis CEO Tom Reyes and COO Dana Pike announced the deal in Dalen on Monday.',
        'Orbis chief executive Dana Pike said on Monday the company had agreed to the deal.',
      ],
      finding: {
        severity: 'warning',
        message: 'Post of Dana Pike: 1 article says chief executive; 1 article says chief operating officer',
      },
    },
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
