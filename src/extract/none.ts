/**
 * A count of none: "No one was hurt", "nobody died", "no injuries were reported" are 0 of what the
 * count cue after them counts (model/attributes.json `countCues`). The words and the guards are data
 * (model/vague.json `none`): a none told of a part ("no one on the ground was hurt", "the driver had
 * no injuries"), in a question, a purpose or a condition ("to make sure no one was hurt") is no count.
 */
import { perModel } from '../model/derived.js';
import { PhraseTable } from '../text/phrases.js';
import type { Model, Token } from '../types.js';
import type { Draft } from './quantity-context.js';
import { countCues } from '../model/count-cues.js';
import { cueCount } from './cue-count.js';

const tables = perModel((model) => {
  const { vague, events } = model;
  const none = vague.none ?? { pronouns: [], determiners: [], between: [], notAfter: [], have: [], scopes: [] };
  const phrases = (words: string[]) => new PhraseTable<string>(words.map((w) => [w, w] as [string, string]));
  return {
    ...countCues(model),
    pronouns: phrases(none.pronouns),
    determiners: new Set(none.determiners),
    between: new Set(none.between),
    notAfter: new Set(none.notAfter),
    have: new Set(none.have),
    scopes: new Set(none.scopes),
    eventWords: phrases(Object.values(events.events).flat()),
  };
});

/** How many helper words may stand between "no one" and its cue ("nobody was said to be hurt"). */
const REACH = 7;
/** How far after a scope word the event word may stand ("in the fire", "in the huge blaze"). */
const SCOPE_REACH = 3;
/** Tokens that end a clause: a cue right before one ends it ("no one died."). */
const CLAUSE_END = new Set(['.', ',', ';', ':', '!', 'and', 'but', 'or']);

const isPlural = (t: Token | undefined): boolean => Boolean(t?.tags?.includes('Plural'));

/** The count of none that starts at token `i`, or null. */
export function noneAt(model: Model, tokens: Token[], i: number): Draft | null {
  const t = tables(model);
  const head = tokens[i]?.lower ?? '';
  if (!t.pronouns.startingAt(tokens, i) && !t.determiners.has(head)) return null;
  if (t.notAfter.has(tokens[i - 1]?.lower ?? '') || tokens.some((token) => token.text === '?')) return null;
  const read = readNone(model, tokens, i);
  return read && !countedToo(model, tokens, read) ? read : null;
}

/** Whether the sentence also counts what the none counts, elsewhere ("..., but two neighbours were injured"). */
function countedToo(model: Model, tokens: Token[], none: Draft): boolean {
  const t = tables(model);
  const what = t.counts.get(none.verb ?? '');
  return tokens.some((_, k) => {
    if (k >= none.first && k <= none.next + REACH) return false;
    const cue = t.cues.startingAt(tokens, k);
    return cue !== null && t.counts.get(cue.value) === what;
  });
}

function readNone(model: Model, tokens: Token[], i: number): Draft | null {
  const t = tables(model);
  const pronoun = t.pronouns.startingAt(tokens, i);
  if (pronoun) {
    let k = pronoun.next;
    while (k < pronoun.next + REACH && t.between.has(tokens[k]?.lower ?? '')) k++;
    const cue = t.cues.startingAt(tokens, k);
    if (!cue) return null;
    // "no one killed in the fire was named": a cue right after, inside a longer clause, describes
    const ends = cue.next >= tokens.length || CLAUSE_END.has((tokens[cue.next] as Token).lower);
    if ((k === pronoun.next && !ends) || scoped(model, tokens, cue.next)) return null;
    return cueCount(model, i, pronoun.next, 0, cue.value);
  }
  // "no injuries": the cue, one plural noun, stays outside the span, so that it is the cue read after it
  const cue = t.cues.startingAt(tokens, i + 1);
  if (!cue || cue.next !== i + 2 || !isPlural(tokens[i + 1]) || t.have.has(tokens[i - 1]?.lower ?? '')) return null;
  return scoped(model, tokens, cue.next) ? null : cueCount(model, i, i + 1, 0, cue.value);
}

/** Whether the words after a cue put it in a part, not the event: "on the ground", "to firefighters". */
function scoped(model: Model, tokens: Token[], k: number): boolean {
  const t = tables(model);
  if (!t.scopes.has(tokens[k]?.lower ?? '')) return false;
  for (let j = k + 1; j <= k + SCOPE_REACH && j < tokens.length; j++)
    if (t.eventWords.startingAt(tokens, j)) return false;
  return true;
}
