/**
 * --verbose: how long each stage took and what it handled, on stderr after the report.
 * Stages that run once per story (align, compare) are summed.
 */

interface Row {
  stage: string;
  ms: number;
  note: string;
}

export class StageLog {
  private readonly rows: Row[] = [];

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** Runs `work` and adds its time to `stage`. */
  async time<T>(stage: string, work: () => Promise<T>): Promise<T> {
    const started = this.now();
    try {
      return await work();
    } finally {
      this.add(stage, this.now() - started);
    }
  }

  /** Adds `ms` to `stage` (a stage seen again is summed, in the place it was first seen). */
  add(stage: string, ms: number): void {
    const row = this.rows.find((r) => r.stage === stage);
    if (row) row.ms += ms;
    else this.rows.push({ stage, ms, note: '' });
  }

  /** What the stage handled ("5 articles, 1,204 words"). */
  note(stage: string, note: string): void {
    const row = this.rows.find((r) => r.stage === stage);
    if (row) row.note = note;
    else this.rows.push({ stage, ms: 0, note });
  }

  /** One line a stage, then the total: "factdiff: align      12 ms  3 stories". */
  format(totalMs: number): string {
    const rows = [...this.rows, { stage: 'total', ms: totalMs, note: '' }];
    const name = Math.max(...rows.map((r) => r.stage.length));
    const times = rows.map((r) => `${formatMs(r.ms)} ms`);
    const time = Math.max(...times.map((t) => t.length));
    return rows
      .map(
        (r, i) =>
          `factdiff: ${r.stage.padEnd(name)}  ${(times[i] as string).padStart(time)}${r.note ? `  ${r.note}` : ''}\n`,
      )
      .join('');
  }
}

/** "1,204" */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}

function formatMs(ms: number): string {
  return ms >= 100 ? count(Math.round(ms)) : ms.toFixed(1);
}
