/**
 * The central types of factdiff, in pipeline order:
 * Article → Sentence → Mention → Fact → Finding → Report.
 * The types that cross stages; a stage's own types live with it (a rule's `CompareInput`,
 * a formatter's `Style`).
 */
import type { ModelAdditions } from './model/additions.js';
import type * as Data from './model/data.js';
import type { Places } from './model/places.js';
import type { SourceText } from './util/offset-map.js';

export type { ModelAdditions } from './model/additions.js';

/**
 * What the pipeline knows of the language and the world: the data files in `model/` with the
 * config's additions, and the place data. Made by `loadModel` (src/model/load.ts) and passed to
 * every stage; nothing reads it from anywhere else.
 */
export interface Model {
  hedges: Data.HedgeLexicon;
  numberWords: Data.NumberWords;
  units: Data.Units;
  offsets: Data.Offsets;
  events: Data.Events;
  attributes: Data.Attributes;
  clock: Data.Clock;
  countNouns: Data.CountNouns;
  currencies: Data.Currencies;
  vague: Data.Vague;
  calendar: Data.Calendar;
  roles: Data.Roles;
  entities: Data.EntityLexicon;
  regions: Data.Regions;
  html: Data.HtmlElements;
  stances: Data.Stances;
  /** WordNet's verb senses: whether two verbs may tell one act. */
  verbSenses: Data.VerbSenses;
  places: Places;
  /** The additions this model was made with: the reading cache keys on them, workers load from them. */
  additions: ModelAdditions;
}

/** A character range in an article's decoded text: `text.slice(start, end)`. JavaScript string indices. */
export interface Span {
  start: number;
  end: number;
}

/** One input document, already decoded. `path` is what reports show (relative, `/` separators). */
export interface Article {
  path: string;
  text: string;
  /** Publication date (ISO `YYYY-MM-DD`) when known. */
  date?: string;
}

export interface Sentence extends Span {
  index: number;
}

/** A word, number or punctuation mark with its place in the article. */
export interface Token extends Span {
  text: string;
  /** Lower-cased text, for lexicon look-ups. */
  lower: string;
  kind: 'word' | 'number' | 'punct';
  /** Whether white space separates this token from the previous one. */
  spaceBefore: boolean;
  /** Part-of-speech and name tags from the NLP adapter ("Person", "Place", "Verb", ...). */
  tags?: readonly string[];
  /** The dictionary form of a plural noun or an inflected verb, from the NLP adapter, while an article is read. */
  root?: string;
  /** For a word in -ed the tagger reads as an adjective ("were charged"): the verb it is a participle of. */
  participleOf?: string;
}

/** An article split into sentences: what a reading keeps of its parse. */
export interface ParsedArticle {
  article: Article;
  sentences: Sentence[];
  /** How many words (tokens that are not punctuation) the article holds. */
  words: number;
}

/**
 * A parsed article with the tokens of each sentence: made with NLP tags while an article is
 * read, and again without tags (`tokenizeArticle`) for the stages that read a story's
 * sentences; they are not kept between stages (at 10,000 articles they were half of what the
 * readings held, docs/performance.md).
 */
export interface TokenizedArticle extends ParsedArticle {
  /** Tokens of each sentence, parallel to `sentences`. */
  tokens: Token[][];
}

export type Dimension =
  | 'duration'
  | 'count'
  | 'percent'
  | 'percentage-point'
  | 'time-of-day'
  | 'money'
  | 'age'
  | 'length'
  | 'mass'
  | 'temperature'
  | 'area'
  | 'speed'
  | 'volume'
  | 'information'
  | 'power'
  | 'energy'
  | 'frequency'
  | 'pressure'
  | 'torque'
  | 'current'
  | 'voltage'
  | 'charge'
  | 'data-rate'
  | 'fuel-economy'
  | 'concentration'
  | 'magnitude'
  | 'angle'
  /** Calendar days since 1970-01-01 (`unit: 'day'`), resolved against the article's date when relative. */
  | 'date';

/** How a hedge word bends the stated amount into an interval. See docs/quantities.md. */
export type Hedge =
  | 'exact'
  | 'about'
  | 'nearly'
  | 'more-than'
  | 'just-over'
  | 'well-over'
  | 'at-least'
  | 'less-than'
  | 'at-most'
  | 'range'
  /** "dozens", "several", "hundreds of": a conventional range. */
  | 'vague';

export type Trend = 'up' | 'down';

/** A closed, open or half-open interval in a base unit. `high` is `Infinity` when unbounded. */
export interface Interval {
  low: number;
  high: number;
  lowInclusive: boolean;
  highInclusive: boolean;
}

