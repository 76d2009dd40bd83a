/**
 * Makes article text safe to print on a terminal: control characters (including the ESC of
 * ANSI sequences) are shown as escapes instead of being sent raw; runs of white space fold to one space.
 */
export function forTerminal(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(
      /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
}

/**
 * A file name for the terminal: control characters, line and paragraph separators and bidi
 * controls shown as escapes (`\u000a` for a newline in the name); spaces kept as they are, so
 * "a  b.txt" and "a b.txt" stay apart.
 */
export function pathForTerminal(name: string): string {
  return name.replace(
    /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
