/**
 * Encodings and line ends: UTF-16 with a byte-order mark is decoded, invalid UTF-8 is read with
 * U+FFFD and a warning naming the byte, CRLF files get the same line:column as LF ones.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeBytes, firstInvalidUtf8 } from '../../src/ingest/decode.js';
import { LineIndex } from '../../src/text/lines.js';
import type { Finding, Report } from '../../src/types.js';
import { params } from './arbitraries.js';
import { cleanup, runJson, SEED, SEED_A, SEED_B, tempDir, write } from './helpers.js';

let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => cleanup(dir));

const encoder = new TextEncoder();

function utf16(text: string, littleEndian: boolean, bom = true): Uint8Array {
  const bytes = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(bytes.buffer);
  let at = 0;
  if (bom) {
    view.setUint16(0, 0xfeff, littleEndian);
    at = 2;
  }
  for (let i = 0; i < text.length; i++, at += 2) view.setUint16(at, text.charCodeAt(i), littleEndian);
  return bytes;
}

/** The findings without the paths: what must not change with the encoding or the line ends. */
function located(report: Report): unknown[] {
  return report.findings.map((f: Finding) => ({
    message: f.message,
    evidence: f.evidence.map((e) => ({ line: e.line, column: e.column, text: e.text, reading: e.value.reading })),
  }));
}

/** The two seeds in a folder, the second written with `encode`. */
async function reportWith(name: string, encode: (text: string) => Uint8Array | string) {
  const folder = path.join(dir, name);
  mkdirSync(folder, { recursive: true });
  write(folder, 'a.txt', SEED(SEED_A));
  write(folder, 'b.txt', encode(SEED(SEED_B)));
  return runJson([name], dir);
}

describe('encodings', () => {
  it.each([
    ['UTF-16LE with BOM', (t: string) => utf16(t, true)],
    ['UTF-16BE with BOM', (t: string) => utf16(t, false)],
    ['UTF-8 with BOM', (t: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode(t)])],
  ])('%s is decoded, with the same findings and places as UTF-8, no warning', async (name, encode) => {
    const plain = await reportWith('plain', (t) => t);
    const other = await reportWith(name.replace(/\W+/g, '-'), encode);
    expect(other.code).toBe(plain.code);
    expect(other.err).toBe('');
    expect(other.report.articles.map((a) => a.words)).toEqual(plain.report.articles.map((a) => a.words));
    expect(located(other.report)).toEqual(located(plain.report));
    // offsets index the decoded text, byte-order mark dropped
    expect(other.report.findings.flatMap((f) => f.evidence.map((e) => [e.start, e.end]))).toEqual(
      plain.report.findings.flatMap((f) => f.evidence.map((e) => [e.start, e.end])),
    );
  });

  it('UTF-16 without a BOM is guessed from its zero bytes, with a warning', async () => {
    const result = await reportWith('utf16-no-bom', (t) => utf16(t, true, false));
    expect(result.err).toBe('factdiff: warning: utf16-no-bom/b.txt: no byte-order mark: read as UTF-16LE\n');
    expect(located(result.report)).toEqual(located((await reportWith('plain', (t) => t)).report));
  });

  it('invalid UTF-8: read with U+FFFD, a warning with the byte offset and line, the evidence still exact', async () => {
    const bytes = (t: string) => {
      const good = encoder.encode(t);
      const cut = good.indexOf(0x0a) + 1; // after the first line
      return new Uint8Array([
        ...good.subarray(0, cut),
        0x63,
        0x61,
        0x66,
        0xe9,
        0x20,
        0xc0,
        0xaf,
        0x0a,
        ...good.subarray(cut),
      ]);
    };
    const result = await reportWith('latin1', bytes);
    const offset = encoder.encode(SEED(SEED_B)).indexOf(0x0a) + 1 + 3;
    expect(result.err).toBe(
      `factdiff: warning: latin1/b.txt: invalid UTF-8 at byte ${offset} (line 2); invalid bytes read as U+FFFD �\n`,
    );
    expect(result.code).toBe(1); // read, not skipped
    const text = new TextDecoder().decode(bytes(SEED(SEED_B)));
    for (const e of result.report.findings.flatMap((f) => f.evidence).filter((e) => e.path === 'latin1/b.txt'))
      expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('UTF-32 is refused with a reason', () => {
    expect(decodeBytes(new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]))).toEqual({
      kind: 'binary',
      reason: 'UTF-32 text is not supported (convert it to UTF-8)',
    });
  });

  it('odd bytes in UTF-16 and unpaired surrogates are told', () => {
    const odd = decodeBytes(new Uint8Array([...utf16('Hello there', true), 0x41]));
    expect(odd).toMatchObject({
      kind: 'text',
      encoding: 'utf-16le',
      warning: 'odd number of bytes: the last one read as U+FFFD �',
    });
    const lone = decodeBytes(utf16('Hello \ud800 there', false));
    expect(lone).toMatchObject({
      kind: 'text',
      encoding: 'utf-16be',
      text: 'Hello \ufffd there',
      warning: 'unpaired surrogates read as U+FFFD �',
    });
  });

  it('text with escape sequences is text, not binary', () => {
    expect(decodeBytes(encoder.encode('\u001b[31mred\u001b[0m and \ttabs\r\n'))).toMatchObject({ kind: 'text' });
  });

  it('finds the first invalid UTF-8 byte exactly where a strict decoder fails', () => {
    const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.string({ unit: 'binary', maxLength: 16 }), (random, text) => {
        for (const bytes of [random, encoder.encode(text), new Uint8Array([...encoder.encode(text), ...random])]) {
          const at = firstInvalidUtf8(bytes);
          let valid = true;
          try {
            strict.decode(bytes);
          } catch {
            valid = false;
          }
          expect(at === -1).toBe(valid);
          if (at >= 0) {
            // everything before is valid, and the decoder fails once the byte is included
            expect(() => strict.decode(bytes.subarray(0, at))).not.toThrow();
          }
        }
      }),
      params(500, true),
    );
  });
});

describe('line ends', () => {
  it('CRLF files: same line:column as LF, offsets into the CRLF text', async () => {
    const plain = await reportWith('lf', (t) => t);
    const crlf = await reportWith('crlf', (t) => t.replace(/\n/g, '\r\n'));
    expect(located(crlf.report)).toEqual(located(plain.report));
    const text = SEED(SEED_B).replace(/\n/g, '\r\n');
    for (const e of crlf.report.findings.flatMap((f) => f.evidence).filter((e) => e.path === 'crlf/b.txt')) {
      expect(text.slice(e.start, e.end)).toBe(e.text);
      expect(new LineIndex(text).locate(e.start)).toEqual({ line: e.line, column: e.column });
    }
  });

  it('old Mac CR line ends count as lines too', async () => {
    const plain = await reportWith('lf', (t) => t);
    const cr = await reportWith('cr', (t) => t.replace(/\n/g, '\r'));
    expect(located(cr.report)).toEqual(located(plain.report));
  });

  it('LineIndex: CRLF, CR and LF each end one line', () => {
    const index = new LineIndex('a\r\nb\rc\nd');
    expect([0, 3, 5, 7].map((o) => index.locate(o))).toEqual([
      { line: 1, column: 1 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
    ]);
  });
});
