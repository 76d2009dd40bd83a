import type { FactsReport } from '../facts.js';

/** The whole facts report as one JSON document. */
export const factsJson = (report: FactsReport): string => `${JSON.stringify(report, null, 2)}\n`;

/** One mention a line, for streaming into other tools. */
export const factsNdjson = (report: FactsReport): string =>
  report.mentions.map((m) => `${JSON.stringify(m)}\n`).join('');
