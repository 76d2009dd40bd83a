import { fingerprint } from '../fingerprint.js';
import type { Formatter } from './style.js';

/** The versioned report (schema/report.schema.json), for tools and pipes; each finding with its fingerprint. */
export const json: Formatter = (report) => {
  const findings = report.findings.map((f) => ({ ...f, fingerprint: fingerprint(f) }));
  return `${JSON.stringify({ ...report, findings }, null, 2)}\n`;
};
