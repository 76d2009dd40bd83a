/** One disagreement, one finding (src/compare/index.ts): two keys of one fact do not make two findings. */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/index.js';
import type { Rule } from '../../src/compare/rules/rule.js';
import type { Finding } from '../../src/types.js';
import { MODEL } from '../helpers/model.js';

function finding(subject: string, camps: [string, string[]][]): Finding {
  return {
    ruleId: 'quantity-conflict',
    severity: 'error',
    confidence: 0.6,
    message: `Duration of the ${subject}`,
    subject,
    attribute: 'duration',
    articlesStating: 2,
    camps: camps.map(([reading, articles]) => ({ reading, articles })),
    evidence: [],
  };
}

const twice = (findings: Finding[]): Rule => ({
  meta: { id: 'quantity-conflict', title: 't', description: 't.', defaultSeverity: 'error', docs: 'docs/rules/x.md' },
  check: () => findings,
});

const input = { groups: [], entities: [], quotes: [], articles: [] };

describe('one finding per disagreement', () => {
  it('keeps one of two findings that set the same articles against each other with the same readings', () => {
    const camps: [string, string[]][] = [
      ['4 d', ['a.txt']],
      ['8 d', ['b.txt']],
    ];
    const found = compare(MODEL, input, [twice([finding('riot', camps), finding('worst riots', camps)])]);
    expect(found.map((f) => f.subject)).toEqual(['riot']);
  });

  it('keeps both when they are about two attributes (killed, arrested) with the same numbers', () => {
    const camps: [string, string[]][] = [
      ['3', ['a.txt']],
      ['6', ['b.txt']],
    ];
    const killed = { ...finding('event', camps), attribute: 'killed' };
    const arrested = { ...finding('event', camps), attribute: 'arrested' };
    expect(compare(MODEL, input, [twice([killed, arrested])])).toHaveLength(2);
  });

  it('keeps both when the articles or the readings differ', () => {
    const found = compare(MODEL, input, [
      twice([
        finding('riot', [
          ['4 d', ['a.txt']],
          ['8 d', ['b.txt']],
        ]),
        finding('strike', [
          ['4 d', ['a.txt']],
          ['8 d', ['c.txt']],
        ]),
      ]),
    ]);
    expect(found).toHaveLength(2);
  });
});
