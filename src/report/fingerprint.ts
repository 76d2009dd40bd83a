/**
 * The stable identity of a finding across runs, shared by SARIF (`partialFingerprints`),
 * baselines (`--baseline`) and suppressions (`"fingerprint"` in the config). See
 * docs/formats.md, "The fingerprint".
 */
import { createHash } from 'node:crypto';
import type { Finding } from '../types.js';

/** Key of the fingerprint in SARIF `partialFingerprints` and in baselines; the suffix changes if the recipe does. */
export const FINGERPRINT_KEY = 'factdiffFinding/v1';

/** A fingerprint: 64 lower-case hex digits. */
export const FINGERPRINT_PATTERN = /^[0-9a-f]{64}$/;

/**
 * sha256 (hex) of the JSON array [ruleId, subject, attribute, camp readings sorted, article
 * paths sorted]. It does not depend on lines, columns, offsets, confidence, severity, the
 * message's wording or the order of camps and articles, so editing an article elsewhere (or
 * giving the files in another order) keeps the finding; a new camp, a changed reading or
 * another article set makes it a new one.
 */
export function fingerprint(finding: Pick<Finding, 'ruleId' | 'subject' | 'attribute' | 'camps'>): string {
  const readings = finding.camps.map((c) => c.reading).sort();
  const articles = [...new Set(finding.camps.flatMap((c) => c.articles))].sort();
  const key = JSON.stringify([finding.ruleId, finding.subject, finding.attribute, readings, articles]);
  return createHash('sha256').update(key, 'utf8').digest('hex');
}
