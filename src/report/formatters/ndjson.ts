/**
 * One finding a line, as JSON (the `findings[]` objects of the json report, with their fingerprint):
 * for `jq -c`, `grep`, `while read` and log shippers. Nothing else is printed, not even
 * the summary, so no findings means no output.
 */
import { fingerprint } from '../fingerprint.js';
import { safeJson } from './common.js';
import type { Formatter } from './style.js';

export const ndjson: Formatter = (report) =>
  report.findings.map((finding) => `${safeJson({ ...finding, fingerprint: fingerprint(finding) })}\n`).join('');
