/**
 * The shapes of the data files in `model/`: lexicons, unit and currency tables, calendars.
 * The files are data, not code: edit them, not these types (src/model/load.ts reads them).
 */
import type { Dimension, Hedge } from '../types.js';

/** How far hedged and rounded amounts reach (model/hedges.json `tolerance`; the config's `tolerances`). */
export interface Tolerances {
  about: number;
  nearly: number;
  'just-over': number;
  rounding: number;
  clockAbout: number;
}

export interface HedgeLexicon {
  before: Record<string, Hedge>;
  /** '=' marks "or equal": it makes a strict hedge inclusive. */
  after: Record<string, Hedge | '='>;
  /** Hedges of a clock time only ("shortly after 9 p.m."). */
  clockBefore?: Record<string, Hedge>;
  tolerance: Tolerances;
}

export interface NumberWords {
  units: Record<string, number>;
  tens: Record<string, number>;
  scales: Record<string, number>;
  suffixScales: Record<string, number>;
  singles: Record<string, number>;
  fractions: Record<string, number>;
  denominators: Record<string, number>;
  unitQuantifiers: Record<string, number>;
  scaleFractions: Record<string, number>;
  /** Words before "one" that make it a pronoun ("the one you mentioned", "which one"). */
  pronounOne: string[];
  articles: string[];
  /** Scale letters read only as written and glued to the digits ("6.1M", "$1.4T"). */
  casedSuffixScales?: Record<string, number>;
  /** Words that end a street's name ("221 Baker Street": a street number, not a count). */
  streets?: string[];
}

export interface UnitEntry {
  key: string;
  dimension: Dimension;
  factor: number;
  shift?: number;
  words: string[];
  /** Symbols read only as written ("MW" megawatts, "mW" milliwatts): model/units-si.json. */
  cased?: string[];
  /** Read only in this context (a key of `Units.contexts`): "degrees" of temperature, "pounds" of weight. */
  context?: string;
  /** With `context`: also read glued to the number ("85°", "a 200-pound bomb") unless an `against` cue is nearer. */
  glued?: boolean;
  /** With `context`: also read as an upper-case letter glued to the number before punctuation or the end ("40C."). */
  atEnd?: boolean;
  /** The unit the amount is in when it is not the dimension's base ("°" for degrees of no stated scale). */
  base?: string;
}

export interface Units {
  dimensions: Record<string, { base: string; display?: [string, number][] }>;
  /** Short unit words that are also ordinary words: read only right after a number. */
  ambiguous: string[];
  /** Unit words read only in the case written ("dm" is decimetres, "DM" Deutsche Marks). */
  exactCase: string[];
  units: UnitEntry[];
  /** A unit key → the smaller units its amount may go on in ("5 ft 2 in"). */
  compounds: Record<string, string[]>;
  /** Cue words that tell which reading a unit word has in a sentence. */
  contexts: Record<string, { cues: string[]; against: string[] }>;
  /** The word for a quake's magnitude, and nouns a decimal before which is one ("a 4.4 quake"). */
  magnitude?: { words: string[]; nouns: string[]; max: number };
  /** Words before a number that make it a temperature in degrees ("temperatures were minus 20"). */
  temperature?: { words: string[]; between: string[]; movedTo: string[] };
  /** Words between a number and its unit that say how much ("two full hours"). */
  degreeWords?: string[];
  /** Words between a number and its unit that make it an amount added ("six more inches"). */
  addedWords?: string[];
}

export interface Currencies {
  symbols: Record<string, string>;
  /** Letters of a sign like "C$" that may also be written apart or in lower case ("c $ 16"). */
  looseLetters: string[];
  words: Record<string, string>;
  /** ISO codes also read in upper case before the number ("USD 200"). */
  codes: string[];
  /** Codes that are also English words: never read before a number. */
  wordCodes: string[];
  /** A minor unit → its currency and worth ("USD-cent" → ["USD", 0.01]). */
  minor: Record<string, [string, number]>;
  /** A currency → the minor units that may follow it ("3 dollars 50 cents"). */
  compounds: Record<string, string[]>;
  /** Prefixes that multiply an upper-case code written with them: "M" in "30 MUSD". */
  scaledCodes: Record<string, number>;
}

export interface Vague {
  amounts: Record<string, [number, number]>;
  fractions: Record<string, number | [number, number]>;
  /** "no one was hurt", "no injuries": words of none, read as 0 before a count cue. */
  none?: {
    pronouns: string[];
    determiners: string[];
    between: string[];
    notAfter: string[];
    have: string[];
    scopes: string[];
    /** Pronouns of a person: before a cue ("he had killed no one") the none is a person's act or claim. */
    persons?: string[];
  };
  /** "two were killed and another wounded": one more victim of another kind. */
  another?: { heads: string[]; ordinals: string[]; between: string[] };
}

export interface Offsets {
  after: string[];
  trend: { up: string[]; down: string[] };
  /** "per", "a", "each" before a unit of a rate ("per season", "a share"). */
  rates: Record<string, boolean>;
  rateUnits: string[];
  /** Change words that before money tell money raised, not a change ("raised $50 million"). */
  fundraising?: string[];
}

