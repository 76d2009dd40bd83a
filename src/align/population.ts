/**
 * A place's population: "Dalen Island, home to 80,000 people", "with a population of 5,000". The
 * count is of the place named last before it in its sentence, and meets only that place's population;
 * without such a place it is none. The words are data (model/attributes.json `population`).
 */
import { perModel } from '../model/derived.js';
import { PhraseTable } from '../text/phrases.js';
import type { FactKey, Model, QuantityMention, Token } from '../types.js';
import { MAIN_EVENT, type Anchor, type AnchorContext } from './anchor.js';

const tables = perModel(({ attributes, countNouns }) => ({
  before: new PhraseTable<true>((attributes.population?.before ?? []).map((w) => [w, true] as [string, true])),
  nouns: new Set(attributes.population?.nouns ?? []),
  functionWords: new Set(countNouns.function),
}));

/** Forms right before the phrase that put the population in the past ("was home to", "had a population of"). */
const PAST = new Set(['was', 'were', 'had']);
/** The verbs that make the sentence's subject the place ("has a population of", "is home to", "was home to"). */
const SUBJECT_VERBS = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were']);
/** Words that open a relative clause on the place before them. */
const RELATIVES = new Set(['which', 'that']);
/** How far before the count its place may be named. */
const PLACE_REACH = 20;
/** How sure a population read from its words is. */
const POPULATION_CONFIDENCE = 0.8;

/**
 * Whose population: the place the phrase stands in apposition to ("Dalen Island, home to ..."), or that a
 * relative clause follows ("Dalen Island, which has a population of ..."), else the place that opens the
 * sentence, as the subject of "has a population of" or "is home to".
 */
function placeOf(mention: QuantityMention, tokens: Token[], context: AnchorContext, phrase: number): string | null {
  const places = (context.placesBySentence?.get(mention.sentence) ?? []).filter(
    (p) => p.lastToken < mention.firstToken && mention.firstToken - p.lastToken <= PLACE_REACH,
  );
  const apposed = tokens[phrase - 1]?.text === ',' ? places.find((p) => p.lastToken === phrase - 2) : undefined;
  if (apposed) return apposed.name;
  // the opening place as the subject of "has a population of" or "is home to", when no other place is named
  // between it and the phrase ("the coast of Leyte, which has a population of ..." is Leyte's; "flattened
  // Kell, a town with a population of ..." is the town's)
  const verb = tokens[phrase - 1]?.lower === 'a' ? phrase - 2 : phrase - 1;
  if (!SUBJECT_VERBS.has(tokens[verb]?.lower ?? '')) return null;
  // "Dalen Island, which has a population of ...": the place the relative clause follows
  const relative = RELATIVES.has(tokens[verb - 1]?.lower ?? '') && tokens[verb - 2]?.text === ',';
  if (relative) return places.find((p) => p.lastToken === verb - 3)?.name ?? null;
  const opening = places.find((p) => p.firstToken === 0 || (p.firstToken === 1 && tokens[0]?.lower === 'the'));
  return opening && places.every((p) => p === opening || p.name === opening.name) ? opening.name : null;
}

export function populationAnchor(
  model: Model,
  mention: QuantityMention,
  tokens: Token[],
  context: AnchorContext,
): Anchor | null {
  if (mention.value.dimension !== 'count' || mention.value.trend) return null;
  const t = tables(model);
  const before = t.before.endingBefore(tokens, mention.firstToken);
  if (!before) return null;
  // "home to 300 businesses", "home to 4,000 of the displaced": no count of the place's people
  const after = tokens[mention.lastToken + 1];
  if (
    after?.lower === 'of' ||
    (after?.kind === 'word' && !t.nouns.has(after.lower) && !t.functionWords.has(after.lower))
  )
    return null;
  // "was home to 250,000 before the war": another time, kept apart from the population now
  const phrase = before.first;
  const earlier = PAST.has(tokens[phrase - 1]?.lower ?? '');
  const place = placeOf(mention, tokens, context, phrase);
  // a population of another time with no place still stays apart from the population now
  if (!place && !earlier) return null;
  const key: FactKey = {
    subject: MAIN_EVENT,
    attribute: 'population',
    dimension: 'count',
    qualifier: [place, earlier ? 'earlier' : ''].filter(Boolean).join(', '),
    label: `${earlier ? 'earlier ' : ''}population${place ? ` of ${place}` : ''}`,
  };
  return { key, confidence: POPULATION_CONFIDENCE };
}
