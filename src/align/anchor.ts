/**
 * What a quantity is about. The event comes from the nearest event word in the sentence
 * (model/events.json); the attribute from the dimension or, for counts, a cue word
 * (model/attributes.json).
 */
import { perModel } from '../model/derived.js';
import { PhraseTable } from '../text/phrases.js';
import type { FactKey, Model, Quantity, QuantityMention, Token } from '../types.js';
import { peopleIn, type ArticleContext } from './context.js';
import { aboutOtherEvent, clauseOf, notALength, relativeEra } from './identity.js';
import { countCue, moneyAttribute, notTheTime, partOfBreakdown, severityOf } from './cues.js';
import { yearIn } from '../text/years.js';
import { frameAnchor } from './frames.js';
import { populationAnchor } from './population.js';
import { offspringKey } from './offspring.js';
import { countCues } from '../model/count-cues.js';
import { eventAt, eventWordsOf } from '../model/event-words.js';

/** The event, count-noun, rate and scope words of model/, per model. */
const tables = perModel(({ events, countNouns, offsets, attributes }) => ({
  PEOPLE: new Set(countNouns.people),
  PRESENT_VERBS: new Set(attributes.presentVerbs ?? []),
  SHARED: new Set(events.shared),
  RATE_UNITS: new Set(offsets.rateUnits),
  FUNCTION_WORDS: new Set(countNouns.function),
  SCOPE_BEFORE: new Set(attributes.scopes.before),
  SCOPE_NOUNS: new Set(attributes.scopes.nouns),
  scopeWords: new PhraseTable<true>(attributes.scopes.words.map((w) => [w, true] as [string, true])),
}));

/** The subject of count facts when no event word is near: the story's main event. */
export const MAIN_EVENT = 'event';
/**
 * Event words after the quantity are usually topics ("spoke for an hour about the truce"): they count as this
 * much farther.
 */
const RIGHT_PENALTY = 2;

export interface Anchor {
  key: FactKey;
  confidence: number;
  /** The value brought to a common reference (clock times in UTC), when it differs from the mention's. */
  value?: Quantity;
}

/** Everything anchoring may use besides the mention's own sentence. */
export type AnchorContext = Partial<ArticleContext>;

export function anchor(
  model: Model,
  mention: QuantityMention,
  tokens: Token[],
  context: AnchorContext = {},
): Anchor | null {
  // no event word or cue ties the value: what its own grammar says it is of
  const found = anchorIn(model, mention, tokens, context) ?? frameAnchor(model, mention, tokens, context);
  if (!found) return null;
  // a value about another event of the story's kind ("in a separate attack") meets nothing
  if (mention.value.dimension !== 'age' && aboutOtherEvent(model, mention, tokens)) return null;
  const era = eraOf(model, mention, tokens, context.year ?? null);
  return era ? { ...found, key: { ...found.key, era } } : found;
}

/** Prepositions of a phrase of when that may follow a clause after a comma ("..., from 1990-1996"). */
const TRAILING_WHEN = new Set(['from', 'in', 'between', 'during']);

/** Relative years: "last year" is the article's year minus one. */
const RELATIVE_YEARS: Record<string, number> = { last: -1, previous: -1, next: 1 };

/**
 * A year in the value's own clause that is not the article's own (or "last year"): the value is
 * about another time ("the 2004 tsunami killed 230,000"). A year in another clause of the same
 * sentence ("the quake, the strongest since 2004, killed 24") does not date the value.
 */
export function eraOf(
  model: Model,
  mention: QuantityMention,
  tokens: Token[],
  year: number | null,
): string | undefined {
  if (mention.value.dimension === 'date') return undefined;
  const own = nearestEvent(model, mention, tokens)?.event;
  const found = (k: number): string | undefined => {
    const t = tokens[k] as Token;
    const named = yearIn(t, model.calendar.years.named);
    if (named !== null && named !== year) return datesOther(model, tokens, k, own) ? undefined : t.text;
    const shift = RELATIVE_YEARS[t.lower];
    if (shift !== undefined && tokens[k + 1]?.lower === 'year')
      return year === null ? `${t.lower} year` : String(year + shift);
    return relativeEra(model, tokens, k, year);
  };
  // the value's clause, with the sentence's opening phrase ("In 2004, a quake ... killed 230,000")
  const [start, end] = clauseOf(mention, tokens);
  for (let k = mention.firstToken - 1; k >= start; k--) {
    const era = found(k);
    if (era) return era;
  }
  for (let k = mention.lastToken + 1; k <= end; k++) {
    const era = found(k);
    if (era) return era;
  }
  // "about 500,000 died in the civil war, from 1990-1996": a phrase of when after the comma dates the clause
  if (tokens[end + 1]?.text === ',' && TRAILING_WHEN.has(tokens[end + 2]?.lower ?? '')) {
    const era = found(end + 3);
    if (era) return era;
  }
  // an age goes with the sentence's time: "the 29-year-old Gigante ..., and was acquitted in 1958";
  // not when a present-tense verb follows it ("Mara Quint, 43, is charged ... for the 2010 shootings")
  if (mention.value.dimension === 'age' && !toldInThePresent(model, mention, tokens))
    for (let k = 0; k < tokens.length; k++)
      if (k < mention.firstToken || k > mention.lastToken) {
        const named = yearIn(tokens[k], model.calendar.years.named);
        if (named !== null && year !== null && named < year) return String(named);
      }
  return undefined;
}

