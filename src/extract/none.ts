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
import { eventAt } from '../model/event-words.js';

const tables = perModel((model) => {
  const { vague } = model;
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
  if (tokens.some((token) => token.text === '?')) return null;
  if (COORDINATORS.has(tokens[i]?.lower ?? '')) return coordinated(model, tokens, i);
  const head = tokens[i]?.lower ?? '';
  if (!t.pronouns.startingAt(tokens, i) && !t.determiners.has(head)) return null;
  if (t.notAfter.has(tokens[i - 1]?.lower ?? '')) return null;
  const after = readNone(model, tokens, i)?.draft;
  if (after) return countedToo(model, tokens, after) ? null : after;
  const before = cueBefore(model, tokens, i);
  return before && !countedToo(model, tokens, before.draft, before.cueFirst) ? before.draft : null;
}

/** Words that join a second cue to a none's: "no one was killed or injured", "no deaths or injuries". */
const COORDINATORS = new Set(['or', 'nor']);

/**
 * "No one was killed or injured": the second cue is a count of none too, read at the "or" that joins
 * it (the first cue is the none's). It needs the none to end right at the "or", and no scope after.
 */
function coordinated(model: Model, tokens: Token[], i: number): Draft | null {
  const t = tables(model);
  const cue = t.cues.startingAt(tokens, i + 1);
  if (!cue || scoped(model, tokens, cue.next)) return null;
  for (let p = i - 1; p >= Math.max(0, i - REACH - 3); p--) {
    if (!t.pronouns.startingAt(tokens, p) && !t.determiners.has(tokens[p]?.lower ?? '')) continue;
    if (t.notAfter.has(tokens[p - 1]?.lower ?? '')) return null;
    const first = readNone(model, tokens, p);
    // "no deaths or injuries": a determiner's second cue is one plural noun, as its first
    if (!first || first.cueNext !== i || (first.determiner && (cue.next !== i + 2 || !isPlural(tokens[i + 1]))))
      return null;
    const second = cueCount(model, i, i + 1, 0, cue.value);
    return countedToo(model, tokens, first.draft) || countedToo(model, tokens, second) ? null : second;
  }
  return null;
}

/** "the blast hurt no one", "killing nobody": a cue right before a pronoun that ends its clause. */
function cueBefore(model: Model, tokens: Token[], i: number): { draft: Draft; cueFirst: number } | null {
  const t = tables(model);
  const pronoun = t.pronouns.startingAt(tokens, i);
  if (!pronoun || (pronoun.next < tokens.length && !CLAUSE_END.has((tokens[pronoun.next] as Token).lower))) return null;
  const cue = t.cues.endingBefore(tokens, i);
  return cue && cue.next > cue.first
    ? { draft: cueCount(model, i, pronoun.next, 0, cue.value), cueFirst: cue.first }
    : null;
}

/** Whether the sentence also counts what the none counts, elsewhere ("..., but two neighbours were injured"). */
function countedToo(model: Model, tokens: Token[], none: Draft, from = none.first): boolean {
  const t = tables(model);
  const what = t.counts.get(none.verb ?? '');
  return tokens.some((_, k) => {
    if (k >= from && k <= none.next + REACH) return false;
    const cue = t.cues.startingAt(tokens, k);
    return cue !== null && t.counts.get(cue.value) === what;
  });
}

/** The none that starts at token i, and where its cue ends. */
function readNone(
  model: Model,
  tokens: Token[],
  i: number,
): { draft: Draft; cueNext: number; determiner: boolean } | null {
  const t = tables(model);
  const pronoun = t.pronouns.startingAt(tokens, i);
  if (pronoun) {
    let k = pronoun.next;
    while (k < pronoun.next + REACH && t.between.has(tokens[k]?.lower ?? '')) k++;
    const cue = t.cues.startingAt(tokens, k);
    if (!cue) return null;
    // "no one killed in the fire was named": a cue right after, inside a longer clause, describes
    const ends = cue.next >= tokens.length || CLAUSE_END.has((tokens[cue.next] as Token).lower);
    if ((k === pronoun.next && !ends) || scoped(model, tokens, afterJoined(model, tokens, cue.next))) return null;
    return { draft: cueCount(model, i, pronoun.next, 0, cue.value), cueNext: cue.next, determiner: false };
  }
  if (!t.determiners.has(tokens[i]?.lower ?? '')) return null;
  // "no injuries": the cue, one plural noun, stays outside the span, so that it is the cue read after it
  const cue = t.cues.startingAt(tokens, i + 1);
  if (!cue || cue.next !== i + 2 || !isPlural(tokens[i + 1]) || t.have.has(tokens[i - 1]?.lower ?? '')) return null;
  if (scoped(model, tokens, afterJoined(model, tokens, cue.next))) return null;
  return { draft: cueCount(model, i, i + 1, 0, cue.value), cueNext: cue.next, determiner: true };
}

/** Where the words after a cue start, past a second cue joined to it ("killed or injured on the ground"). */
function afterJoined(model: Model, tokens: Token[], k: number): number {
  if (!COORDINATORS.has(tokens[k]?.lower ?? '')) return k;
  return tables(model).cues.startingAt(tokens, k + 1)?.next ?? k;
}

/** Whether the words after a cue put it in a part, not the event: "on the ground", "to firefighters". */
function scoped(model: Model, tokens: Token[], k: number): boolean {
  const t = tables(model);
  if (!t.scopes.has(tokens[k]?.lower ?? '')) return false;
  for (let j = k + 1; j <= k + SCOPE_REACH && j < tokens.length; j++) if (eventAt(model, tokens, j)) return false;
  return true;
}
