import type { Report } from '../../types.js';

/** How formatters colour text. The CLI decides once whether colour is on and passes one of these. */
export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  green(s: string): string;
  highlight(s: string): string;
}

const same = (s: string): string => s;

export const plain: Style = {
  bold: same,
  dim: same,
  red: same,
  yellow: same,
  blue: same,
  green: same,
  highlight: same,
};

export interface FormatContext {
  style: Style;
  /** Evidence lines shown per camp in the formats for people (stylish, markdown); the rest are counted. */
  maxEvidence?: number;
}

/** Evidence lines a camp shows by default in the formats for people (`--max-evidence`). */
export const MAX_EVIDENCE = 5;

/** A pure formatter: report in, text out. */
export type Formatter = (report: Report, ctx: FormatContext) => string;
