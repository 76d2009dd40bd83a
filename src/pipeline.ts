/**
 * factdiff, stage by stage, in run order. Each stage is one call with its inputs and outputs.
 *
 *   config → model → baseline → cache → ingest → read → finish → resolve → group
 *     → per story: resolve → align → compare
 *   → report → filters (positions, skipped files, rule settings, suppressions)
 *   → (--update-baseline: write it and stop) → the baseline filter → verdict (the exit code) → quiet → format
 *
 * `runCheck`, `runFacts`, `runEntities` and `runStories` are the four commands. The stages that touch files,
 * threads or the terminal (config, model, baseline, cache, ingest, read) are handed in
 * by the CLI as `RunEdges`; everything else here is pure. `check` is the pure middle, for the
 * library: articles and a model in, a report out.
 */
import { align } from './align/align.js';
import { compare, sortFindings } from './compare/index.js';
import { finishReadings, readArticle } from './extract/read.js';
import { explainStories, type StorySummary } from './group/explain.js';
import { groupStories } from './group/stories.js';
import { resolveEntities } from './normalize/entities.js';
import type { KnownFindings } from './report/baseline.js';
import { buildReport } from './report/build.js';
import { buildEntitiesReport, type EntitiesReport } from './report/entities.js';
import { buildFactsReport, type FactsReport } from './report/facts.js';
import {
  applyFilters,
  dropBaselined,
  errorsOnly,
  listSkipped,
  remapPositions,
  ruleSettings,
  suppress,
} from './report/filters/index.js';
import { remapFacts } from './report/filters/positions.js';
import { onlyStory } from './report/filters/story.js';
import { InputError } from './ingest/errors.js';
import type { Formatter, Style } from './report/formatters/style.js';
import { EXIT, verdict, type FailOn } from './report/verdict.js';
import { tokenizeArticle } from './text/tokens.js';
import type {
  Article,
  ArticleMentions,
  ArticleReading,
  Entity,
  FactGroup,
  FactKey,
  Finding,
  GroupMode,
  Inputs,
  Model,
  ModelAdditions,
  Report,
  RuleId,
  RuleSetting,
  SkippedInput,
  Suppression,
  TokenizedArticle,
  ToolInfo,
} from './types.js';

/** The stages `onStage` reports, in run order (resolve, align and compare once per story). */
export const STAGES = [
  'config',
  'model',
  'baseline',
  'cache',
  'ingest',
  'read',
  'finish',
  'resolve',
  'group',
  'align',
  'compare',
  'report',
  'filter',
  'format',
] as const;
export type Stage = (typeof STAGES)[number];
export type OnStage = (stage: Stage, ms: number) => void;

/** What the config tells a run: additions to the model, and what to do with the findings. */
export interface RunConfig {
  additions: ModelAdditions;
  rules: Partial<Record<RuleId, RuleSetting>>;
  suppressions: Suppression[];
  /** Suppression paths are relative to this folder (the config file's). */
  baseDir: string;
}

/** The stages that touch the outside world, as the CLI gives them (src/cli/edges.ts). */
export interface RunEdges<Cache = unknown> {
  /** config: the config file in force (found upward from the working folder, or --config), checked. */
  config(): Promise<RunConfig>;
  /** model: `model/` data with the config's additions. */
  model(additions: ModelAdditions): Model;
  /** cache: --cache's folder, opened before the inputs are read (so that `--cache articles/` is told apart). */
  cache(model: Model): Promise<Cache | undefined>;
  /** ingest: files, folders, globs, stdin → articles (.html and datelines read with the model). */
  ingest(model: Model): Promise<Inputs>;
  /** read: each article on its own, through the cache and in worker threads. */
  read(articles: Article[], model: Model, cache: Cache | undefined): Promise<ArticleReading[]>;
}

export interface CheckEdges<Cache = unknown> extends RunEdges<Cache> {
  /** baseline: the fingerprints of the --baseline file, read before the inputs (undefined: no baseline). */
  baseline(): Promise<KnownFindings | undefined>;
  /** --update-baseline: writes the findings' fingerprints. */
  writeBaseline(findings: Finding[]): Promise<void>;
}

