/** `factdiff facts`: every quantity read, with its normalized value and what it was tied to. */
import { runFacts } from '../../pipeline.js';
import { factsJson, factsNdjson } from '../../report/formatters/facts-json.js';
import { factsTable } from '../../report/formatters/facts-table.js';
import { styleFor, useColor } from '../color.js';
import { printConfig } from '../config/additions.js';
import { commandEdges, type CommandFlags } from '../edges.js';
import { unreadExitCode } from '../inputs.js';
import type { Io } from '../io.js';
import { TOOL } from '../../tool.js';
import type { GroupMode } from '../../types.js';

export interface FactsFlags extends CommandFlags {
  /** `text` is accepted as another name of `table`, as `entities` calls its human format. */
  format: 'table' | 'text' | 'json' | 'ndjson';
  color?: boolean;
  group?: GroupMode;
}

export async function factsCommand(paths: string[], flags: FactsFlags, io: Io): Promise<number> {
  if (flags.printConfig) return printConfig(flags, io);
  const { report, skipped } = await runFacts(commandEdges(paths, flags, io, TOOL), TOOL, flags.group ?? 'auto');
  if (flags.format === 'json') io.stdout(factsJson(report));
  else if (flags.format === 'ndjson') io.stdout(factsNdjson(report));
  else io.stdout(factsTable(report, styleFor(useColor(flags.color, true, io))));
  return unreadExitCode(skipped, flags);
}
