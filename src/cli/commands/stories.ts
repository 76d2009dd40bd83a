/** `factdiff stories`: the stories a batch is split into, and why. */
import { runStories } from '../../pipeline.js';
import { storiesText } from '../../report/formatters/stories-text.js';
import type { GroupMode } from '../../types.js';
import { styleFor, useColor } from '../color.js';
import { printConfig } from '../config/additions.js';
import { commandEdges, type CommandFlags } from '../edges.js';
import { unreadExitCode } from '../inputs.js';
import type { Io } from '../io.js';
import { TOOL } from '../../tool.js';

export interface StoriesFlags extends CommandFlags {
  format: 'text' | 'json' | 'ndjson';
  group: GroupMode;
  color?: boolean;
}

export async function storiesCommand(paths: string[], flags: StoriesFlags, io: Io): Promise<number> {
  if (flags.printConfig) return printConfig(flags, io);
  const { report, skipped } = await runStories(commandEdges(paths, flags, io, TOOL), TOOL, flags.group);
  if (flags.format === 'json') io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else if (flags.format === 'ndjson') io.stdout(report.stories.map((s) => `${JSON.stringify(s)}\n`).join(''));
  else io.stdout(storiesText(report, styleFor(useColor(flags.color, true, io))));
  return unreadExitCode(skipped, flags);
}
