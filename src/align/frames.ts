/**
 * Facts read from a quantity's own grammar (its frame: src/extract/frame.ts), for values no event
 * word or cue ties to a fact: "police fired 20 rounds", "the company has 350 employees", "played
 * in 10 games", "a 90-day treatment", "a $35,000 reward", "3,000 litres of fuel". A count is
 * keyed by what it counts and the verb that governs it, in the clause's event; a measure by the
 * thing it measures. Two values meet only when both agree on all of it.
 */
import type { FactKey, Model, QuantityFrame, QuantityMention, Token } from '../types.js';
import { MAIN_EVENT, nearestEvent, type Anchor, type AnchorContext } from './anchor.js';
import { peopleIn } from './context.js';

/** The head noun of a frame's thing: "engine" of "fire engine", "count" of "count of fraud". */
export const headNoun = (frame: QuantityFrame | undefined): string | undefined =>
  frame?.thing?.split(' of ')[0]?.split(' ').pop();

/**
 * A length of time or a size written before a plural noun ("the ten-year leases", "6-foot walls")
 * tells of a class of things, not of one: several leases or walls may each have it, so it is no one
 * fact. Not a sum: "$2 billion losses" is one total.
 */
export function measuresAClass(mention: QuantityMention, tokens: Token[]): boolean {
  const { frame, value } = mention;
  // "30 hours of talks", "$9 million of gems": what the measure is of, not a class it describes
  const written = frame?.written?.toLowerCase() ?? '';
  if (value.dimension === 'count' || value.dimension === 'money' || !frame?.thing) return false;
  if (!written || /(?:^|\s)of\s/u.test(written)) return false;
  const words = written.split(' ');
  const [last, head] = [words[words.length - 1] ?? '', headNoun(frame) ?? ''];
  // right before the noun phrase, as its modifier: not "offered for 7 years", "lasted 5 hours in all"
  const before = tokens[mention.lastToken + 1]?.lower === words[0];
  return before && last !== head && last.endsWith('s');
}

/** How sure a fact read from grammar alone is. */
const FRAME_CONFIDENCE = 0.6;

/** How far before a value its owner may be named: "Wayne had five catches", "Echenique ... blocked six shots". */
const OWNER_WINDOW = 15;

/**
 * Whose the value is: the person or organization named last before it in its sentence, with no
 * sentence break between ("Wayne had five catches" and "Allen had three catches" are two facts).
 */
function ownerOf(mention: QuantityMention, tokens: Token[], context: AnchorContext): string | null {
  let best: { name: string; lastToken: number } | null = null;
  for (const p of peopleIn(context, mention.sentence)) {
    if (p.lastToken >= mention.firstToken) continue;
    if (mention.firstToken - p.lastToken > OWNER_WINDOW) continue;
    if (tokens.slice(p.lastToken + 1, mention.firstToken).some((t) => t.text === ';' || t.text === '.')) continue;
    if (!best || p.lastToken > best.lastToken) best = { name: p.name, lastToken: p.lastToken };
  }
  return best?.name ?? null;
}

/** How a verb and its role read in a message: "(fire)", "(hit)", "(play in)". */
function verbPhrase(predicate: string, role: string | undefined): string {
  return role === undefined || role === 'object' || role === 'subject' ? predicate : `${predicate} ${role}`;
}

/**
 * A count's title in English from its frame: "number of rounds fired", "number of people that died",
 * "number of games played in", "number of employees" (a light verb says nothing); the verb's
 * dictionary form in brackets when it is written in a present form ("number of victims (say)").
 */
export function countTitle(model: Model, frame: QuantityFrame): string {
  const thing = `number of ${frame.written ?? frame.thing}`;
  const { predicate, role, past } = frame;
  if (!predicate || model.attributes.lightVerbs?.includes(predicate)) return thing;
  if (!past) return `${thing} (${verbPhrase(predicate, role)})`;
  return role === 'subject'
    ? `${thing} that ${past}`
    : role === 'object'
      ? `${thing} ${past}`
      : `${thing} ${past} ${role}`;
}

export function frameAnchor(
  model: Model,
  mention: QuantityMention,
  tokens: Token[],
  context: AnchorContext,
): Anchor | null {
  const frame = mention.frame;
  const { value } = mention;
  if (!frame?.thing || frame.part || mention.role === 'offset' || value.trend) return null;
  const owner = [ownerOf(mention, tokens, context), frame.scope].filter(Boolean).join(', ') || null;
  if (value.dimension === 'count') {
    // a count of things is whole ("7.2 rebounds" is an average, ".38 caliber" no count)
    if (!frame.predicate || !Number.isInteger(value.amount)) return null;
    const key: FactKey = {
      subject: nearestEvent(model, mention, tokens)?.event ?? MAIN_EVENT,
      attribute: `${frame.predicate} ${frame.role ?? ''}: ${frame.thing}`,
      dimension: 'count',
      ...(owner ? { qualifier: owner } : {}),
      frame: true,
      label: countTitle(model, frame),
    };
    return { key, confidence: FRAME_CONFIDENCE };
  }
  const attribute = model.attributes.byDimension[value.dimension];
  if (!attribute) return null;
  // money only in one currency (no exchange rates are invented)
  const qualifier = [value.dimension === 'money' ? value.unit : null, owner].filter(Boolean).join(', ');
  const key: FactKey = {
    subject: frame.thing,
    attribute,
    dimension: value.dimension,
    ...(qualifier ? { qualifier } : {}),
    frame: true,
  };
  return { key, confidence: FRAME_CONFIDENCE };
}
