/**
 * Text as HTML that shows exactly that text: the five characters that mean markup are entities,
 * so article text, paths and readings never become tags or attributes (in text and in quoted
 * attribute values alike). Control characters other than tab and newline are dropped.
 */
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/gu, '')
    .replace(/[&<>"']/g, (c) => ENTITY[c] as string);
}
