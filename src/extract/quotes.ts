/**
 * Quotations and their speakers: “...,” X said / said X / X stated; X said “...”;
 * according to X, ... “...”; in a statement, X said “...”. The speaker is the name
 * (from the entity mentions) next to the speech verb; pronouns and unnamed sources
 * leave the speaker unknown.
 */
import { perModel } from '../model/derived.js';
import type { EntityMention, Model, QuoteMention, Span } from '../types.js';

/** News agencies report quotes; they do not speak them ("told AFP"). */
const media = perModel((model) => new Set(model.entities.media.map((m) => m.toLowerCase())));

const OPEN = new Set(['“', '"', '«']);
const CLOSE: Record<string, string> = { '“': '”', '"': '"', '«': '»' };
/** A quotation longer than this is more likely an unclosed mark than a quote. */
const MAX_QUOTE = 1500;
/** How far from the quote mark a speech verb and its speaker may stand, in characters. */
const WINDOW = 120;
/** Verbs of speech: a name before or after one is a speaker (used for sources, too). */
export const VERBS = [
  ...'said says stated states added adds told wrote noted declared insisted explained warned announced'.split(' '),
  ...'tweeted posted continued concluded emphasized stressed argued replied responded claimed confirmed'.split(' '),
];
const VERB = new RegExp(`\\b(${VERBS.join('|')})\\b`, 'giu');
/** A quote its speaker introduces: "Ortega said: “...”", "said, “...”" (the verb right before the quote mark). */
const INTRODUCED = new RegExp(`\\b(?:${VERBS.join('|')})\\s*[:,]?\\s*$`, 'iu');

export function normalizeQuote(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Every quotation in the text, with its speaker when the article names one. */
export function extractQuotes(model: Model, text: string, entities: EntityMention[]): QuoteMention[] {
  const quotes: QuoteMention[] = [];
  const speakers = new Speakers(
    entities.filter(
      (e) => (e.type === 'person' || e.type === 'organization') && !media(model).has(e.text.toLowerCase()),
    ),
  );
  // Where each closing mark was last found: `i` only moves forward, so a mark found beyond `i`
  // is still the next one, and the text is searched once per kind of mark (not once per opening mark).
  const nextClose = new Map<string, number>();
  let i = 0;
  while (i < text.length) {
    const open = text[i] as string;
    if (!OPEN.has(open)) {
      i++;
      continue;
    }
    const mark = CLOSE[open] as string;
    let close = nextClose.get(mark) ?? i;
    if (close >= 0 && close <= i) {
      close = text.indexOf(mark, i + 1);
      nextClose.set(mark, close);
    }
    if (close < 0 || close - i > MAX_QUOTE) {
      i++;
      continue;
    }
    const inner = text.slice(i + 1, close);
    // another opening mark before the close: this one was never closed (a mark typed the wrong way
    // round); the quotation, if any, starts at the later mark
    const reopened = mark === open ? -1 : inner.indexOf(open);
    if (reopened >= 0) {
      i += 1 + reopened;
      continue;
    }
    const normalized = normalizeQuote(inner);
    if (normalized) {
      quotes.push({
        kind: 'quote',
        start: i + 1,
        end: close,
        text: inner,
        normalized,
        speaker: speakerOf(text, { start: i, end: close + 1 }, speakers) ?? continued(text, i, quotes.at(-1)),
      });
    }
    i = close + 1;
  }
  return quotes;
}

/**
 * The possible speakers, found by place: `within(from, to)` gives those inside the range in their
 * original order, looking only at the few that start there (not at every name of the article).
 */
class Speakers {
  private readonly byStart: { mention: EntityMention; index: number }[];

  constructor(list: EntityMention[]) {
    this.byStart = list
      .map((mention, index) => ({ mention, index }))
      .sort((a, b) => a.mention.start - b.mention.start || a.index - b.index);
  }

  /** The speakers with `from <= start` and `end <= to`, in the order of the list given. */
  within(from: number, to: number): EntityMention[] {
    let lo = 0;
    let hi = this.byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.byStart[mid] as { mention: EntityMention }).mention.start < from) lo = mid + 1;
      else hi = mid;
    }
    const found: { mention: EntityMention; index: number }[] = [];
    for (let k = lo; k < this.byStart.length; k++) {
      const entry = this.byStart[k] as { mention: EntityMention; index: number };
      if (entry.mention.start > to) break;
      if (entry.mention.end <= to) found.push(entry);
    }
    return found.sort((a, b) => a.index - b.index).map((e) => e.mention);
  }
}