/** "Mara Quint, 43, is charged": a present-tense verb right after an age in apposition (model/attributes.json). */
function toldInThePresent(model: Model, mention: QuantityMention, tokens: Token[]): boolean {
  const k = mention.lastToken + (tokens[mention.lastToken + 1]?.text === ',' ? 2 : 1);
  return tables(model).PRESENT_VERBS.has(tokens[k]?.lower ?? '');
}

/**
 * A year that names another event than the value's own: "a quake ... in a region hit by the
 * 2004 tsunami", "the tsunami of 2004". It dates that event, not the value.
 */
function datesOther(model: Model, tokens: Token[], k: number, own: string | undefined): boolean {
  const after = tokens[k + 1] ? eventWordsOf(model, tokens[k + 1]?.lower ?? '') : undefined;
  const before =
    tokens[k - 1]?.lower === 'of' && tokens[k - 2] ? eventWordsOf(model, tokens[k - 2]?.lower ?? '') : undefined;
  const named = after ?? before;
  return named !== undefined && named !== own;
}

function anchorIn(model: Model, mention: QuantityMention, tokens: Token[], context: AnchorContext): Anchor | null {
  const { value } = mention;
  if (mention.role === 'offset' || value.trend) return null;
  if (value.dimension === 'count')
    return (
      populationAnchor(model, mention, tokens, context) ??
      anchorOffspring(model, mention, tokens, context) ??
      anchorCount(model, mention, tokens)
    );
  if (value.dimension === 'age') return anchorAge(model, mention, context, tokens);
  if (value.dimension === 'duration' && notALength(model, mention, tokens)) return null;
  const byDimension = model.attributes.byDimension[value.dimension];
  if (!byDimension) return null;
  const attribute = value.dimension === 'money' ? moneyAttribute(model, mention, tokens, byDimension) : byDimension;
  if (!attribute) return null;
  if (value.dimension === 'time-of-day') return anchorClock(model, mention, tokens, attribute, context);
  if (mention.role === 'modifier') {
    // "a 30-day ceasefire", "Two-Hour Discussion": the noun right after names the thing measured.
    for (let k = mention.lastToken + 1; k <= mention.lastToken + 2; k++) {
      const event = eventAt(model, tokens, k);
      if (!event) continue;
      const owner = tables(model).SHARED.has(event.value) ? nearestName(mention, context) : null;
      if (tables(model).SHARED.has(event.value) && !owner) return null;
      const qualifiers = [qualifier(mention).qualifier, owner].filter(Boolean).join(', ');
      return {
        key: {
          subject: event.value,
          attribute,
          dimension: value.dimension,
          ...(qualifiers ? { qualifier: qualifiers } : {}),
        },
        confidence: 0.9,
      };
    }
    return null;
  }
  // "after nine days of a fierce siege": the duration belongs to what follows "of".
  if (tokens[mention.lastToken + 1]?.lower === 'of') {
    for (let k = mention.lastToken + 2; k <= mention.lastToken + 4; k++) {
      const event = eventAt(model, tokens, k);
      if (event)
        return {
          key: { subject: event.value, attribute, dimension: value.dimension, ...qualifier(mention) },
          confidence: 0.8,
        };
    }
    return null;
  }
  const event = nearestEvent(model, mention, tokens);
  if (!event) return null;
  const rate = rateOf(model, mention, tokens);
  // a contract, a sentence, a fine: a story holds several, so the value must name whose it is
  const owner = tables(model).SHARED.has(event.event) ? nearestName(mention, context) : null;
  if (tables(model).SHARED.has(event.event) && !owner) return null;
  const qualifiers = [qualifier(mention).qualifier, owner, rate].filter(Boolean).join(', ');
  return {
    key: {
      subject: event.event,
      attribute: rate ? `${attribute} ${rate}` : attribute,
      dimension: value.dimension,
      ...(qualifiers ? { qualifier: qualifiers } : {}),
    },
    confidence: Math.max(0.5, 0.9 - 0.02 * event.distance),
  };
}