export interface Events {
  events: Record<string, string[]>;
  /** Words right before an event word that make it name no event of its class ("opened fire"). */
  notAfter?: Record<string, string[]>;
  /** Words of how much that may stand between a `notAfter` word and its event word ("opened heavy fire"). */
  notAfterSkips?: string[];
  /** Words right after an event word that make it name an institution, not an event ("fire chief"). */
  notBefore?: Record<string, string[]>;
  /** Classes a story often holds several of: compared only per named person or organization. */
  shared: string[];
  /** Words that put a value on another event than the story's ("a separate attack", "the previous quake"). */
  otherEvent?: { strong: string[]; modifiers: string[]; nouns: string[] };
  /** Words that open a sentence going on about the previous sentence's event ("It killed 400"). */
  continuing?: string[];
  /** Dimensions whose figures say which event of a kind a value is about (a magnitude), and how far two may differ. */
  identity?: Partial<Record<Dimension, number>>;
  /** How many tolerances apart a story's identity figures may lie and be one event's. */
  identitySpread?: number;
  /** The share of the tolerance by which two groups' most-given identity figures tell two events. */
  storyIdentityShare?: number;
  /** Grouping: how many first sentences are the lead, and how much more their words count than the body's. */
  storyLead?: { sentences: number; weight: number };
}

export interface Attributes {
  byDimension: Record<string, string>;
  countCues: Record<string, string[]>;
  /** What a toll covers ("in the province", "alone"). */
  scopes: { before: string[]; nouns: string[]; words: string[] };
  /** Nouns that name a sum's attribute before "of" ("market value of $115 billion"). */
  moneyAttributes?: string[];
  /** "$4.2 billion in cash": parts of an amount. */
  moneyParts?: string[];
  /** "in the past 24 hours": words before a span that make it a window, not a length. */
  windows?: string[];
  /** "decades-old", "two weeks ago", "39 days left": words after a span that make it no length of the event. */
  after?: string[];
  /** "four boys and two teachers": nouns of the parts of a toll. */
  breakdownNouns?: string[];
  /** Compass words → [degrees clockwise from north, how far either side the word reaches]. */
  bearings?: Record<string, [number, number]>;
  /** Words that put an event in the town named next ("centered in"): a distance after that town places the event. */
  eventAt?: { verbs: string[]; nouns: string[] };
  /** What puts a value in a part of the event: "during the round", "in the sixth round". */
  partial?: { before: string[]; ordinals: string[] };
  lightVerbs?: string[];
  /** Words after a duration that make it a moment on a countdown clock ("five minutes remaining"). */
  countdown?: string[];
  /** Verbs of reporting or outcome ("said", "left"): no evidence of which act a value counts. */
  noEvidenceVerbs?: string[];
  /** Verbs news uses for one act that WordNet keeps apart ("arrest", "detain"). */
  alikeActs?: string[][];
  /** Degree words of hurt ("seriously" → "serious"): a count at one degree is part of the toll. */
  severities?: Record<string, string>;
  /** Present-tense verbs after an age in apposition: the age is of the article's day. */
  presentVerbs?: string[];
  /** Units of a tally ("four days of riots") that tell the time gone by so far (src/compare/rules/update.ts). */
  lengthSoFar?: string[];
  /** "a mother of five": parent nouns before "of" and a count, and the nouns of children after it. */
  offspring?: { parents: string[]; grandparents: string[]; children: string[]; follow: string[]; links: string[] };
  /** "home to 80,000 people", "a population of 5,000": the words before a place's population and its nouns. */
  population?: { before: string[]; nouns: string[] };
}

export interface Clock {
  /** "a.m.", "pm": written after a time, they make a number a clock time. */
  meridiem: Record<string, 'am' | 'pm'>;
  /** "in the morning", "at night" → a key of `partHours`; they make a number before them a clock time. */
  dayParts: Record<string, string>;
  /** "this morning", "tonight", "evening" → a key of `partHours`; they place a time but do not make one. */
  weakDayParts: Record<string, string>;
  /** Part of the day → first hour of its 12-hour window ("night": 17 puts "8" at 20:00 and "12" at 00:00). */
  partHours: Record<string, number>;
  named: Record<string, number>;
  /** Vague named times ("mid-morning") → [minutes after midnight, minutes either side]. */
  roughly: Record<string, [number, number]>;
  zones: Record<string, string>;
  /** Minutes east of UTC for zones with one fixed offset. */
  offsets: Record<string, number>;
  oclock: string[];
  /** "hrs", "hours" after a 24-hour time ("19:00 hrs"). */
  hoursMark: string[];
  /** "minutes", "mins" between an amount and "past"/"to". */
  minuteWords: string[];
  /** "past" +1, "to" −1: minutes after or before the hour. */
  past: Record<string, 1 | -1>;
  /** Minute amounts that are not plain numbers: "half", "a quarter", "three quarters". */
  quarters: Record<string, number>;
  /** Words that may stand before a clock time written without am/pm ("at seven", "until 10"). */
  at: string[];
  /** The subset of `at` that may introduce a bare hour with nothing after it ("at 7."). */
  atBareHour: string[];
  /** Hedges that may stand between `atBareHour` and the hour ("at about 7."). */
  approx: string[];
  /** Words before "at" that make the number a level, not a time ("the toll stood at 7."). */
  notClockAt: string[];
  /** Words that may follow a bare hour besides parts of the day, day names and zones ("at 7 sharp"). */
  followers: string[];
  /** Standard offsets of zone names that hold daylight time by the date ("PT", "ET"): the region they name. */
  regionalOffsets?: Record<string, number>;
}

