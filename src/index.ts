/**
 * factdiff as a library: the pure pipeline and its readers. Load a model once
 * (`loadModel(additions)`, the only call here that reads files) and pass it to each call:
 *
 *   const model = loadModel({ entities: { aliases: { 'Kyiv': { type: 'place', names: ['Kiev'] } } } });
 *   const report = check(articles, { model });
 */
import { parseNumber } from './extract/numbers.js';
import { parseArticle } from './extract/parse.js';
import { extractMentions } from './extract/index.js';
import { normalizeMention } from './normalize/index.js';
import { check as checkWith, type CheckOptions } from './pipeline.js';
import { tokenize } from './text/tokens.js';
import type { Article, Model, QuantityMention, Report, ToolInfo } from './types.js';
import { TOOL } from './tool.js';

export { loadModel } from './model/load.js';
export { factTies, mentionsOf, STAGES, type CheckOptions, type OnStage, type Stage } from './pipeline.js';
export { finishReadings, readArticle } from './extract/read.js';
export { groupStories, STORY_THRESHOLD } from './group/stories.js';
export { describeValue } from './normalize/describe.js';
export type * from './types.js';

/** The pure pipeline on articles in memory (src/pipeline.ts `check`); `tool` defaults to this package. */
export function check(articles: Article[], options: Omit<CheckOptions, 'tool'> & { tool?: ToolInfo }): Report {
  return checkWith(articles, { ...options, tool: options.tool ?? TOOL });
}

/** Every quantity in a text, normalized. `date` (YYYY-MM-DD, the publication date) resolves relative dates. */
export function readQuantities(model: Model, text: string, date?: string): QuantityMention[] {
  const parsed = parseArticle({ path: '-', text, ...(date ? { date } : {}) });
  return extractMentions(model, parsed).map((raw) => normalizeMention(model, raw));
}

export interface NumberMention {
  start: number;
  end: number;
  text: string;
  value: number;
}

/** Every number in a text, written in digits or words, whatever it counts or measures. */
export function readNumbers(model: Model, text: string): NumberMention[] {
  const pronounOne = new Set(model.numberWords.pronounOne);
  const tokens = tokenize(text);
  const found: NumberMention[] = [];
  for (let i = 0; i < tokens.length;) {
    const previous = tokens[i - 1];
    const token = tokens[i] as (typeof tokens)[number];
    const glued = previous && !token.spaceBefore && (previous.kind === 'number' || previous.kind === 'word');
    // "the one you mentioned", "which one": a pronoun
    const pronoun = token.lower === 'one' && pronounOne.has(previous?.lower ?? '');
    const parsed = glued || pronoun ? null : parseNumber(model, tokens, i);
    const after = parsed ? tokens[parsed.next] : undefined;
    // "180ml", "29km", "4th": digits glued to a unit or suffix are part of a measure, not a number.
    if (!parsed || (after && !after.spaceBefore && after.kind === 'word')) {
      i++;
      continue;
    }
    const last = tokens[parsed.next - 1] as (typeof tokens)[number];
    found.push({ start: token.start, end: last.end, text: text.slice(token.start, last.end), value: parsed.value });
    i = parsed.next;
  }
  return found;
}
