import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { captureIo } from './helpers/io.js';
import { MODEL } from './helpers/model.js';

describe('factdiff facts', () => {
  it('lists every quantity of seed 003 with its reading and what it is tied to', async () => {
    const io = captureIo();
    expect(await main(['facts', 'fixtures/seeds/003_322494230f4a479f.txt', '-f', 'json'], io)).toBe(0);
    const report = JSON.parse(io.out);
    expect(
      report.mentions.map((m: { text: string; hedge: string; fact: unknown }) => [m.text, m.hedge, m.fact]),
    ).toEqual([
      ['nearly 90 minutes', 'nearly', { subject: 'call', attribute: 'duration', label: 'duration of the call' }],
      ['30 days', 'exact', { subject: 'ceasefire', attribute: 'duration', label: 'duration of the ceasefire' }],
    ]);
    expect(report.mentions[0]).toMatchObject({
      amount: 90,
      statedUnit: 'minutes',
      unitKey: 'minute',
      low: 4860,
      high: 5400,
      unit: 's',
    });
  });

  it('writes one mention a line with --format ndjson', async () => {
    const io = captureIo();
    await main(['facts', 'fixtures/seeds/004_bff241c1b6aff0a8.txt', '--format', 'ndjson'], io);
    const lines = io.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThan(5);
    expect(lines.find((m) => m.text === 'over two hours')).toMatchObject({
      hedge: 'more-than',
      low: 7200,
      high: null,
      lowInclusive: false,
    });
  });

  it('reads an NDJSON batch on stdin, with dates', async () => {
    const stdin = [
      JSON.stringify({ id: 'a', text: 'The call lasted nearly 90 minutes.', date: '2025-03-18' }),
      '',
      JSON.stringify({ id: 'b', text: 'The call lasted more than two hours.' }),
    ].join('\n');
    const io = captureIo({ readStdin: async () => stdin });
    expect(await main(['facts', '--stdin-format', 'ndjson', '--date', '2025-03-19', '-f', 'json'], io)).toBe(0);
    const report = JSON.parse(io.out);
    expect(report.articles.map((a: { path: string; date: string }) => [a.path, a.date])).toEqual([
      ['a', '2025-03-18'],
      ['b', '2025-03-19'],
    ]);
    expect(report.mentions.map((m: { path: string; text: string }) => [m.path, m.text])).toEqual([
      ['a', 'nearly 90 minutes'],
      ['b', 'more than two hours'],
    ]);
  });

  it.each([
    ['{"id": "a"}', 'cannot read stdin line 1: "text" must be a string'],
    ['{"id":"a","text":"x"}\n{"id":"a","text":"y"}', 'cannot read stdin line 2: duplicate id "a"'],
    ['not json', 'cannot read stdin line 1: not valid JSON'],
    ['{"id":"","text":"x"}', 'cannot read stdin line 1: "id" must not be empty'],
    ['', 'no articles on stdin'],
  ])('rejects bad NDJSON %j with one line and exit 2', async (stdin, message) => {
    const io = captureIo({ readStdin: async () => stdin });
    expect(await main(['facts', '--stdin-format', 'ndjson'], io)).toBe(2);
    expect(io.err.startsWith(`factdiff: error: ${message}`)).toBe(true);
    expect(io.err.split('\n')).toHaveLength(2);
  });

  it('checks the good lines of an NDJSON batch and lists every bad one as skipped, with exit 2', async () => {
    const stdin = [
      JSON.stringify({ id: 'a', text: 'The call lasted nearly 90 minutes.' }),
      'not json',
      JSON.stringify({ id: 'b', text: 'The call lasted more than two hours.' }),
      JSON.stringify({ id: 7 }),
    ].join('\n');
    const io = captureIo({ readStdin: async () => stdin });
    expect(await main(['--stdin-format', 'ndjson', '-f', 'json'], io)).toBe(2);
    const report = JSON.parse(io.out);
    expect(report.findings).toHaveLength(1);
    expect(report.articles.map((a: { path: string; status: string }) => [a.path, a.status])).toEqual([
      ['a', 'checked'],
      ['b', 'checked'],
      ['stdin line 2', 'skipped'],
      ['stdin line 4', 'skipped'],
    ]);
    expect(io.err.trim().split('\n')).toEqual([
      'factdiff: error: cannot read stdin line 2: not valid JSON',
      'factdiff: error: cannot read stdin line 4: "text" must be a string',
    ]);
  });

  it('checks an NDJSON batch too, and one article from stdin with -', async () => {
    const stdin = [
      JSON.stringify({ id: 'a', text: 'The call lasted nearly 90 minutes.' }),
      JSON.stringify({ id: 'b', text: 'The call lasted more than two hours.' }),
    ].join('\n');
    const io = captureIo({ readStdin: async () => stdin });
    expect(await main(['--stdin-format', 'ndjson', '-f', 'json'], io)).toBe(1);
    expect(JSON.parse(io.out).findings[0].camps.map((c: { articles: string[] }) => c.articles)).toEqual([['a'], ['b']]);

    const single = captureIo({ readStdin: async () => 'The call lasted more than two hours.' });
    expect(
      await main(
        ['fixtures/seeds/003_322494230f4a479f.txt', '-', '--stdin-filename', 'wire.txt', '-f', 'json'],
        single,
      ),
    ).toBe(1);
    expect(JSON.parse(single.out).articles.map((a: { path: string }) => a.path)).toEqual([
      'fixtures/seeds/003_322494230f4a479f.txt',
      'wire.txt',
    ]);
  });

  it('reads the publication date from a Date: line', async () => {
    const io = captureIo({ readStdin: async () => 'Date: March 18, 2025\n\nThe call lasted two hours.' });
    await main(['facts', '-', '-f', 'json'], io);
    expect(JSON.parse(io.out).articles[0]).toMatchObject({ path: '<stdin>', date: '2025-03-18' });
  });

  it('--stdin-format text with no paths reads the one article on stdin', async () => {
    const io = captureIo({ readStdin: async () => 'The call lasted two hours.' });
    expect(await main(['facts', '--stdin-format', 'text', '--stdin-filename', 'wire.txt', '-f', 'json'], io)).toBe(0);
    expect(JSON.parse(io.out).mentions.map((m: { path: string; text: string }) => [m.path, m.text])).toEqual([
      ['wire.txt', 'two hours'],
    ]);
  });
});