/** How far after a count its scope may stand: "killed 3,000 people in the region". */
const SCOPE_WINDOW = 6;

/** What a toll covers: "in the province", "in Sumatra alone", "around the Indian Ocean", "in 13 countries". */
function scopeOf(model: Model, mention: QuantityMention, tokens: Token[]): string | undefined {
  for (let k = mention.lastToken + 1; k <= Math.min(tokens.length - 1, mention.lastToken + SCOPE_WINDOW); k++) {
    const t = tokens[k] as Token;
    if (
      t.text === '.' ||
      t.text === ';' ||
      (t.kind === 'number' && k > mention.lastToken + 1 && !tables(model).SCOPE_BEFORE.has(tokens[k - 1]?.lower ?? ''))
    )
      break;
    const alone = tables(model).scopeWords.startingAt(tokens, k);
    if (alone)
      return tokens
        .slice(Math.max(mention.lastToken + 1, k - 2), alone.next)
        .map((x) => x.text)
        .join(' ');
    if (!tables(model).SCOPE_BEFORE.has(t.lower)) continue;
    let j = k + 1;
    if (tokens[j]?.lower === 'the') j++;
    const head = tokens[j];
    if (!head) break;
    if (head.kind === 'number') return `${t.lower} ${head.text} ${tokens[j + 1]?.lower ?? ''}`.trim();
    if (tables(model).SCOPE_NOUNS.has(head.lower)) return `${t.lower} the ${head.lower}`;
    if (/^\p{Lu}/u.test(head.text)) {
      let end = j;
      while (/^\p{Lu}/u.test(tokens[end + 1]?.text ?? '')) end++;
      return `${t.lower} ${tokens
        .slice(j, end + 1)
        .map((x) => x.text)
        .join(' ')}`;
    }
  }
  return undefined;
}

/** "in 13 countries", "across 12 states": how far something reached, counted in the noun after the number. */
const EXTENT_BEFORE = new Set(['in', 'across', 'from']);

function anchorExtent(model: Model, mention: QuantityMention, tokens: Token[]): Anchor | null {
  const noun = mention.noun;
  if (
    !noun ||
    !noun.endsWith('s') ||
    !EXTENT_BEFORE.has(tokens[mention.firstToken - 1]?.lower ?? '') ||
    tokens[mention.lastToken + 1]?.lower !== noun
  )
    return null;
  const event = nearestEvent(model, mention, tokens);
  if (!event) return null;
  // the noun is what is counted, not a verb's participle: "number of countries", not "number countries"
  return {
    key: { subject: event.event, attribute: noun, dimension: 'count', label: `number of ${noun}` },
    confidence: 0.55,
  };
}

function anchorCount(model: Model, mention: QuantityMention, tokens: Token[]): Anchor | null {
  // A count of something other than people ("seven villages") is no casualty count; neither is a fraction.
  if (!Number.isInteger(mention.value.amount)) return null;
  // "a mother of 12", "a group of 20": the number describes a noun before "of"
  const of = tokens[mention.firstToken - 1];
  if (
    of?.lower === 'of' &&
    tokens[mention.firstToken - 2]?.kind === 'word' &&
    !/s$/.test(tokens[mention.firstToken - 2]?.lower ?? '')
  )
    return null;
  if (
    !mention.verb ||
    (mention.noun &&
      !tables(model).PEOPLE.has(mention.noun) &&
      !tables(model).FUNCTION_WORDS.has(mention.noun) &&
      !countCues(model).counts.has(mention.noun))
  )
    return anchorExtent(model, mention, tokens);
  const noun = mention.noun;
  if (
    noun &&
    !tables(model).PEOPLE.has(noun) &&
    !tables(model).FUNCTION_WORDS.has(noun) &&
    !countCues(model).counts.has(noun)
  )
    return null;
  if (partOfBreakdown(model, mention, tokens)) return null;
  const cue = countCue(model, mention, tokens);
  const attribute = cue && countCues(model).counts.get(cue);
  if (!attribute) return null;
  const event = nearestEvent(model, mention, tokens);
  const confidence = mention.value.hedge === 'vague' ? 0.5 : 0.7;
  // where ("in the province") and how badly ("seriously"): either makes the count a part of the toll
  const qualifier = [severityOf(model, mention, tokens), scopeOf(model, mention, tokens)].filter(Boolean).join(', ');
  return {
    key: { subject: event?.event ?? MAIN_EVENT, attribute, dimension: 'count', ...(qualifier ? { qualifier } : {}) },
    confidence,
  };
}

