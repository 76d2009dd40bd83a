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
    persons: new Set(none.persons ?? []),
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
  const after = readNone(model, tokens, i);
  if (after) return countedToo(model, tokens, after.draft.verb, after.own) ? null : after.draft;
  const before = cueBefore(model, tokens, i);
  return before && !countedToo(model, tokens, before.draft.verb, before.own) ? before.draft : null;
}

/** Token spans [from, to) a none reads for itself: its words and its cue's. */
type Own = [number, number][];

/** Words that join a second cue to a none's: "nobody was killed or injured", "no deaths or injuries". */
const COORDINATORS = new Set(['or', 'nor']);

/**
 * "Nobody was killed or injured": the second cue is a count of none too, read at the "or" that joins
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
    const own: Own = [...first.own, [i, cue.next]];
    return countedToo(model, tokens, first.draft.verb, own) || countedToo(model, tokens, second.verb, own)
      ? null
      : second;
  }
  return null;
}

/**
 * "the blast hurt no one", "killing nobody": a cue right before a pronoun that ends its clause. Not a
 * person's act or claim ("he had killed no one"): a person pronoun or a form of "have" before the cue;
 * not an intent ("meant to hurt no one").
 */
function cueBefore(model: Model, tokens: Token[], i: number): { draft: Draft; own: Own } | null {
  const t = tables(model);
  const pronoun = t.pronouns.startingAt(tokens, i);
  if (!pronoun || (pronoun.next < tokens.length && !CLAUSE_END.has((tokens[pronoun.next] as Token).lower))) return null;
  const cue = t.cues.endingBefore(tokens, i);
  if (!cue || cue.next <= cue.first) return null;
  const [last, second] = [tokens[cue.first - 1]?.lower ?? '', tokens[cue.first - 2]?.lower ?? ''];
  // "meant to hurt no one", "planned to kill nobody": an intent, not what happened
  if (last === 'to' || t.have.has(last) || t.persons.has(last) || t.persons.has(second)) return null;
  const own: Own = [
    [i, pronoun.next],
    [cue.first, cue.next],
  ];
  return { draft: cueCount(model, i, pronoun.next, 0, cue.value), own };
}

/**
 * Whether the sentence also counts what the none counts, outside the words the none reads for itself
 * ("nobody was killed or injured, but two guards were hurt").
 */
function countedToo(model: Model, tokens: Token[], verb: string | undefined, own: Own): boolean {
  const t = tables(model);
  const what = t.counts.get(verb ?? '');
  return tokens.some((_, k) => {
    if (own.some(([from, to]) => k >= from && k < to)) return false;
    const cue = t.cues.startingAt(tokens, k);
    return cue !== null && t.counts.get(cue.value) === what;
  });
}

/** The none that starts at token i, and where its cue ends. */
function readNone(
  model: Model,
  tokens: Token[],
  i: number,
): { draft: Draft; cueNext: number; determiner: boolean; own: Own } | null {
  const t = tables(model);
  const pronoun = t.pronouns.startingAt(tokens, i);
  if (pronoun) {
    let k = pronoun.next;
    while (k < pronoun.next + REACH && t.between.has(tokens[k]?.lower ?? '')) k++;
    const cue = t.cues.startingAt(tokens, k);
    if (!cue) return null;
    // "no one killed in the fire was named": a cue right after, inside a longer clause, describes
    const ends = cue.next >= tokens.length || CLAUSE_END.has((tokens[cue.next] as Token).lower);
    const joined = afterJoined(model, tokens, cue.next);
    if ((k === pronoun.next && !ends) || scoped(model, tokens, joined)) return null;
    const own: Own = [
      [i, pronoun.next],
      [k, joined],
    ];
    return { draft: cueCount(model, i, pronoun.next, 0, cue.value), cueNext: cue.next, determiner: false, own };
  }
  if (!t.determiners.has(tokens[i]?.lower ?? '')) return null;
  // "no injuries": the cue, one plural noun, stays outside the span, so that it is the cue read after it
  const cue = t.cues.startingAt(tokens, i + 1);
  if (!cue || cue.next !== i + 2 || !isPlural(tokens[i + 1]) || t.have.has(tokens[i - 1]?.lower ?? '')) return null;
  const joined = afterJoined(model, tokens, cue.next);
  if (scoped(model, tokens, joined)) return null;
  const own: Own = [[i, joined]];
  return { draft: cueCount(model, i, i + 1, 0, cue.value), cueNext: cue.next, determiner: true, own };
}

/** Where the words after a cue start, past a second cue joined to it ("killed or injured on the deck"). */
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