export interface CheckRun {
  tool: ToolInfo;
  group: GroupMode;
  showSingle: boolean;
  minConfidence: number;
  /** The lowest severity that makes the exit code 1 ('never': none). */
  failOn: FailOn;
  maxWarnings?: number;
  /** Files that could not be read make the exit code 2 unless this is set. */
  skipUnreadable: boolean;
  quiet: boolean;
  /** Write the baseline instead of reporting (--update-baseline). */
  updateBaseline: boolean;
  format: Formatter;
  style: Style;
  /** Evidence lines per camp in the formats for people (--max-evidence). */
  maxEvidence?: number;
  /** Where the rule pages are, as the reader can open them (see FormatContext). */
  docs?: string;
  /** Where SARIF artifact paths are relative to (see FormatContext). */
  sarifRoot?: { root: string; cwd: string };
  cwd: string;
  onStage?: OnStage;
  /** Explain the grouping (for --verbose): each story's keys and its nearest other story. */
  explainStories?: boolean;
  /** --story: report only this story's findings ("story-2" or "2"). */
  story?: string;
}

export interface CheckResult {
  /** 0 clean, 1 findings at or above --fail-on (or too many warnings), 2 inputs not read. */
  exitCode: number;
  /** The report as shown (after --quiet). */
  report: Report;
  /** The formatted report; empty with --update-baseline. */
  output: string;
  /** What the run has to say besides the report ("too many warnings"). */
  notes: string[];
  /** How many articles were read, what reading found, and how many findings compare made (for --verbose). */
  read: {
    articles: number;
    quantities: number;
    names: number;
    skipped: number;
    findings: number;
    /** The ignore files folder walks honoured, and how many files and folders they left out. */
    ignored?: { files: string[]; count: number };
  };
  /** With `explainStories`: why the articles were grouped as they were. */
  stories?: StorySummary[];
}

/** `factdiff [paths]`: every stage of a check, in run order. */
export async function runCheck<Cache>(edges: CheckEdges<Cache>, run: CheckRun): Promise<CheckResult> {
  const stage = timer(run.onStage);
  const config = await stage('config', () => edges.config());
  const model = stage('model', () => edges.model(config.additions));
  const known = await stage('baseline', () => edges.baseline());
  const cache = await stage('cache', () => edges.cache(model));
  const input = await stage('ingest', () => edges.ingest(model));
  const readings = await stage('read', () => edges.read(input.articles, model, cache));
  const read = readCounts(readings, input.skipped.length, input.ignored);
  const { mentions, entities } = mentionsOf(model, input.articles, readings, stage);
  // the run owns its readings: once names are typed batch-wide it lets go of their name candidates
  // (a third of what readings held at 10,000 articles; the typed names are copies)
  for (const reading of readings) reading.names = [];
  let stories: StorySummary[] | undefined;
  const explain = run.explainStories
    ? (groups: string[][]) => (stories = explainStories(model, mentions, entities, groups))
    : undefined;
  const checked = checkMentions(model, mentions, entities, run, stage, explain);
  if (run.story !== undefined && !knownStory(checked, run.story)) {
    const n = checked.stories?.length ?? 1;
    throw new InputError(
      `--story ${run.story}: no such story; this batch has ${n === 1 ? 'story-1' : `story-1 to story-${n}`}`,
    );
  }
  read.findings = checked.summary.findings;
  const filtered = stage('filter', () =>
    applyFilters(checked, [
      remapPositions(input.sources), // positions back into HTML files
      listSkipped(input.skipped), // files not read, among the articles
      ruleSettings(config.rules, sortFindings), // the config's severities, rules off
      suppress(config.suppressions, config.baseDir, run.cwd), // the config's suppressions
      ...(run.story === undefined ? [] : [onlyStory(run.story)]), // --story: one story's findings
    ]),
  );
  const unread = input.skipped.length > 0 && !run.skipUnreadable;
  if (run.updateBaseline) {
    await edges.writeBaseline(filtered.findings);
    return { exitCode: unread ? EXIT.error : EXIT.ok, report: filtered, output: '', notes: [], read, stories };
  }
  const reported = known ? applyFilters(filtered, [dropBaselined(known)]) : filtered;
  const { exitCode, notes } = verdict(reported, run, unread); // counts what --quiet hides
  const shown = run.quiet ? errorsOnly(reported) : reported;
  const context = {
    style: run.style,
    ...(run.maxEvidence === undefined ? {} : { maxEvidence: run.maxEvidence }),
    ...(run.docs === undefined ? {} : { docs: run.docs }),
    ...(run.sarifRoot === undefined ? {} : { sarifRoot: run.sarifRoot }),
    articles: new Map(input.articles.map((a) => [a.path, a])),
  };
  const output = stage('format', () => run.format(shown, context));
  return { exitCode, report: shown, output, notes, read, stories };
}