/** A speaker told by what they are, not by name: "the 61-year-old said", "the actor told reporters". */
const DESCRIPTION = String.raw`\b(?:the|a|an|this|that)\s+[\p{Ll}\d][\p{L}\d-]*(?:\s+[\p{Ll}][\p{L}-]*)?`;
const DESCRIBED = new RegExp(`${DESCRIPTION}\\s+(?:${VERBS.join('|')})\\s*[:,]?\\s*$`, 'u');

function speakerOf(text: string, quote: Span, speakers: Speakers): QuoteMention['speaker'] {
  // a quote its speaker introduces belongs to them, whoever speaks after it
  const lead = text.slice(Math.max(0, quote.start - 60), quote.start);
  if (INTRODUCED.test(lead)) {
    const named = speakerBefore(text, quote, speakers);
    // introduced by a description: the article means someone it does not name here; leave it unresolved
    return named ?? (DESCRIBED.test(lead) ? null : speakerAfter(text, quote, speakers));
  }
  return speakerAfter(text, quote, speakers) ?? speakerBefore(text, quote, speakers);
}

/** “...,” Leavitt stated. / “...,” said Leavitt. */
function speakerAfter(text: string, quote: Span, speakers: Speakers): QuoteMention['speaker'] {
  const window = text.slice(quote.end, quote.end + WINDOW);
  // the speaker is in the quote's own paragraph: the next paragraph's "X said" is another sentence's
  const stop = clauseEnd(window);
  const clause = stop >= 0 ? window.slice(0, stop) : window;
  VERB.lastIndex = 0;
  const verb = VERB.exec(clause);
  if (!verb) return null;
  const verbAt = quote.end + verb.index;
  // the name right before the verb ("Leavitt stated") or right after it ("said Leavitt")
  const candidates = speakers.within(quote.end, quote.end + clause.length);
  const before = candidates
    .filter((s) => s.end <= verbAt && text.slice(s.end, verbAt).trim().split(/\s+/).length <= 2)
    .filter((s) => !ownerOfSpeaker(text, s, verbAt))
    .pop();
  // after "told" comes the listener, not the speaker
  const listener = /^told$/iu.test(verb[0]);
  // "said Harbour Safety Board director Ben Carter": the person, not the organization before the title
  const following = listener
    ? []
    : candidates.filter(
        (s) =>
          s.start >= verbAt + verb[0].length &&
          text
            .slice(verbAt + verb[0].length, s.start)
            .trim()
            .split(/\s+/)
            .filter(Boolean).length <= 6 &&
          // "added on Twitter", "said in Tehran", "told reporters at the Pentagon": where, not who
          !PLACE_BEFORE.test(text.slice(verbAt + verb[0].length, s.start)),
      );
  // "said Norvale Labs senior researcher Dana Pike": a name after a title whose organization comes first
  const titled = following.find(
    (s, k) =>
      k > 0 && /^\s+(?:[\p{L}-]+\.?\s+){1,4}$/u.test(text.slice((following[k - 1] as EntityMention).end, s.start)),
  );
  const after =
    titled ??
    following.find((s) => s.type === 'person') ??
    following.find(
      (s) =>
        text
          .slice(verbAt + verb[0].length, s.start)
          .trim()
          .split(/\s+/)
          .filter(Boolean).length <= 3,
    );
  const found = beforeAppositive(text, before, candidates, verbAt) ?? after;
  return found ? { text: found.text, start: found.start, end: found.end } : null;
}

/** A preposition right before a name after the verb: the name says where or how it was said. */
const PLACE_BEFORE = /\b(?:on|in|at|to|via|from|with|through)\s+(?:the\s+)?$/iu;

