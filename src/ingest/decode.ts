/**
 * Bytes → text. UTF-8 by default, with a leading byte-order mark dropped; UTF-16 (LE or BE) when
 * the file starts with its byte-order mark (also dropped). Offsets in reports index the text
 * after that. Invalid sequences become U+FFFD (with a warning naming the first one); files that
 * look binary are not decoded at all.
 */

/** How much of the start of a file is looked at to tell text from binary. */
export const SNIFF_BYTES = 8192;
/** Above this share of control bytes in the first 8 KB, a file is binary, not text. */
const CONTROL_RATIO = 0.1;

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export type Decoded =
  | { kind: 'text'; text: string; encoding: Encoding; bom: boolean; warning?: string }
  | { kind: 'binary'; reason: string };

const utf8 = new TextDecoder('utf-8', { ignoreBOM: false, fatal: false });

/** UTF-8 text (a leading byte-order mark dropped); invalid sequences become U+FFFD. */
export function decode(bytes: Uint8Array): string {
  return utf8.decode(bytes);
}

/** Reads a file's bytes as text, or says why they are not text. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (
    (b0 === 0xff && b1 === 0xfe && bytes[2] === 0 && bytes[3] === 0) ||
    (b0 === 0 && b1 === 0 && bytes[2] === 0xfe && bytes[3] === 0xff)
  ) {
    return { kind: 'binary', reason: 'UTF-32 text is not supported (convert it to UTF-8)' };
  }
  if (b0 === 0xff && b1 === 0xfe) return utf16(bytes, 'utf-16le', true);
  if (b0 === 0xfe && b1 === 0xff) return utf16(bytes, 'utf-16be', true);
  const bom = b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf;
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (!bom && head.includes(0)) {
    const guess = utf16Guess(head);
    if (guess) return utf16(bytes, guess, false);
    return { kind: 'binary', reason: 'binary file (NUL bytes in the first 8 KB)' };
  }
  const controls = countControls(head);
  if (controls > head.length * CONTROL_RATIO) {
    return {
      kind: 'binary',
      reason: `binary file (${Math.round((100 * controls) / head.length)}% control bytes in the first 8 KB)`,
    };
  }
  const text = utf8.decode(bytes);
  // U+FFFD in the text: a replaced invalid sequence, or one written in the file
  const invalid = text.includes('\uFFFD') ? firstInvalidUtf8(bytes) : -1;
  const decoded: Decoded = { kind: 'text', text, encoding: 'utf-8', bom };
  if (invalid >= 0)
    decoded.warning =
      `invalid UTF-8 at byte ${invalid} (line ${lineAt(bytes, invalid)}); ` + 'invalid bytes read as U+FFFD �';
  return decoded;
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', bom: boolean): Decoded {
  const text = new TextDecoder(encoding, { ignoreBOM: false, fatal: false }).decode(bytes);
  const head = text.slice(0, SNIFF_BYTES / 2);
  let controls = 0;
  for (let i = 0; i < head.length; i++) if (isControl(head.charCodeAt(i)) || head.charCodeAt(i) === 0) controls++;
  if (controls > head.length * CONTROL_RATIO) {
    return {
      kind: 'binary',
      reason:
        `binary file (${bom ? 'a UTF-16 byte-order mark, but ' : ''}` +
        `${Math.round((100 * controls) / Math.max(1, head.length))}% control characters in the first 8 KB)`,
    };
  }
  const name = encoding === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE';
  const decoded: Decoded = { kind: 'text', text, encoding, bom };
  const notes: string[] = [];
  if (!bom) notes.push(`no byte-order mark: read as ${name}`);
  if ((bytes.length - (bom ? 2 : 0)) % 2 === 1) notes.push(`odd number of bytes: the last one read as U+FFFD �`);
  else if (text.includes('\uFFFD') && hasUnpairedSurrogate(bytes, encoding === 'utf-16le', bom ? 2 : 0))
    notes.push(`unpaired surrogates read as U+FFFD �`);
  if (notes.length > 0) decoded.warning = notes.join('; ');
  return decoded;
}

/**
 * UTF-16 without a byte-order mark: mostly ASCII text has a zero in every other byte. Guessed
 * only from 16 units on, when at least 70% of them have a zero high byte and no low byte is zero.
 */
function utf16Guess(head: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const units = head.length >> 1;
  if (units < 16) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i + 1 < head.length; i += 2) {
    if (head[i] === 0) zeroEven++;
    if (head[i + 1] === 0) zeroOdd++;
  }
  if (zeroOdd >= units * 0.7 && zeroEven === 0) return 'utf-16le';
  if (zeroEven >= units * 0.7 && zeroOdd === 0) return 'utf-16be';
  return null;
}

/** C0 controls other than tab, line feed, vertical tab, form feed, carriage return and escape; and DEL. */
function isControl(c: number): boolean {
  return (c >= 1 && c <= 8) || (c >= 14 && c <= 26) || (c >= 28 && c <= 31) || c === 127;
}

function countControls(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < bytes.length; i++) if (isControl(bytes[i] as number)) n++;
  return n;
}

/** Byte offset of the first byte that does not start a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const c = bytes[i] as number;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f; // no surrogates
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f; // nothing above U+10FFFF
    } else return i;
    if (i + need > n - 1) return i;
    const second = bytes[i + 1] as number;
    if (second < lo || second > hi) return i;
    for (let k = 2; k <= need; k++) if (((bytes[i + k] as number) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}

function hasUnpairedSurrogate(bytes: Uint8Array, littleEndian: boolean, from: number): boolean {
  let expectLow = false;
  for (let i = from; i + 1 < bytes.length; i += 2) {
    const unit = littleEndian
      ? (bytes[i] as number) | ((bytes[i + 1] as number) << 8)
      : ((bytes[i] as number) << 8) | (bytes[i + 1] as number);
    const high = unit >= 0xd800 && unit <= 0xdbff;
    const low = unit >= 0xdc00 && unit <= 0xdfff;
    if (expectLow !== low) return true;
    expectLow = high;
  }
  return expectLow;
}

/** 1-based line of a byte offset (counting line feeds, and lone carriage returns). */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const c = bytes[i];
    if (c === 10 || (c === 13 && bytes[i + 1] !== 10)) line++;
  }
  return line;
}
