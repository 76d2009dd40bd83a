import type { Formatter } from './style.js';

/** The versioned report (schema/report.schema.json), for tools and pipes. */
export const json: Formatter = (report) => `${JSON.stringify(report, null, 2)}\n`;