describe('publication dates from datelines', () => {
  it.each([
    ['Quake hits Aceh\n\nTue Jul 02 2013, 14:58 hrs\n\nA strong quake struck.', '2013-07-02'],
    ['Monday, July 22, 2013\nText.', '2013-07-22'],
    ['Thu, 10 Nov 2011 02:45 PM\nText.', '2011-11-10'],
    ['Posted August 2nd, 2013 at 5:19 pm\nText.', '2013-08-02'],
    [
      'W. Mark Felt, who remained anonymous since the 1972 Watergate scandal of June 17, 1972, ' +
        'and much more besides, has died.',
      undefined,
    ],
  ])('%j → %s', async (text, date) => {
    const { publicationDate } = await import('../src/ingest/date.js');
    expect(publicationDate(MODEL, text)).toBe(date);
  });
});

describe('factdiff facts and check', () => {
  it("ties every value as check does: each value a finding quotes is tied, and to that finding's fact", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'factdiff-ties-'));
    const story = (age: number, killed: number, other: string) =>
      `Worker held in Dellmore\n\nA worker shot ${killed} people at the Dellmore plant on Monday, police said.\n\n` +
      `Marla Quint, ${age}, is charged with murder. ${other}`;
    writeFileSync(path.join(dir, 'a.txt'), story(43, 2, 'The plant employs 300 people.'));
    writeFileSync(path.join(dir, 'b.txt'), story(45, 3, 'The plant opened in 1990.'));
    const [check, facts] = [captureIo(), captureIo()];
    await main([dir, '-f', 'json', '--no-config'], check);
    await main(['facts', dir, '-f', 'json', '--no-config'], facts);
    type Tie = { path: string; start: number; text: string; fact: { subject: string; attribute: string } | null };
    const ties: Tie[] = JSON.parse(facts.out).mentions;
    const findings = JSON.parse(check.out).findings as {
      subject: string;
      attribute: string;
      evidence: { path: string; start: number }[];
    }[];
    // the appositive age is tied to its person, as check reads it (it had been left untied by `facts`)
    expect(ties.filter((t) => t.text === '43' || t.text === '45').map((t) => t.fact?.subject)).toEqual([
      'Marla Quint',
      'Marla Quint',
    ]);
    expect(findings.length).toBeGreaterThan(1);
    for (const f of findings)
      for (const e of f.evidence) {
        const tie = ties.find((t) => t.path === e.path && t.start === e.start);
        expect(tie?.fact).toMatchObject({ subject: f.subject, attribute: f.attribute });
      }
    rmSync(dir, { recursive: true, force: true });
  });

  it('ties the same way whatever the order of the articles, and with --group none', async () => {
    const lines = [
      { id: 'a', date: '2025-03-18', text: 'Marla Quint, 43, was held. The blast killed 12 people in Dellmore.' },
      { id: 'b', date: '2025-03-18', text: 'Marla Quint, 45, was held. The blast killed 14 people in Dellmore.' },
      { id: 'c', date: '2025-03-18', text: 'The Varn river rose 2 metres at Pellby on Monday.' },
    ].map((l) => JSON.stringify(l));
    const factsOf = async (stdin: string, ...flags: string[]) => {
      const io = captureIo({ readStdin: async () => stdin });
      expect(await main(['facts', '--stdin-format', 'ndjson', '-f', 'json', ...flags], io)).toBe(0);
      return JSON.parse(io.out).mentions.map((m: { path: string; text: string; fact: unknown }) => [
        m.path,
        m.text,
        m.fact,
      ]);
    };
    const forward = await factsOf(lines.join('\n'));
    expect(await factsOf([...lines].reverse().join('\n'))).toEqual(forward);
    expect(forward.filter(([, text]: [string, string]) => text === '43' || text === '45')).toHaveLength(2);
    expect(await factsOf(lines.join('\n'), '--group', 'none')).toEqual(forward);
  });
});