/** "$20 million per season", "$5 a share": a rate. */
function rateOf(model: Model, mention: QuantityMention, tokens: Token[]): string | null {
  if (mention.value.per) return `per ${mention.value.per}`; // read with the value ("$1,200 a week")
  const per = tokens[mention.lastToken + 1]?.lower ?? '';
  const unit = tokens[mention.lastToken + 2]?.lower.replace(/s$/, '') ?? '';
  if (model.offsets.rates[per] && tables(model).RATE_UNITS.has(unit)) return `per ${unit}`;
  if (/^(?:annually|yearly|monthly|weekly|daily|hourly)$/.test(per))
    return `per ${per
      .replace(/ly$/, '')
      .replace(/^dai$/, 'day')
      .replace(/^annual$/, 'year')}`;
  return null;
}

/** The name (of the given types) nearest to a value in its sentence, within `maxDistance` tokens. */
function nearestNamed(
  mention: QuantityMention,
  context: AnchorContext,
  maxDistance: number,
  types: ReadonlySet<string>,
): { name: string; distance: number } | null {
  let best: { name: string; distance: number } | null = null;
  for (const p of peopleIn(context, mention.sentence)) {
    if (!types.has(p.type)) continue;
    const distance =
      p.lastToken < mention.firstToken
        ? mention.firstToken - p.lastToken
        : p.firstToken > mention.lastToken
          ? p.firstToken - mention.lastToken + 0.5 // a tie goes to the name before: "Robyn Mendes, 48, Gomes' ..."
          : 0;
    if (distance <= maxDistance && (!best || distance < best.distance)) best = { name: p.name, distance };
  }
  return best;
}

const PERSONS = new Set(['person']);
const OWNERS = new Set(['person', 'organization']);

/** The person or organization named nearest to a value in its sentence (within a few words). */
function nearestName(mention: QuantityMention, context: AnchorContext): string | null {
  return nearestNamed(mention, context, 12, OWNERS)?.name ?? null;
}

/** Money is compared only in one currency (no exchange rates are invented): the currency is part of the key. */
function qualifier(mention: QuantityMention): { qualifier?: string } {
  return mention.value.dimension === 'money' ? { qualifier: mention.value.unit } : {};
}

/** "a mother of five": the number of children of the person the grammar names. */
function anchorOffspring(
  model: Model,
  mention: QuantityMention,
  tokens: Token[],
  context: AnchorContext,
): Anchor | null {
  const key = offspringKey(model, mention, tokens, peopleIn(context, mention.sentence));
  return key ? { key, confidence: OFFSPRING_CONFIDENCE } : null;
}

/** How sure a count of someone's children is: read from grammar, as an age in apposition. */
const OFFSPRING_CONFIDENCE = 0.8;

