/**
 * SARIF 2.1.0, for GitHub code scanning (`github/codeql-action/upload-sarif`) and other
 * SARIF viewers. One run; the rules come from the rule registry; one result per finding,
 * located at its first evidence, with the other evidence as related locations. See
 * docs/formats.md for the mapping and for how the fingerprint is made.
 */
import { posix } from 'node:path';
import type { ArtifactLocation, Location, Log, ReportingDescriptor, Result } from 'sarif';
import { allRules, ruleMeta } from '../../compare/rules/index.js';
import type { Evidence, Finding, RuleId, Severity } from '../../types.js';
import { FINGERPRINT_KEY, fingerprint } from '../fingerprint.js';
import { endPosition, safeJson } from './common.js';
import type { FormatContext, Formatter } from './style.js';

/**
 * The fingerprint lives in ../fingerprint.ts (baselines and suppressions use it too); re-exported for
 * existing imports.
 */
export { FINGERPRINT_KEY, fingerprint };

/** Where factdiff and its documentation live; rule pages are `docs/rules/<rule>.md` under it. */
export const HOMEPAGE = 'https://factdiff.dev/';
export const SARIF_SCHEMA =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** The base every relative artifact URI is relative to: --sarif-root, by default the git work tree. */
export const SRCROOT = '%SRCROOT%';

type Level = 'error' | 'warning' | 'note';

const LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', info: 'note' };

const RULE_IDS: RuleId[] = allRules.map((r) => r.meta.id);

/** "quantity-conflict" → "QuantityConflict" (SARIF asks for an identifier-like name). */
function ruleName(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_m, _dash: string, c: string) => c.toUpperCase());
}

function descriptor(id: RuleId): ReportingDescriptor {
  const rule = ruleMeta[id];
  const helpUri = new URL(rule.docs, HOMEPAGE).href;
  return {
    id,
    name: ruleName(id),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    help: {
      text: `${rule.description} See ${rule.docs}.`,
      markdown: `${rule.description} See [${rule.docs}](${helpUri}).`,
    },
    helpUri,
    // the level the rule usually reports at (a result's own level overrides it)
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
    properties: { tags: ['factdiff'] },
  };
}

/** A path as a relative URI reference: each segment percent-encoded, `/` kept. */
export function pathToUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/**
 * Where an article is, for SARIF: relative to the root (uriBaseId %SRCROOT%), or, for a file outside
 * the root, an absolute file URI; never a `../` climb a viewer cannot follow.
 */
function artifactLocation(path: string, at: FormatContext['sarifRoot']): ArtifactLocation {
  if (!at) return { uri: pathToUri(path), uriBaseId: SRCROOT };
  const file = posix.resolve(at.cwd, path);
  const rel = posix.relative(at.root, file);
  if (rel === '' || rel.startsWith('../') || rel === '..') return { uri: `file://${pathToUri(file)}` };
  return { uri: pathToUri(rel), uriBaseId: SRCROOT };
}

function location(e: Evidence, finding: Finding, id: number, at: FormatContext['sarifRoot']): Location {
  const camp = finding.camps[e.camp]?.reading ?? '';
  const reads = e.value.reading === camp ? '' : ` (reads as ${e.value.reading})`;
  return {
    id,
    physicalLocation: {
      artifactLocation: artifactLocation(e.path, at),
      region: { startLine: e.line, startColumn: e.column, ...endPosition(e), snippet: { text: e.text } },
    },
    message: { text: `Camp "${camp}": "${e.text}"${reads}` },
  };
}

function result(finding: Finding, at: FormatContext['sarifRoot'], story: string | undefined): Result {
  const [first, ...others] = finding.evidence;
  return {
    ruleId: finding.ruleId,
    ruleIndex: RULE_IDS.indexOf(finding.ruleId),
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: first ? [location(first, finding, 0, at)] : [],
    ...(others.length > 0 ? { relatedLocations: others.map((e, i) => location(e, finding, i + 1, at)) } : {}),
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(finding) },
    properties: {
      confidence: finding.confidence,
      subject: finding.subject,
      attribute: finding.attribute,
      articlesStating: finding.articlesStating,
      ...(finding.link ? { link: finding.link } : {}),
      camps: finding.camps,
      ...(story ? { story } : {}),
    },
  };
}

export const sarif: Formatter = (report, ctx) => {
  const log: Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: HOMEPAGE,
            rules: RULE_IDS.map(descriptor),
          },
        },
        originalUriBaseIds: {
          [SRCROOT]: {
            description: { text: 'The root of the checked files (--sarif-root; by default the git work tree).' },
          },
        },
        columnKind: 'utf16CodeUnits',
        results: report.findings.map((f) => result(f, ctx.sarifRoot, report.stories?.[f.story ?? 0]?.id)),
      },
    ],
  };
  return `${safeJson(log, 2)}\n`;
};