/** A quantity as read and normalized. */
export interface Quantity extends Interval {
  dimension: Dimension;
  /** Base unit of `low`/`high`: `s` for durations, `min-of-day` for clock times, `item` for counts, `%`. */
  unit: string;
  /** The number as written (90 for "nearly 90 minutes"). */
  amount: number;
  /** A stated range's upper number, in the same unit as `amount` (7 for "3% to 7%"). */
  amountHigh?: number;
  /** The unit as written ("minutes"), or null when none was written. */
  statedUnit: string | null;
  /** Canonical name of the stated unit ("minute", "mile", "USD"), or null. */
  unitKey: string | null;
  hedge: Hedge;
  trend: Trend | null;
  /** A rate's per-unit, singular ("week" of "$1,200 a week"). */
  per?: string;
  /** Time zone as written, for clock times. */
  zone?: string | null;
  /**
   * An age reaching up to a later article's day: its reading as told, the day told and the day reached
   * (ISO dates), and by how many years it may have grown.
   */
  aged?: { reading: string; on: string; by: string; years: number };
}

/** How the quantity sits in its sentence. */
export type QuantityRole =
  /** "lasted two hours": a measure of something. */
  | 'measure'
  /** "a 30-day ceasefire": a compound adjective on the noun that follows. */
  | 'modifier'
  /** "two weeks ago", "an hour earlier": an offset in time, not a measure of anything. */
  | 'offset';

/** A quantity as written, before normalization: what extract/ hands to normalize/. */
export interface QuantityReading {
  dimension: Dimension;
  /** The number as written. */
  amount: number;
  /** Upper number of a range ("20 to 30"), as written. */
  upper?: number;
  /** For ranges joined from two bounds ("more than 20 and at most 30"): whether each end is included. */
  lowInclusive?: boolean;
  highInclusive?: boolean;
  /** Place value of the last stated digit, in the stated unit. */
  granularity: number;
  /** Stated unit → base unit: base = (amount + shift) × factor. */
  factor: number;
  shift?: number;
  unit: string;
  statedUnit: string | null;
  /** Canonical name of the stated unit ("minute", "mile", "USD"), or null. */
  unitKey: string | null;
  hedge: Hedge;
  trend: Trend | null;
  zone?: string | null;
  /** A rate's per-unit, singular ("week" of "$1,200 a week"). */
  per?: string;
}

/** What a quantity is of, read from its own grammar (src/extract/frame.ts). */
export interface QuantityFrame {
  /** The counted or measured noun phrase: its modifiers and its head's lemma ("home run", "gallon of water"). */
  thing?: string;
  /** The same phrase as written ("home runs"), for messages. */
  written?: string;
  /** The lemma of the verb that governs the quantity ("fire", "arrest", "have"). */
  predicate?: string;
  /** That verb as written when it is a past form ("fired", "were arrested" → "arrested"): titles use it as it is. */
  past?: string;
  /** How the quantity stands to its verb: "object" (also of a passive), "subject", or a preposition ("in"). */
  role?: string;
  /** "12 of the 40", "one of the oldest": a part of a larger whole. */
  part?: boolean;
  /** Where or when the things are, said right after them ("on ground", "in takengon"). */
  scope?: string;
}

export interface RawQuantityMention extends Span {
  kind: 'quantity';
  text: string;
  sentence: number;
  reading: QuantityReading;
  role: QuantityRole;
  /** Token indices (within the sentence) covered by the mention. */
  firstToken: number;
  lastToken: number;
  /** The counted noun, for counts ("people" in "400 people"). */
  noun?: string;
  /** The verb or cue word near a count ("killed", "injured", "dead"). */
  verb?: string;
  /** What the quantity is of, from its grammar. */
  frame?: QuantityFrame;
}

/** A quantity mention with its normalized value. */
export interface QuantityMention extends Omit<RawQuantityMention, 'reading'> {
  value: Quantity;
}

/** A named thing is neither a person, a place nor an organization: a vessel ('the MV Orla Star'). */
export type EntityType = 'person' | 'place' | 'organization' | 'thing';

/** A role as written before or after a name: "former U.S. President", "the White House press secretary". */
export interface Role extends Span {
  text: string;
  /** Canonical title: "president", "secretary of state", "press secretary". */
  title: string;
  /** "former", "acting", ... */
  modifiers: string[];
  /** Whose role: a country or organization as written ("U.S.", "Russian", "White House"), canonicalized later. */
  qualifier: string | null;
}

/** A name in an article: a person, a place or an organization. */
export interface EntityMention extends Span {
  kind: 'entity';
  /** The name as written, cleaned of possessives and punctuation. */
  text: string;
  type: EntityType;
  sentence: number;
  firstToken: number;
  lastToken: number;
  role: Role | null;
  /** Written with an honorific ("Mr. Trump"). */
  honorific: string | null;
}

