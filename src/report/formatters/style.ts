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
}

/** A pure formatter: report in, text out. */
export type Formatter = (report: Report, ctx: FormatContext) => string;
