/** `factdiff entities`: the people, organizations and places named, merged across the articles. */
import { runEntities } from '../../pipeline.js';
import { entitiesText } from '../../report/formatters/entities-text.js';
import { styleFor, useColor } from '../color.js';
import { printConfig } from '../config/additions.js';
import { commandEdges, type CommandFlags } from '../edges.js';
import { unreadExitCode } from '../inputs.js';
import type { Io } from '../io.js';
import { TOOL } from '../../tool.js';

export interface EntitiesFlags extends CommandFlags {
  /** `table` is accepted as another name of `text`, as `facts` calls its human format. */
  format: 'text' | 'table' | 'json' | 'ndjson';
  color?: boolean;
}

export async function entitiesCommand(paths: string[], flags: EntitiesFlags, io: Io): Promise<number> {
  if (flags.printConfig) return printConfig(flags, io);
  const { report, skipped } = await runEntities(commandEdges(paths, flags, io, TOOL), TOOL);
  if (flags.format === 'json') io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else if (flags.format === 'ndjson') io.stdout(report.entities.map((e) => `${JSON.stringify(e)}\n`).join(''));
  else io.stdout(entitiesText(report, styleFor(useColor(flags.color, true, io))));
  return unreadExitCode(skipped, flags);
}