/** A quotation and who the article says spoke it. */
export interface QuoteMention extends Span {
  kind: 'quote';
  /** The words inside the quote marks. */
  text: string;
  /** Lower-cased, quote marks and punctuation unified, white space folded: what is compared. */
  normalized: string;
  speaker: { text: string; start: number; end: number } | null;
}

/** A name whose type may not be known yet: what reading one article finds, before the batch types it. */
export type Candidate = Omit<EntityMention, 'type'> & { type: EntityType | null; typedBy: 'lexicon' | 'tags' | null };

/**
 * One article read on its own (the costly part: NLP, quantities, name candidates). Plain
 * data, so that it can be made in a worker thread or kept in the cache.
 */
export interface ArticleReading {
  parsed: ParsedArticle;
  mentions: QuantityMention[];
  names: Candidate[];
}

/** One article's mentions once the batch is read: its names typed with what the batch knows, its quotes. */
export interface ArticleMentions {
  parsed: ParsedArticle;
  mentions: QuantityMention[];
  entities: EntityMention[];
  quotes: QuoteMention[];
}

/** Why two spellings were merged into one entity (src/normalize/entities.ts lists the rules). */
export type MergeReason = 'alias' | 'same name' | 'spelling variant' | 'first-name variant' | 'surname' | 'first name';

export interface EntityRef {
  path: string;
  mention: EntityMention;
}

/** One real person, place or organization, merged across the articles that name it. */
export interface Entity {
  id: string;
  type: EntityType;
  /** The display name: the most frequent full form. */
  name: string;
  /** Every spelling used, with the reason it was merged (the display name has 'same name'). */
  names: { name: string; reason: MergeReason; articles: string[] }[];
  mentions: EntityRef[];
  roles: { path: string; role: Role; mention: EntityMention }[];
  articles: string[];
}

/** What a fact is about: the thing, the attribute and the dimension. */
export interface FactKey {
  /** Canonical event or entity ("call", "ceasefire"). */
  subject: string;
  /** "duration", "killed", "time", ... */
  attribute: string;
  dimension: Dimension;
  /** Narrows the key further: the currency of money, "unzoned" for clock times without a zone. */
  qualifier?: string;
  /** Another time than the article's own: the year named near the value ("the 2004 tsunami killed 230,000"). */
  era?: string;
  /** Read from the value's grammar (src/align/frames.ts), not from an event word or a cue. */
  frame?: true;
  /** Paired from two articles' sentences that tell the same thing (src/align/alike.ts). */
  alike?: true;
  /** The subject is a person named near the value, as for an age ("a mother of five": her children). */
  person?: true;
  /** What the fact is called in messages when its attribute is no word for it ("number of fire engines (fight)"). */
  label?: string;
}

/** A mention aligned to what it is about. */
export interface Fact {
  key: FactKey;
  article: string;
  /** The mention, its value possibly brought to a common reference (clock times to UTC). */
  mention: QuantityMention;
  /** 0..1: how sure the extraction and the alignment are. */
  confidence: number;
}

export type Severity = 'error' | 'warning' | 'info';

/** A quoted piece of an article backing a finding. */
export interface Evidence extends Span {
  path: string;
  line: number;
  column: number;
  text: string;
  /** Normalized reading of `text`. */
  value: EvidenceValue;
  /** Index into the finding's `camps`. */
  camp: number;
  /** The sentence around the evidence, for display. */
  context: string;
  /** Where `text` starts inside `context`. */
  contextOffset: number;
}

/** The normalized reading behind a piece of evidence, by kind of finding. */
export type EvidenceValue = QuantityValue | RoleValue | NameValue | QuoteValue | PlaceValue | StanceValue;

export interface QuantityValue {
  kind: 'quantity';
  dimension: Dimension;
  low: number;
  /** null when unbounded. */
  high: number | null;
  lowInclusive: boolean;
  highInclusive: boolean;
  unit: string;
  hedge: Hedge;
  amount: number;
  /** A stated range's upper number, in the unit of `amount`. */
  amountHigh?: number;
  /** A rate's per-unit, singular ("week" of "$1,200 a week"). */
  per?: string;
  statedUnit: string | null;
  /** The value in words, e.g. "about 81–90 min". */
  reading: string;
}

export interface RoleValue {
  kind: 'role';
  /** The canonical person the role belongs to. */
  entity: string;
  title: string;
  modifiers: string[];
  qualifier: string | null;
  reading: string;
}

export interface NameValue {
  kind: 'name';
  entity: string;
  /** Why this spelling was merged with the canonical name. */
  reason: string;
  reading: string;
}

