/** Lines at the top of an article that may carry its date. */
const HEAD_LINES = 12;
const DATE_LINE = /^\s*(?:date|published|dateline)\s*:\s*(.+?)\s*$/i;

/**
 * The publication date from a `Date:` header line or a `date:` key in front matter near the top
 * of the article, as ISO `YYYY-MM-DD`; undefined when there is none.
 */
export function publicationDate(text: string): string | undefined {
  const lines = text.slice(0, 2000).split(/\r?\n/, HEAD_LINES);
  for (const line of lines) {
    const match = DATE_LINE.exec(line);
    if (match?.[1]) {
      const iso = toIsoDate(match[1].replace(/^["']|["']$/g, ''));
      if (iso) return iso;
    }
  }
  return undefined;
}

/** "2025-03-18", "March 18, 2025", "18 Mar 2025 10:00 GMT" → "2025-03-18"; undefined if unreadable. */
export function toIsoDate(text: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text.trim());
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return undefined;
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
