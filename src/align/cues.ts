/**
 * Which attribute a value states, read from the words around it in its own clause: the count
 * cue on the value's side of "and" ("killed a driver, and at least 30 people were hurt"), the
 * noun that names a sum ("a market value of $115 billion"), a bound that is no time of the
 * event ("extinguished by 7 a.m."). The words are data (model/attributes.json).
 */
import { perModel } from '../model/derived.js';
import { PhraseTable } from '../text/phrases.js';
import type { Model, QuantityMention, Token } from '../types.js';
import { countCues } from '../model/count-cues.js';

/** The count cues, sum nouns, parts and people words of model/, per model. */
const tables = perModel(({ attributes, countNouns }) => ({
  moneyNouns: new PhraseTable<string>((attributes.moneyAttributes ?? []).map((w) => [w, w] as [string, string])),
  MONEY_PARTS: new Set(attributes.moneyParts ?? []),
  PARTS: new Set(attributes.breakdownNouns ?? []),
  PEOPLE: new Set(countNouns.people),
  SEVERITIES: new Map(Object.entries(attributes.severities ?? {})),
}));
const NUMBER_WORD = /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/;
/** How far from a count its cue may stand. */
const CUE_WINDOW = 4;
/** Where one coordinated clause ends and the next begins. */
const CLAUSE_BREAK = new Set([',', ';', '.', 'and', 'but', 'who', 'which', 'that']);
const JOINS = new Set(['and', 'but', 'while', ',', ';', '.', 'as']);

/**
 * The count cue of the value's own conjunct: the nearest cue after it before any "and" or
 * comma, else none when another verb takes the count as its object ("shooting three people"),
 * else the nearest before it, none if an "and" or comma comes first; when no word is near, the
 * cue the reader found.
 */
export function countCue(model: Model, mention: QuantityMention, tokens: Token[]): string | undefined {
  // "30 of the 80 wounded": a cue after another number is that number's, and so is the cue the reader found
  let another = false;
  for (let k = mention.lastToken + 1; k <= Math.min(tokens.length - 1, mention.lastToken + CUE_WINDOW); k++) {
    if (tokens[k]?.kind === 'number') another = true;
    if (JOINS.has((tokens[k] as Token).lower) || another) break;
    const cue = countCues(model).cues.startingAt(tokens, k);
    if (cue) return cue.value;
  }
  // "shooting three people, killing one": the count is the object of another verb
  const previous = tokens[mention.firstToken - 1];
  if (
    previous &&
    previous.kind === 'word' &&
    /^\p{Ll}+(?:ing|ed)$|^shot$/u.test(previous.text) &&
    !countCues(model).cues.startingAt(tokens, mention.firstToken - 1)
  )
    return undefined;
  for (let k = mention.firstToken - 1; k >= Math.max(0, mention.firstToken - CUE_WINDOW); k--) {
    // "a receptionist died and two men underwent surgery": a cue across "and" is another conjunct's
    if (JOINS.has((tokens[k] as Token).lower)) return undefined;
    const cue = countCues(model).cues.startingAt(tokens, k);
    if (cue) return cue.value;
  }
  return another ? undefined : mention.verb;
}

/**
 * A count that is one part of a breakdown ("four boys and a teacher were killed", "a woman and
 * three men died"), a part of something else ("10 of the 16 games", "five of them") or an age
 * in a list ("who were 52 and 37 years old") is no toll.
 */