/** Who took which side on which proposal (stance-conflict). */
export interface StanceValue {
  kind: 'stance';
  /** The canonical holder of the stance. */
  holder: string;
  stance: 'support' | 'oppose' | 'undecided';
  /** Softened in the text ("cautious support"). */
  hedged: boolean;
  /** The proposal, as its kind and the words that tell which one ("30-day ceasefire"). */
  proposal: string;
  reading: string;
}

export interface QuoteValue {
  kind: 'quote';
  /** The canonical speaker, or the speaker as written when unknown. */
  speaker: string;
  speakerText: string;
  reading: string;
}

export interface PlaceValue {
  kind: 'place';
  place: string;
  /** The places that contain it (country, region), most specific first. */
  within: string[];
  reading: string;
}

/** Facts about one thing, from any number of articles. */
export interface FactGroup {
  key: FactKey;
  facts: Fact[];
}

/** A group of articles that agree with each other about a fact. */
export interface Camp {
  reading: string;
  articles: string[];
}

export type RuleId =
  | 'quantity-conflict'
  | 'update'
  | 'single-source'
  | 'role-conflict'
  | 'name-variant'
  | 'attribution-conflict'
  | 'place-conflict'
  | 'stance-conflict';

export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  confidence: number;
  message: string;
  subject: string;
  attribute: string;
  /** How many articles state the fact at all. */
  articlesStating: number;
  /** Why the values were judged one fact: what tied them ("the event word for the call"). */
  link?: string;
  camps: Camp[];
  evidence: Evidence[];
  /** Index of the story (in `Report.stories`) whose articles the finding compares. */
  story?: number;
}

/** How a batch is split into stories before facts are compared: by content, not at all, or by folder. */
export type GroupMode = 'auto' | 'none' | 'dir';

/** What ingest found: the articles, the files it could not read, and where HTML positions map back. */
export interface Inputs {
  articles: Article[];
  /** Files found but not read (binary, too large, permission denied...), sorted by path. */
  skipped: SkippedInput[];
  /** Articles made from HTML: the file's text and the map back into it, by path. */
  sources: ReadonlyMap<string, SourceText>;
  /** The ignore files folder walks honoured, and how many files and folders they left out (for --verbose). */
  ignored?: { files: string[]; count: number };
}

/** The tool that made a report. */
export interface ToolInfo {
  name: string;
  version: string;
}

/** An input that was found but not read, and why. `path` is shown like an article's path. */
export interface SkippedInput {
  path: string;
  reason: string;
}

/** What the config sets a rule to: off, or the severity its findings get. */
export type RuleSetting = 'off' | Severity;

/** A config entry that drops the findings it matches (every field given must match). */
export interface Suppression {
  rule?: RuleId;
  subject?: string;
  attribute?: string;
  /** A glob matched against the paths of the finding's articles, relative to the config file's folder. */
  path?: string;
  fingerprint?: string;
  reason: string;
}

export interface ArticleSummary {
  path: string;
  /** 0 when skipped. */
  words: number;
  /** `skipped`: the file was found but not read (binary, too large, permission denied...); see `reason`. */
  status: 'checked' | 'skipped';
  /** Why the file was skipped; only on skipped files. */
  reason?: string;
  /** Index of the story the article was grouped into; absent on skipped files, which are in none. */
  story?: number;
}

export interface Summary {
  articles: number;
  /** How many stories the articles were grouped into (facts are compared inside a story). */
  stories: number;
  findings: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Findings dropped by the config's `suppressions` (present when it has any). */
  suppressed?: number;
  /** Findings left out because their fingerprint is in the `--baseline` (present with --baseline). */
  baselined?: number;
  /** Warnings and infos not listed because of `--quiet` (present with --quiet); the exit code still counts them. */
  hidden?: number;
  /** Findings less sure than `--min-confidence` (present with it); not listed and not counted by the exit code. */
  belowConfidence?: number;
}

/** A story of the batch: articles about one event, whose facts were compared with each other. */
export interface StoryInfo {
  /** "story-1", "story-2", … in the order of `Report.stories` (by their first article's path). */
  id: string;
  /** The headline most of its articles share, else its first article's. */
  title: string;
  articles: string[];
  /** Its findings by severity (after suppressions, the baseline and --quiet). */
  errors: number;
  warnings: number;
  infos: number;
}

export interface Report {
  schemaVersion: 1;
  tool: ToolInfo;
  articles: ArticleSummary[];
  /** The stories the articles were grouped into; `ArticleSummary.story` and `Finding.story` index it. */
  stories?: StoryInfo[];
  findings: Finding[];
  summary: Summary;
}
