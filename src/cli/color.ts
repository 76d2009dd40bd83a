import { Chalk } from 'chalk';
import { plain, type Style } from '../report/formatters/style.js';
import type { Io } from './io.js';

/**
 * The one place that decides on colour: only for human formats; then --color/--no-color,
 * then FORCE_COLOR, then NO_COLOR, then whether stdout is a terminal.
 */
export function useColor(flag: boolean | undefined, human: boolean, io: Io): boolean {
  if (!human) return false;
  if (flag !== undefined) return flag;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return io.stdoutIsTTY;
}

export function styleFor(color: boolean): Style {
  if (!color) return plain;
  const chalk = new Chalk({ level: 1 });
  return {
    bold: chalk.bold,
    dim: chalk.dim,
    red: chalk.red,
    yellow: chalk.yellow,
    blue: chalk.blue,
    green: chalk.green,
    highlight: (s) => chalk.bold.underline(s),
  };
}
