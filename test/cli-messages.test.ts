/** What the command line says when asked for something it cannot do, and what summaries leave out. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { captureIo } from './helpers/io.js';

async function run(args: string[], stdin = '') {
  const io = captureIo({ readStdin: async () => stdin });
  const code = await main(args, io);
  return { code, out: io.out, err: io.err };
}

describe('usage errors: one line, exit 2', () => {
  it.each([
    [['fixtures/seeds', '--date', '2025-02-30'], 'factdiff: error: --date is not a date: 2025-02-30'],
    [['fixtures/seeds', '--date', '2025-13-45'], 'factdiff: error: --date is not a date: 2025-13-45'],
    [
      ['fixtures/seeds', '--config', 'x.json', '--no-config'],
      'factdiff: error: --config and --no-config ask for opposite things: give one of them',
    ],
    [
      ['fixtures/seeds', '--no-config', '--config=x.json'],
      'factdiff: error: --config and --no-config ask for opposite things: give one of them',
    ],
    [
      ['fixtures/seeds', '--stdin-filename', 'a.txt'],
      'factdiff: error: --stdin-filename names the article read from stdin: ' +
        "give '-' as a path (or --stdin-format text) to read it",
    ],
    [['--files-from', 'fixtures'], 'factdiff: error: cannot read --files-from fixtures: is a directory'],
    [['--files-from', 'no-such-list.txt'], 'factdiff: error: cannot read --files-from no-such-list.txt: no such file'],
  ])('%j', async (args, line) => {
    const { code, out, err } = await run(args);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(`${line}\n`);
  });

  it('takes a real day, in any form it can read', async () => {
    const { code } = await run(
      ['facts', '-', '--date', '2024-02-29', '-f', 'json'],
      'The call lasted two hours on Tuesday.',
    );
    expect(code).toBe(0);
  });
});

describe('summaries say what they leave out', () => {
  const binary = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'factdiff-bin-'));
    writeFileSync(path.join(dir, 'blob.txt'), Buffer.from([0x61, 0, 0x62]));
    return dir;
  };

  it('names files that could not be read, and shows no tick for them', async () => {
    const dir = binary();
    const { code, out } = await run([dir, '--no-color']);
    expect(code).toBe(2);
    expect(out).toMatch(
      new RegExp(
        String.raw`^skipped .*blob\.txt: binary file \(NUL bytes in the first 8 KB\)\n` +
          String.raw`⚠ no discrepancies found in 0 articles; 1 file not read\n$`,
      ),
    );
    const md = await run([dir, '-f', 'markdown']);
    expect(md.out).toContain('## factdiff: no discrepancies found in 0 articles; 1 file not read');
    expect(md.out).toMatch(/\*\*Not read:\*\*\n\n- `.*blob\.txt`: binary file/);
  });

  it('--quiet says how many findings it hid, and no tick when it hid any', async () => {
    const quiet = await run(['fixtures/seeds', '--quiet', '--no-color']);
    expect(quiet.out).toMatch(/✖ 1 finding \(1 error, 0 warnings, 0 info\) in 5 articles; 4 hidden by --quiet\n$/);
    const json = await run(['fixtures/seeds', '--quiet', '-f', 'json']);
    expect(JSON.parse(json.out).summary).toMatchObject({ findings: 1, errors: 1, hidden: 4 });
    // with no error left, the line says so rather than "no discrepancies"
    const dir = mkdtempSync(path.join(tmpdir(), 'factdiff-quiet-'));
    writeFileSync(path.join(dir, 'factdiff.config.json'), JSON.stringify({ rules: { 'quantity-conflict': 'off' } }));
    const io = captureIo({ cwd: dir });
    const code = await main([path.resolve('fixtures/seeds'), '--quiet', '--no-color', '--fail-on', 'warning'], io);
    expect(code).toBe(1);
    expect(io.out).toBe('ℹ no errors in 5 articles; 4 hidden by --quiet\n');
  });
});

describe('--min-confidence', () => {
  it('says how many findings it left out, in the summary line and the JSON', async () => {
    const all = await run(['fixtures/seeds', '-f', 'json']);
    const sure = await run(['fixtures/seeds', '-f', 'json', '--min-confidence', '0.8']);
    const [before, after] = [JSON.parse(all.out).summary, JSON.parse(sure.out).summary];
    expect(after.belowConfidence).toBeGreaterThan(0);
    expect(after.findings + after.belowConfidence).toBe(before.findings);
    const text = await run(['fixtures/seeds', '--no-color', '--min-confidence', '0.8']);
    expect(text.out).toMatch(new RegExp(`; ${after.belowConfidence} below --min-confidence\n$`));
  });
});

describe('facts and entities name their human format alike', () => {
  const text =
    'Date: 2025-03-18\n\nPresident Donald Trump spoke with Vladimir Putin. The call lasted more than two hours.';
  it.each([
    ['facts', 'table', 'text'],
    ['entities', 'text', 'table'],
  ])('%s: -f %s and -f %s print the same', async (command, name, other) => {
    const first = await run([command, '-', '-f', name, '--no-color'], text);
    const second = await run([command, '-', '-f', other, '--no-color'], text);
    expect(first.code).toBe(0);
    expect(first.out).toContain(command === 'facts' ? 'more than 2 h' : 'Donald Trump');
    expect(second).toEqual(first);
  });
});