/** An appositive between a name and its verb: ", chief executive of Northwind Shipping, said". */
const APPOSITIVE = /^\s*,[^,.;:!?“”"]{1,100},\s*$/u;
/** A title of a few words between a person and the organization after it: ", Controller, ", ", head of drama at ". */
const TITLE_APPOSITIVE = /^\s*,\s*(?:[\p{L}-]+\s+){0,3}(?:[\p{L}-]+\s*,|(?:of|at|for|with)(?:\s+the)?)\s*$/u;
/** ...and the organization not read as a name: ", Controller, Norvale Labs " right before the verb. */
const TITLED_BEFORE_VERB = /^\s*,\s*(?:[\p{L}-]+\s+){0,3}[\p{L}-]+\s*,\s*(?:\p{Lu}[\p{L}&.'’-]*\s+){1,5}$/u;

/**
 * The speaker when an appositive stands right before the verb ("Maria Lopez, chief executive of
 * Northwind Shipping, said"): the person it describes, not the organization in it; else the name `found`.
 */
function beforeAppositive(
  text: string,
  found: EntityMention | undefined,
  names: EntityMention[],
  verbAt: number,
): EntityMention | undefined {
  const described = names
    .filter(
      (s) => s.type === 'person' && s.end < (found?.start ?? verbAt) && APPOSITIVE.test(text.slice(s.end, verbAt)),
    )
    .pop();
  // "Dana Pike, Controller, Norvale Labs says": the person an appositive names, not the organization last in it
  const titled = names
    .filter(
      (s) =>
        s.type === 'person' &&
        s.end < (found?.start ?? verbAt) &&
        (found
          ? TITLE_APPOSITIVE.test(text.slice(s.end, found.start))
          : TITLED_BEFORE_VERB.test(text.slice(s.end, verbAt))),
    )
    .pop();
  return described ?? titled ?? found;
}

/** the White House said “...” / According to the White House, ... “...” */
function speakerBefore(text: string, quote: Span, speakers: Speakers): QuoteMention['speaker'] {
  const from = Math.max(0, quote.start - WINDOW * 2);
  const window = text.slice(from, quote.start);
  const sentenceStart = Math.max(
    window.lastIndexOf('. '),
    window.lastIndexOf('\n'),
    window.lastIndexOf('”'),
    window.lastIndexOf('? '),
  );
  const clauseStart = from + (sentenceStart >= 0 ? sentenceStart + 1 : 0);
  const clause = text.slice(clauseStart, quote.start);
  const inClause = speakers.within(clauseStart, quote.start);
  const according = /according to\s+(?:the\s+)?$/iu;
  const cited = inClause.find((s) => according.test(text.slice(Math.max(clauseStart, s.start - 20), s.start)));
  if (cited) return { text: cited.text, start: cited.start, end: cited.end };
  let last: RegExpExecArray | null = null;
  VERB.lastIndex = 0;
  for (let m = VERB.exec(clause); m; m = VERB.exec(clause)) last = m;
  if (!last) return null;
  const verbAt = clauseStart + last.index;
  // only "X said (that)? (:|,)? “": nothing but a few words between the verb and the quote
  if (
    text
      .slice(verbAt + last[0].length, quote.start)
      .trim()
      .split(/\s+/)
      .filter(Boolean).length > 3
  )
    return null;
  const last2 = inClause
    .filter((s) => s.end <= verbAt && text.slice(s.end, verbAt).trim().split(/\s+/).filter(Boolean).length <= 2)
    .filter((s) => !ownerOfSpeaker(text, s, verbAt))
    .pop();
  const subject = beforeAppositive(text, last2, inClause, verbAt);
  return subject ? { text: subject.text, start: subject.start, end: subject.end } : null;
}

/**
 * A quotation that goes on in a new paragraph: news style opens each paragraph of a long quote
 * with a mark, and names the speaker once. A quote with no speaker of its own that starts the
 * paragraph right after the previous quote's paragraph is the previous speaker's.
 */
function continued(text: string, start: number, previous: QuoteMention | undefined): QuoteMention['speaker'] {
  if (!previous?.speaker) return null;
  const between = text.slice(previous.end + 1, start);
  return /^[^\n“"«]*\n\s*$/u.test(between) ? previous.speaker : null;
}

/** "Reid's rep said", "the company's spokesman said": the name owns the speaker; it is not the speaker. */
function ownerOfSpeaker(text: string, name: EntityMention, verbAt: number): boolean {
  return /^['’]s\s+\p{Ll}/u.test(text.slice(name.end, verbAt));
}

/**
 * Where the words after a quote stop: a sentence end, a new quote or a new paragraph. The period of
 * a short capitalized abbreviation before a name ("said Lt. Ben Carter", "Gov. Ann Lee") or before a
 * possessive ("Corp.'s") ends nothing.
 */
function clauseEnd(window: string): number {
  for (const m of window.matchAll(/[.!?“"\n]/gu)) {
    const at = m.index ?? 0;
    const abbreviation =
      m[0] === '.' && /\b\p{Lu}\p{Ll}{0,3}$/u.test(window.slice(0, at)) && /^\s+\p{Lu}/u.test(window.slice(at + 1));
    // "Halden Steel Corp.'s security chief Ben Carter said": a possessive after the period ends nothing
    const possessive = m[0] === '.' && /^['’]s\s/u.test(window.slice(at + 1));
    if (!abbreviation && !possessive) return at;
  }
  return -1;
}
