/**
 * What happens to a report after the pipeline made it: small pure steps, each a report in and
 * a report out, chained in the order src/pipeline.ts lists them (as textlint's message
 * processors are). Each step that hides findings counts them in the summary.
 */
import type { Report } from '../../types.js';

export type ReportFilter = (report: Report) => Report;

/** The report through each filter in turn. */
export function applyFilters(report: Report, filters: readonly ReportFilter[]): Report {
  return filters.reduce((r, filter) => filter(r), report);
}

export { remapPositions } from './positions.js';
export { listSkipped } from './skipped.js';
export { ruleSettings } from './rule-settings.js';
export { suppress } from './suppressions.js';
export { dropBaselined } from './baseline.js';
export { errorsOnly } from './quiet.js';
export { onlyStory } from './story.js';
