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

/** How far before the count its place may be named. */
const PLACE_REACH = 20;
/** How sure a population read from its words is. */
const POPULATION_CONFIDENCE = 0.8;

/**
 * Whose population: the place the phrase stands in apposition to ("Qeshm island, home to ..."), else the
 * place that opens the sentence, its subject ("Qeshm, an island off the coast of ..., has a population of
 * ..."). Any other place named between may be one the subject is placed by ("an island off Bandar Abbas").
 */
function placeOf(mention: QuantityMention, tokens: Token[], context: AnchorContext, phrase: number): string | null {
  const places = (context.placesBySentence?.get(mention.sentence) ?? []).filter(
    (p) => p.lastToken < mention.firstToken && mention.firstToken - p.lastToken <= PLACE_REACH,
  );
  const apposed = tokens[phrase - 1]?.text === ',' ? places.find((p) => p.lastToken === phrase - 2) : undefined;
  const opening = places.find((p) => p.firstToken === 0 || (p.firstToken === 1 && tokens[0]?.lower === 'the'));
  return (apposed ?? opening)?.name ?? null;
}

export function populationAnchor(
  model: Model,
  mention: QuantityMention,
  tokens: Token[],
  context: AnchorContext,
): Anchor | null {
  if (mention.value.dimension !== 'count' || mention.value.trend) return null;
  const t = tables(model);
  if (!t.before.endingBefore(tokens, mention.firstToken)) return null;
  // "home to 300 businesses": a noun after it that names no people
  const after = tokens[mention.lastToken + 1];
  if (after?.kind === 'word' && !t.nouns.has(after.lower) && !t.functionWords.has(after.lower)) return null;
  const place = placeOf(mention, tokens, context, t.before.endingBefore(tokens, mention.firstToken)?.first ?? 0);
  if (!place) return null;
  const key: FactKey = {
    subject: MAIN_EVENT,
    attribute: 'population',
    dimension: 'count',
    qualifier: place,
    label: `population of ${place}`,
  };
  return { key, confidence: POPULATION_CONFIDENCE };
}
