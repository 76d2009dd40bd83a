import type { Sentence, Span } from '../types.js';

/**
 * Sentences with offsets into the article. compromise finds the boundaries; we make sure the
 * spans are ordered, do not overlap, start and end on non-space characters, and together cover
 * every non-space character of the text (compromise leaves out e.g. an opening quote mark).
 */
export function splitSentences(text: string, spans: Span[]): Sentence[] {
  const sentences: Sentence[] = [];
  let floor = 0;
  spans.forEach((span, i) => {
    const end = i === spans.length - 1 ? text.length : Math.max(span.end, floor);
    const trimmed = trim(text, { start: floor, end });
    if (trimmed.end <= trimmed.start) return;
    sentences.push({ index: sentences.length, ...trimmed });
    floor = trimmed.end;
  });
  if (spans.length === 0) {
    const whole = trim(text, { start: 0, end: text.length });
    if (whole.end > whole.start) sentences.push({ index: 0, ...whole });
  }
  return sentences;
}

function trim(text: string, span: Span): Span {
  let { start, end } = span;
  end = Math.min(end, text.length);
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return { start, end };
}
