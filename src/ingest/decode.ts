/**
 * Bytes → text. UTF-8, with a leading byte-order mark dropped; offsets in reports index the
 * text after that. (Other encodings: see the robustness issue.)
 */
const decoder = new TextDecoder('utf-8', { ignoreBOM: false, fatal: false });

export function decode(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}
