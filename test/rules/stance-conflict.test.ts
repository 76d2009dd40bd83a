import { stanceConflict } from '../../src/compare/rules/stance-conflict.js';
import { testRule } from './tester.js';

testRule(stanceConflict, {
  valid: [
    {
      name: 'two articles tell one side in other words',
      articles: [
        'The board of Halden Steel Corp. backed the merger with Corvo Metals on Monday.',
        'Halden Steel Corp. approved the merger with Corvo Metals, its chairman said.',
      ],
    },
    {
      name: 'different holders take different sides',
      articles: ['Mara Quint accepted the new contract on Friday.', 'Ada Brill rejected the new contract on Friday.'],
    },
    {
      name: 'one holder, two different proposals (a 30-day truce and an energy truce)',
      articles: [
        'Norway accepted the 30-day truce after the talks.',
        'Norway did not commit to a truce on attacks on energy plants after the talks.',
      ],
    },
    {
      name: 'a stance on something that is no proposal',
      articles: ['Mara Quint rejected the claims on Monday.', 'Mara Quint accepted the claims on Monday.'],
    },
    {
      name: 'a passive holder keeps the side its own words give',
      articles: [
        'Norway has not said whether it accepts the 30-day truce backed by Sweden.',
        'Sweden accepted the 30-day truce on Sunday.',
      ],
    },
  ],
  invalid: [
    {
      name: 'backed against rejected',
      articles: [
        'The board of Halden Steel Corp. backed the merger with Corvo Metals on Monday.',
        'The board of Halden Steel Corp. rejected the merger with Corvo Metals on Monday.',
      ],
      finding: {
        severity: 'warning',
        message: 'Stance of Halden Steel Corp on the merger: 1 article says supported it; 1 article says opposed it',
      },
    },
    {
      name: 'accepted against did not commit, the proposal named by a reference',
      articles: [
        'The union put forward a proposal for a 48-hour strike. Its leader Mara Quint accepted the plan on Friday.',
        'Mara Quint did not commit to the 48-hour strike, the union said.',
      ],
      finding: { severity: 'warning', camps: ['supported it', 'took no side'] },
    },
    {
      name: 'a hedged side against no side is a note',
      articles: [
        'Senator Ada Brill expressed cautious support for the farm bill on Tuesday.',
        'Senator Ada Brill has not indicated whether she supports the farm bill.',
      ],
      finding: { severity: 'info', camps: ['supported it (hedged)', 'took no side'] },
    },
    {
      name: 'a holder in a relative clause',
      articles: [
        'The talks stalled over the 30-day truce Norway had already accepted.',
        'Norway refused the 30-day truce on Sunday.',
      ],
      finding: { severity: 'warning', subject: 'Norway', attribute: 'stance on the 30-day ceasefire' },
    },
  ],
});
