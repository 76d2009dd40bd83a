/**
 * Makes article text safe to print on a terminal: control characters (including the ESC of
 * ANSI sequences) are shown as escapes instead of being sent raw; runs of white space fold to one space.
 */
export function forTerminal(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
