/** `factdiff --init`: a starter factdiff.config.json in the working directory (never over one). */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ruleMeta } from '../../compare/rules/index.js';
import { InputError } from '../../ingest/errors.js';
import { EXIT } from '../../report/verdict.js';
import type { Io } from '../io.js';

export const INIT_FILE = 'factdiff.config.json';

/**
 * The starter config: every key empty (so that it changes nothing yet) and what each does in $comment.
 * A rule named in `rules` gets that severity for all its findings, so none is set here.
 */
export function starterConfig(): string {
  const ids = Object.keys(ruleMeta).join(', ');
  const config = {
    $schema: './node_modules/factdiff/schema/config.schema.json',
    $comment:
      `rules: a rule id (${ids}) -> "error", "warning", "info" or "off", for all its findings. ` +
      'suppressions: findings to drop ({"rule", "path", "message", "reason"}). aliases: the names of one ' +
      'person, place or organization. events: words that name an event class. See docs/config.md.',
    rules: {},
    suppressions: [],
    aliases: {},
    events: {},
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

export function initCommand(io: Io): number {
  const file = path.join(io.cwd, INIT_FILE);
  if (existsSync(file)) throw new InputError(`${INIT_FILE} is already there: factdiff --init never writes over it`);
  writeFileSync(file, starterConfig());
  io.stdout(`wrote ${INIT_FILE}: it changes nothing until you edit it (docs/config.md)\n`);
  return EXIT.ok;
}
