/**
 * Properties of reading files, for any bytes: ingest never throws, every file comes back as an
 * article or as skipped with a reason, and the order the paths are given in does not matter.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/ingest/decode.js';
import { ingest } from '../../src/ingest/read-inputs.js';
import { parseSize } from '../../src/ingest/size.js';
import { forTerminal, pathForTerminal } from '../../src/text/escape.js';
import { anyText, params, runs } from './arbitraries.js';
import { cleanup, tempDir, write } from './helpers.js';
import { MODEL } from '../helpers/model.js';

let dir: string;
let case_ = 0;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => cleanup(dir));

const encoder = new TextEncoder();
/** File contents: any bytes, text in UTF-8 (maybe with a BOM), or text in UTF-16 with a BOM. */
const contents = fc.oneof(
  fc.uint8Array({ maxLength: 600 }),
  anyText.map((t) => encoder.encode(t)),
  anyText.map((t) => new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode(t)])),
  anyText.map(
    (t) =>
      new Uint8Array([
        0xff,
        0xfe,
        ...new Uint8Array(Uint16Array.from({ length: t.length }, (_, i) => t.charCodeAt(i)).buffer),
      ]),
  ), // little-endian hosts
);
const files = fc.uniqueArray(
  fc.record({ name: fc.stringMatching(/^[a-z0-9 _é-]{1,10}$/).map((n) => `${n}.txt`), bytes: contents }),
  { minLength: 1, maxLength: 6, selector: (f) => f.name },
);

describe('ingest properties', () => {
  it(
    'every file is an article or skipped with a reason, whatever its bytes and the order of the paths',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          files,
          fc.integer({ min: 0, max: 1000 }),
          fc.integer({ min: 10, max: 800 }),
          async (list, shift, max) => {
            const folder = path.join(dir, `case-${case_++}`);
            mkdirSync(folder);
            for (const f of list) write(folder, f.name, f.bytes);
            const names = list.map((f) => f.name);
            const rotated = names.map((_, i) => names[(i + shift) % names.length] as string);
            const cwd = folder;
            const a = await ingest(names, { cwd, model: MODEL, maxFileSize: max });
            const b = await ingest(rotated, { cwd, model: MODEL, maxFileSize: max });
            expect(b).toEqual(a);
            const seen = [...a.articles.map((x) => x.path), ...a.skipped.map((x) => x.path)].sort();
            expect(seen).toEqual([...names].sort());
            for (const s of a.skipped) expect(s.reason.length).toBeGreaterThan(0);
            for (const f of list) {
              if (f.bytes.length > max) expect(a.skipped.find((s) => s.path === f.name)?.reason).toMatch(/^too large/);
            }
            // the folder as a whole gives the same
            const whole = await ingest(['.'], { cwd, model: MODEL, maxFileSize: max });
            expect(whole).toEqual(a);
          },
        ),
        params(40),
      );
    },
    runs(40) * 500 + 30_000,
  );

  it('decoding any bytes never throws and says text or binary', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const decoded = decodeBytes(bytes);
        if (decoded.kind === 'binary') expect(decoded.reason.length).toBeGreaterThan(0);
        else expect(typeof decoded.text).toBe('string');
      }),
      params(300, true),
    );
  });

  it('escaped text and paths hold no raw control character; sizes parse or are refused', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        expect(forTerminal(s)).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
        expect(pathForTerminal(s)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
        const size = parseSize(s);
        if (size !== undefined) expect(Number.isSafeInteger(size) && size >= 0).toBe(true);
      }),
      params(300, true),
    );
  });
});