/** "aged 41", "Mara Quint, 41,", "the 41-year-old singer": the age of the person named nearest. */
function anchorAge(
  model: Model,
  mention: QuantityMention,
  context: AnchorContext,
  tokens: Token[] = [],
): Anchor | null {
  // "an 11-year old girl": the age of the noun that follows, not of the person named nearby
  // (quote marks skipped: her 12-year-old "adopted son")
  let after = mention.lastToken + 1;
  while (tokens[after]?.kind === 'punct' && /^["“”'‘’]$/.test(tokens[after]?.text ?? '')) after++;
  const next = tokens[after];
  // "at age 17", "between age 17 and 25": an age at some past time, not the person's age
  if (
    /^(?:age|ages)$/.test(tokens[mention.firstToken - 1]?.lower ?? '') &&
    /^(?:at|between|from|until|since|by|before|after)$/.test(tokens[mention.firstToken - 2]?.lower ?? '')
  )
    return null;
  // "Mara Quint, a 38-year-old Dover resident": an appositive after a name describes that person
  const people = peopleIn(context, mention.sentence);
  const [article, comma] = [tokens[mention.firstToken - 1]?.lower ?? '', tokens[mention.firstToken - 2]?.text];
  const described =
    (article === 'a' || article === 'an') && comma === ','
      ? people.find((p) => p.type === 'person' && p.lastToken === mention.firstToken - 3)
      : undefined;
  if (described) return { key: { subject: described.name, attribute: 'age', dimension: 'age' }, confidence: 0.85 };
  // a capitalized word that starts no person's name is a noun too: "a 15-year-old FLSD member";
  // and so is a name before a word for people ("the 39-year-old Dover man"): a place it describes them by
  const starting = people.find((p) => p.firstToken === after && p.type === 'person');
  const describes = starting && tables(model).PEOPLE.has(tokens[starting.lastToken + 1]?.text ?? '');
  if (describes) return null;
  const named = starting !== undefined;
  if (
    next &&
    next.kind === 'word' &&
    (/^\p{Ll}/u.test(next.text) || !named) &&
    !/^(?:and|who|was|is|has|had|said|of|in|on|at|from|to|,)$/.test(next.lower)
  )
    return null;
  const best = nearestNamed(mention, context, 6, PERSONS);
  if (!best) return null;
  return {
    key: { subject: best.name, attribute: 'age', dimension: 'age' },
    confidence: Math.max(0.5, 0.9 - 0.05 * best.distance),
  };
}

/**
 * Clock times compare in UTC: a fixed zone by its offset, "local time" by the offset of the
 * country the article names most. A time with no zone is compared only with others with none.
 */
function anchorClock(
  model: Model,
  mention: QuantityMention,
  tokens: Token[],
  attribute: string,
  context: AnchorContext,
): Anchor | null {
  if (notTheTime(mention, tokens)) return null;
  const event = nearestEvent(model, mention, tokens);
  if (!event) return null;
  const confidence = Math.max(0.5, 0.9 - 0.02 * event.distance);
  // news gives the time where the event happened unless it names a zone: a time with no zone is local
  const unzoned = context.unzonedOffset ?? null;
  const zone = mention.value.zone ?? (unzoned === null ? null : 'local');
  const local = mention.value.zone ? (context.localOffset ?? null) : unzoned;
  const offset = zone === null ? null : zone === 'local' ? local : (model.clock.offsets[zone] ?? null);
  const key = { subject: event.event, attribute, dimension: mention.value.dimension };
  const v = mention.value;
  // a time of day on a line of minutes: a band across midnight ("shortly after 11:55 p.m.", or once
  // moved to UTC) cannot be compared on it, so it is left out rather than set against 00:05
  const crosses = (low: number, high: number): boolean =>
    Number.isFinite(high) && Math.floor(low / DAY_MINUTES) !== Math.floor(high / DAY_MINUTES);
  if (crosses(v.low, v.high)) return null;
  if (zone === null) return { key: { ...key, qualifier: 'unzoned' }, confidence };
  if (offset === null) return { key: { ...key, qualifier: zone }, confidence };
  const where = mention.value.zone ? zone : 'no zone given: local';
  const from = `${where} UTC${offset >= 0 ? '+' : '−'}${formatOffset(Math.abs(offset))}`;
  const note = zone === 'UTC' || zone === 'GMT' ? 'UTC' : `UTC (from ${from})`;
  // 7:48 a.m. at UTC+9 is 22:48 UTC (of the day before): the time of day wraps past midnight
  const wrap = Math.floor((v.low - offset) / DAY_MINUTES) * DAY_MINUTES;
  const [low, high] = [v.low - offset - wrap, v.high - offset - wrap];
  if (crosses(low, high)) return null;
  return { key, confidence, value: { ...v, low, high, zone: note } };
}

const DAY_MINUTES = 24 * 60;

function formatOffset(minutes: number): string {
  return minutes % 60 === 0
    ? String(minutes / 60)
    : `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

export function nearestEvent(
  model: Model,
  mention: Pick<QuantityMention, 'firstToken' | 'lastToken'>,
  tokens: Token[],
): { event: string; distance: number } | null {
  let best: { event: string; distance: number } | null = null;
  for (let k = 0; k < tokens.length; k++) {
    if (k >= mention.firstToken && k <= mention.lastToken) continue;
    const match = eventAt(model, tokens, k);
    if (!match) continue;
    const distance =
      k < mention.firstToken ? mention.firstToken - match.next + 1 : (k - mention.lastToken) * RIGHT_PENALTY;
    if (!best || distance < best.distance) best = { event: match.value, distance };
  }
  return best;
}