/** `factdiff facts`: every quantity read, with the fact `check` compares it in (read → … → align, as `check`). */
export async function runFacts<Cache>(
  edges: RunEdges<Cache>,
  tool: ToolInfo,
  group: GroupMode = 'auto',
): Promise<{ report: FactsReport; skipped: SkippedInput[] }> {
  const { model, input, readings } = await firstStages(edges);
  // read, grouped and aligned as `check` does, so that each value is tied as `check` compares it
  const { mentions, entities } = mentionsOf(model, input.articles, readings);
  for (const reading of readings) reading.names = []; // typed batch-wide: the candidates can go, as in a check
  const ties = factTies(model, mentions, entities, group);
  return {
    report: remapFacts(buildFactsReport(model, mentions, tool, ties), input.sources),
    skipped: input.skipped,
  };
}

/** `factdiff entities`: the people, places and organizations, merged across the articles. */
export async function runEntities<Cache>(
  edges: RunEdges<Cache>,
  tool: ToolInfo,
): Promise<{ report: EntitiesReport; skipped: SkippedInput[] }> {
  const { model, input, readings } = await firstStages(edges);
  const { entities } = mentionsOf(model, input.articles, readings);
  return { report: buildEntitiesReport(model, entities, tool), skipped: input.skipped };
}

/** What `factdiff stories` reports: the stories of a batch, and why they were split so. */
export interface StoriesReport {
  schemaVersion: 1;
  tool: ToolInfo;
  stories: StorySummary[];
}

/** `factdiff stories`: config → … → read → finish → resolve → group, then each story explained. */
export async function runStories<Cache>(
  edges: RunEdges<Cache>,
  tool: ToolInfo,
  group: GroupMode = 'auto',
): Promise<{ report: StoriesReport; skipped: SkippedInput[] }> {
  const { model, input, readings } = await firstStages(edges);
  const { mentions, entities } = mentionsOf(model, input.articles, readings);
  const stories = groupStories(model, mentions, entities, group);
  return {
    report: { schemaVersion: 1, tool, stories: explainStories(model, mentions, entities, stories) },
    skipped: input.skipped,
  };
}

/** The stages every command starts with: config → model → cache → ingest → read. */
async function firstStages<Cache>(edges: RunEdges<Cache>) {
  const config = await edges.config();
  const model = edges.model(config.additions);
  const cache = await edges.cache(model);
  const input = await edges.ingest(model);
  const readings = await edges.read(input.articles, model, cache);
  return { model, input, readings };
}

export interface CheckOptions {
  model: Model;
  tool: ToolInfo;
  /** How articles are split into stories before comparing (default: auto). */
  group?: GroupMode;
  /** List facts only one article states. */
  showSingle?: boolean;
  /** Drop findings less sure than this (0..1). */
  minConfidence?: number;
  /** Per-article readings already made (by worker threads or a cache); the rest are read here. */
  readings?: ArticleReading[];
  /** Called after each stage with its time in milliseconds (used by `npm run bench`). */
  onStage?: OnStage;
}

/** read → finish → resolve → group → per story (resolve → align → compare) → report, for articles in memory. */
export function check(articles: Article[], options: CheckOptions): Report {
  const stage = timer(options.onStage);
  const given = new Map(options.readings?.map((r) => [r.parsed.article.path, r]));
  const readings = stage('read', () => articles.map((a) => given.get(a.path) ?? readArticle(options.model, a)));
  const { mentions, entities } = mentionsOf(options.model, articles, readings, stage);
  return checkMentions(options.model, mentions, entities, options, stage);
}

/** The articles' mentions with names typed batch-wide, and the entities merged across them, in path order. */
export function mentionsOf(
  model: Model,
  articles: Article[],
  readings: ArticleReading[],
  stage: Timer = timer(),
): { mentions: ArticleMentions[]; entities: Entity[] } {
  const byArticle = new Map(readings.map((r) => [r.parsed.article.path, r]));
  const sorted = [...articles].sort(byPath).map((a) => byArticle.get(a.path) as ArticleReading);
  const mentions = stage('finish', () => finishReadings(model, sorted)); // names typed batch-wide, quotes
  const entities = stage('resolve', () => resolveEntities(model, mentions.map(entityMentions))); // one per entity
  return { mentions, entities };
}

