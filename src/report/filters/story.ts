import type { ReportFilter } from './index.js';
import { withFindings } from './summary.js';

/** --story <id>: only that story's findings ("story-2", or its number "2"); the exit code counts only them. */
export function onlyStory(id: string): ReportFilter {
  return (report) => {
    const stories = report.stories ?? [];
    const index = stories.findIndex((s) => s.id === id || s.id === `story-${id}`);
    if (index < 0) return withFindings(report, []);
    return withFindings(
      report,
      report.findings.filter((f) => (f.story ?? 0) === index),
    );
  };
}
