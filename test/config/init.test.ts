/** `factdiff --init`: a starter config that validates, changes nothing, and is never written over. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureIo } from '../helpers/io.js';

describe('factdiff --init', () => {
  it('writes a starter config that the next run reads and that changes no finding', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'factdiff-init-'));
    const io = captureIo({ cwd: dir });
    expect(await main(['--init'], io)).toBe(0);
    const written = JSON.parse(readFileSync(path.join(dir, 'factdiff.config.json'), 'utf8'));
    expect(written.$comment).toContain('quantity-conflict');
    const seeds = path.resolve('fixtures/seeds');
    const [withConfig, without] = [captureIo({ cwd: dir }), captureIo({ cwd: dir })];
    expect(await main([seeds, '-f', 'json'], withConfig)).toBe(
      await main([seeds, '-f', 'json', '--no-config'], without),
    );
    expect(JSON.parse(withConfig.out).findings).toEqual(JSON.parse(without.out).findings);
  });

  it('never writes over a config', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'factdiff-init-'));
    await main(['--init'], captureIo({ cwd: dir }));
    const again = captureIo({ cwd: dir });
    expect(await main(['--init'], again)).toBe(2);
    expect(again.err).toBe(
      'factdiff: error: factdiff.config.json is already there: factdiff --init never writes over it\n',
    );
  });
});