export interface CountNouns {
  people: string[];
  function: string[];
}

export interface Calendar {
  /**
   * `read`: a four-digit number in this range is a year, not a count; `named`: years an article speaks of as
   * a time.
   */
  years: { read: [number, number]; named: [number, number] };
  months: Record<string, number>;
  weekdays: Record<string, number>;
  relativeDays: Record<string, number>;
  relativeSpans: Record<string, ['week' | 'month' | 'year', number]>;
  /** Era marks beside a year ("A.D. 1000"). */
  eras?: string[];
  /** Zones beside a numeric dateline that make it month first ("3/9/2011 5:12 PM ET"). */
  monthFirst?: string[];
}

export interface Roles {
  titles: Record<string, string[]>;
  modifiers: Record<string, string>;
  /** Modifiers that put the role in the past ("former"). */
  past: string[];
  /** Words that tell a role at its change, right before it ("fired president X", "rehired lawyer X"). */
  changes?: string[];
  /** Words that may stand between a change word and the role ("rehires longtime lawyer X"). */
  changeSkips?: string[];
  /** Words before a title that make it another post ("deputy minister" is not "minister"). */
  ranks?: string[];
  /** Groups of posts one person does not hold at once ("chief executive" and "chief operating officer"). */
  exclusive?: string[][];
  /** Modifiers of a post held for now or to come ("interim", "incoming"): it stands beside an exclusive post. */
  provisional?: string[];
  /** Words after a name with a past role that say where the person is now ("former coach X, now at Y"). */
  movedOn?: string[];
  /** Rank modifiers folded into the post when written before a qualifier ("Deputy Finance Minister"). */
  foldedRanks?: string[];
}

export interface EntityLexicon {
  aliases: Record<string, { type: 'person' | 'place' | 'organization'; names: string[] }>;
  organizations: string[];
  honorifics: string[];
  notNames: string[];
  /** News agencies and outlets: never the speaker of a quote. */
  media: string[];
  /** Heads after which a name continues over "of". */
  ofHeads: string[];
  /** Last words that make a name of two words or more an organization's ("Dover Police"). */
  organizationHeads?: string[];
  /** Words that open a named thing's name: a vessel's prefix ("MV", "USS"). */
  thingPrefixes?: string[];
  /** Words after a surname that tell a generation ("III", "Jr."), folded: not part of whom the name is. */
  generations?: string[];
  /** Lower-case nouns after a name that make it a place of that kind ("Tolna refugee camp"). */
  placeKinds?: string[];
}

export interface Regions {
  regions: Record<string, string[]>;
}

/** What an .html article's text is made of (src/ingest/html.ts). */
export interface HtmlElements {
  /** Elements whose text is not the article's (scripts, navigation, forms). */
  skip: string[];
  /** Elements whose text is the article, most specific first (article, main, body). */
  regions: string[];
  /** Elements that end a paragraph, and those that end a line. */
  paragraph: string[];
  line: string[];
  /** `<meta>` names and properties that give the publication date. */
  dateMeta: string[];
}

/** Every data file the pipeline reads, by its name in `model/` (without `.json`). */
export interface ModelFiles {
  hedges: HedgeLexicon;
  'number-words': NumberWords;
  units: Units;
  offsets: Offsets;
  events: Events;
  attributes: Attributes;
  clock: Clock;
  'count-nouns': CountNouns;
  currencies: Currencies;
  vague: Vague;
  calendar: Calendar;
  roles: Roles;
  entities: EntityLexicon;
  regions: Regions;
  html: HtmlElements;
  stances: Stances;
}

export type ModelFile = keyof ModelFiles;

/** Who backed what: the words of a claim frame (model/stances.json). */
export interface Stances {
  support: string[];
  oppose: string[];
  undecided: string[];
  negators: string[];
  hedges: string[];
  /** Proposal kind → the head nouns that name it. */
  proposals: Record<string, string[]>;
  /** Nouns that name a proposal without saying which. */
  references: string[];
  plainQualifiers: string[];
}

/** Verb senses from WordNet (model/verbs-wordnet.json, generated by `npm run wordnet`). */
export interface VerbSenses {
  /** A one-word verb → its first senses (synset numbers), most frequent first. */
  verbs: Record<string, number[]>;
  /** A synset number → the synsets it points to (hypernym, cause, entailment, verb group). */
  links: Record<string, number[]>;
}