/** group → per story (resolve → align → compare) → report. */
function checkMentions(
  model: Model,
  mentions: ArticleMentions[],
  entities: Entity[],
  options: { tool: ToolInfo; group?: GroupMode; showSingle?: boolean; minConfidence?: number },
  stage: Timer,
  explain?: (stories: string[][]) => void,
): Report {
  const stories = stage('group', () => groupStories(model, mentions, entities, options.group ?? 'auto'));
  explain?.(stories);
  const findings = storiesOf(mentions, stories).flatMap((story) => {
    const { storyEntities, tokenized, groups } = alignStory(model, story, entities, stories.length, stage);
    return stage('compare', () =>
      compare(model, {
        groups,
        entities: storyEntities,
        quotes: story.map((a) => ({ path: a.parsed.article.path, quotes: a.quotes })),
        values: story.map((a) => ({ path: a.parsed.article.path, mentions: a.mentions })),
        articles: tokenized,
        showSingle: options.showSingle ?? false,
      }),
    );
  });
  const sure = findings.filter((f) => f.confidence >= (options.minConfidence ?? 0));
  const report = stage('report', () =>
    buildReport(
      mentions.map((a) => a.parsed),
      sortFindings(sure),
      options.tool,
      stories,
    ),
  );
  // --min-confidence hides findings: the summary says how many, as it does for --quiet and the baseline
  if (options.minConfidence) report.summary.belowConfidence = findings.length - sure.length;
  return report;
}

/** resolve → align for one story: its entities (the batch's when it is the only story), tokens and fact groups. */
function alignStory(
  model: Model,
  story: ArticleMentions[],
  entities: Entity[],
  storyCount: number,
  stage: Timer,
): { storyEntities: Entity[]; tokenized: TokenizedArticle[]; groups: FactGroup[] } {
  const storyEntities =
    storyCount === 1 ? entities : stage('resolve', () => resolveEntities(model, story.map(entityMentions)));
  // the story's tokens: made for its align and compare, let go with the story
  const tokenized = stage('align', () => story.map((a) => tokenizeArticle(a.parsed)));
  const groups = stage('align', () =>
    align(
      model,
      story.map((a, i) => ({ parsed: tokenized[i]!, mentions: a.mentions })),
      storyEntities,
    ),
  );
  return { storyEntities, tokenized, groups };
}

/**
 * The fact each value ends in after align, by "path|start", as `check` compares them: a value
 * no fact keeps (another event's, a part, a stray) is missing.
 */
export function factTies(
  model: Model,
  mentions: ArticleMentions[],
  entities: Entity[],
  group: GroupMode = 'auto',
): Map<string, FactKey> {
  const ties = new Map<string, FactKey>();
  const stories = groupStories(model, mentions, entities, group);
  for (const story of storiesOf(mentions, stories))
    for (const g of alignStory(model, story, entities, stories.length, timer()).groups)
      for (const f of g.facts) {
        const id = `${f.article}|${f.mention.start}`;
        if (!ties.has(id)) ties.set(id, f.key);
      }
  return ties;
}

/** Each story's articles, in batch order (one pass, not one scan of the batch per story). */
function storiesOf(mentions: ArticleMentions[], stories: string[][]): ArticleMentions[][] {
  const storyOf = new Map(stories.flatMap((paths, i) => paths.map((p) => [p, i] as [string, number])));
  const members: ArticleMentions[][] = stories.map(() => []);
  for (const a of mentions) members[storyOf.get(a.parsed.article.path) ?? -1]?.push(a);
  return members;
}

function readCounts(readings: ArticleReading[], skipped: number, ignored?: Inputs['ignored']): CheckResult['read'] {
  let quantities = 0;
  let names = 0;
  for (const r of readings) {
    quantities += r.mentions.length;
    names += r.names.length;
  }
  return { articles: readings.length, quantities, names, skipped, findings: 0, ...(ignored ? { ignored } : {}) };
}

const entityMentions = (a: ArticleMentions) => ({ path: a.parsed.article.path, entities: a.entities });

const byPath = (a: Article, b: Article): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** Runs a stage and reports its time (nothing is measured without `onStage`). */
type Timer = <T>(stage: Stage, run: () => T) => T;

function timer(onStage?: OnStage): Timer {
  return (stage, run) => {
    if (!onStage) return run();
    const started = performance.now();
    const result = run();
    if (result instanceof Promise) {
      return result.finally(() => onStage(stage, performance.now() - started)) as typeof result;
    }
    onStage(stage, performance.now() - started);
    return result;
  };
}

/** Whether the report has the story --story names ("story-2" or "2"). */
function knownStory(report: Report, id: string): boolean {
  return (report.stories ?? []).some((s) => s.id === id || s.id === `story-${id}`);
}
