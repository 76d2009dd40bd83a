/**
 * Baselines for CI: the fingerprints of the findings a project has accepted, so that a run
 * reports only new ones (`--baseline <file>`; written with `--update-baseline`). Pure: the CLI
 * reads and writes the file; filters/baseline.ts drops what a baseline holds. Format (sorted by fingerprint,
 * two-space JSON, a final newline):
 *
 *   { "factdiffBaseline": 1, "fingerprint": "factdiffFinding/v1",
 *     "findings": [{ "fingerprint": "…", "ruleId": "quantity-conflict", "message": "…" }] }
 *
 * `ruleId` and `message` are there for people reading the file. A finding is in the baseline when its
 * fingerprint is, or when an entry holds its rule, subject, attribute and camp readings (`readings`) and
 * only articles it still holds (`articles`): articles that joined its camps in a growing batch do not
 * make it new again; a new camp (a new reading) does. Entries without those keys match by fingerprint only.
 */
import { InputError } from '../ingest/errors.js';
import type { Finding } from '../types.js';
import { FINGERPRINT_KEY, FINGERPRINT_PATTERN, fingerprint } from './fingerprint.js';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  message: string;
  subject?: string;
  attribute?: string;
  /** The camps' readings, sorted. */
  readings?: string[];
  /** The articles in its camps, sorted. */
  articles?: string[];
}

/** What a baseline file holds, for matching: the fingerprints, and the entries that can match a grown finding. */
export interface KnownFindings {
  prints: ReadonlySet<string>;
  entries: BaselineEntry[];
}

const readingsOf = (f: Finding): string[] => f.camps.map((c) => c.reading).sort(cmp);
const articlesOf = (f: Finding): string[] => [...new Set(f.camps.flatMap((c) => c.articles))].sort(cmp);

/** Whether the baseline holds the finding: by fingerprint, or as the same finding with articles joined. */
export function isKnown(known: KnownFindings, finding: Finding): boolean {
  if (known.prints.has(fingerprint(finding))) return true;
  const readings = readingsOf(finding).join('\u0000');
  const articles = new Set(articlesOf(finding));
  return known.entries.some(
    (e) =>
      e.ruleId === finding.ruleId &&
      e.subject === finding.subject &&
      e.attribute === finding.attribute &&
      e.readings?.join('\u0000') === readings &&
      (e.articles ?? []).every((a) => articles.has(a)),
  );
}

export interface Baseline {
  factdiffBaseline: typeof BASELINE_VERSION;
  /** The fingerprint recipe (its key): a baseline made with another recipe matches nothing. */
  fingerprint: string;
  findings: BaselineEntry[];
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * One entry per fingerprint (the first message in code-unit order when two findings share one), sorted by
 * fingerprint.
 */
export function buildBaseline(findings: Finding[]): Baseline {
  const entries = findings
    .map((f) => ({
      fingerprint: fingerprint(f),
      ruleId: f.ruleId,
      message: f.message,
      subject: f.subject,
      attribute: f.attribute,
      readings: readingsOf(f),
      articles: articlesOf(f),
    }))
    .sort((a, b) => cmp(a.fingerprint, b.fingerprint) || cmp(a.ruleId, b.ruleId) || cmp(a.message, b.message));
  const unique = entries.filter((e, i) => i === 0 || entries[i - 1]?.fingerprint !== e.fingerprint);
  return { factdiffBaseline: BASELINE_VERSION, fingerprint: FINGERPRINT_KEY, findings: unique };
}

export function serializeBaseline(baseline: Baseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

/** The fingerprints and entries of a baseline file's text; an InputError (exit 2) if it is not one. */
export function parseBaseline(text: string, where: string): KnownFindings {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new InputError(`${where}: not a factdiff baseline: not valid JSON: ${reason}`);
  }
  const b = data as Partial<Baseline> | null;
  if (b === null || typeof b !== 'object' || b.factdiffBaseline !== BASELINE_VERSION || !Array.isArray(b.findings)) {
    throw new InputError(
      `${where}: not a factdiff baseline ` +
        `(expected {"factdiffBaseline": ${BASELINE_VERSION}, "fingerprint", "findings": [...]}; ` +
        'make one with --update-baseline)',
    );
  }
  if (b.fingerprint === undefined)
    throw new InputError(
      `${where}: has no "fingerprint" key (this factdiff uses ${JSON.stringify(FINGERPRINT_KEY)}); ` +
        'remake it with --update-baseline',
    );
  if (b.fingerprint !== FINGERPRINT_KEY) {
    throw new InputError(
      `${where}: made with fingerprint ${JSON.stringify(b.fingerprint)}, ` +
        `this factdiff uses ${JSON.stringify(FINGERPRINT_KEY)}; remake it with --update-baseline`,
    );
  }
  const prints = new Set<string>();
  const entries: BaselineEntry[] = [];
  b.findings.forEach((entry: unknown, i) => {
    const e = entry as Partial<BaselineEntry> | null;
    const print = e?.fingerprint;
    if (typeof print !== 'string' || !FINGERPRINT_PATTERN.test(print)) {
      throw new InputError(`${where}: findings[${i}].fingerprint: expected 64 lower-case hex digits`);
    }
    prints.add(print);
    const strings = (x: unknown): x is string[] => Array.isArray(x) && x.every((y) => typeof y === 'string');
    if (e && strings(e.readings) && strings(e.articles)) entries.push(e as BaselineEntry);
  });
  return { prints, entries };
}