export function partOfBreakdown(model: Model, mention: QuantityMention, tokens: Token[]): boolean {
  const noun = tokens[mention.lastToken + 1];
  if (noun && tables(model).PARTS.has(noun.lower)) {
    // "four boys and two teachers"
    const next = tokens[mention.lastToken + 3];
    if (
      tokens[mention.lastToken + 2]?.lower === 'and' &&
      next &&
      (next.kind === 'number' || NUMBER_WORD.test(next.lower)) &&
      tables(model).PARTS.has(tokens[mention.lastToken + 4]?.lower ?? '')
    )
      return true;
    // "a woman and three men"
    if (
      tokens[mention.firstToken - 1]?.lower === 'and' &&
      tables(model).PARTS.has(tokens[mention.firstToken - 2]?.lower ?? '')
    )
      return true;
  }
  // "8 of the team's 12 matches", "two of their best players", "five of them": a part of something else
  if (tokens[mention.lastToken + 1]?.lower === 'of') {
    for (let k = mention.lastToken + 2; k <= Math.min(tokens.length - 1, mention.lastToken + 6); k++) {
      const t = tokens[k] as Token;
      if (tables(model).PEOPLE.has(t.lower) || countCues(model).cues.startingAt(tokens, k)) return false;
      if (CLAUSE_BREAK.has(t.lower)) break;
    }
    return true;
  }
  // "who were 52 and 37 years old"
  for (let k = mention.lastToken + 1; k <= Math.min(tokens.length - 2, mention.lastToken + 4); k++) {
    if ((tokens[k] as Token).lower === 'years' && tokens[k + 1]?.lower === 'old') return true;
  }
  return false;
}

/**
 * What a sum states: "market value of $115 billion" its market value; "$4.2 billion in cash"
 * a part (undefined: not compared); otherwise the attribute of its dimension.
 */
export function moneyAttribute(
  model: Model,
  mention: QuantityMention,
  tokens: Token[],
  attribute: string,
): string | undefined {
  if (
    tokens[mention.lastToken + 1]?.lower === 'in' &&
    tables(model).MONEY_PARTS.has(tokens[mention.lastToken + 2]?.lower ?? '')
  )
    return undefined;
  let k = mention.firstToken - 1;
  if (tokens[k]?.lower !== 'of') return attribute;
  k--;
  if (/^(?:about|around|some|nearly|almost|roughly)$/.test(tokens[k]?.lower ?? '')) k--;
  const found = tables(model).moneyNouns.endingBefore(tokens, k + 1);
  return found ? found.value : attribute;
}

/** Words before a clock time that make it a bound, not the time of the event: "put out by 7 a.m.", "before 9". */
const BOUNDS = new Set(['by', 'until', 'till', 'before', 'after', 'since', 'from', 'between']);

/**
 * A clock time that is a bound ("by 7 a.m.") or an hour read without a.m./p.m., a colon or a
 * zone ("before 9."): it does not state when the event happened.
 */
export function notTheTime(mention: QuantityMention, tokens: Token[]): boolean {
  let k = mention.firstToken - 1;
  if (/^(?:shortly|just|soon|right|well|long)$/.test(tokens[k]?.lower ?? '')) k--;
  if (BOUNDS.has(tokens[k]?.lower ?? '')) return true;
  // a bare number read as an hour: no meridiem, no minutes, no zone
  const text = mention.text.toLowerCase();
  return (
    /^\D*\d{1,2}\D*$/.test(text) &&
    !/[ap]\.?m|o'clock|gmt|utc|local|hours|noon|midnight|morning|evening|night|afternoon/.test(text)
  );
}

/** Tokens before a count in which a degree word may stand ("critically injuring three"). */
const SEVERITY_BEFORE = 3;

/**
 * The degree of hurt the count's own clause gives ("12 seriously injured", "50 people with serious
 * injuries", "critically wounding two"), or none: such a count is the part of a toll at that degree.
 */
export function severityOf(model: Model, mention: QuantityMention, tokens: Token[]): string | undefined {
  const { SEVERITIES } = tables(model);
  if (SEVERITIES.size === 0) return undefined;
  for (let k = mention.lastToken + 1; k <= Math.min(tokens.length - 1, mention.lastToken + CUE_WINDOW + 2); k++) {
    const t = tokens[k] as Token;
    if (JOINS.has(t.lower) || t.kind === 'number') break;
    const degree = SEVERITIES.get(t.lower);
    if (degree) return degree;
  }
  for (let k = mention.firstToken - 1; k >= Math.max(0, mention.firstToken - SEVERITY_BEFORE); k--) {
    const t = tokens[k] as Token;
    if (JOINS.has(t.lower) || t.kind === 'number') break;
    const degree = SEVERITIES.get(t.lower);
    if (degree) return degree;
  }
  return undefined;
}
