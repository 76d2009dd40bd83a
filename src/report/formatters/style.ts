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
  /**
   * The folder of the rule pages as the reader can open it ("docs" in a clone; the installed
   * package's docs folder elsewhere): the terminal report names `<docs>/rules/<rule>.md`.
   */
  docs?: string;
  /**
   * SARIF artifact URIs are relative to `root` (--sarif-root); article paths are relative to `cwd`.
   * Both absolute, with `/` separators. Without it, URIs are the article paths as given.
   */
  sarifRoot?: { root: string; cwd: string };
  /** The articles' texts and dates, by path, for the formats that show whole articles (html). */
  articles?: ReadonlyMap<string, { text: string; date?: string }>;
}

/** A rule's page as the context names it: "docs/rules/update.md" by default. */
export function rulePage(docs: string, ctx: FormatContext): string {
  return ctx.docs === undefined ? docs : docs.replace(/^docs\//u, `${ctx.docs}/`);
}

/** Evidence lines a camp shows by default in the formats for people (`--max-evidence`). */
export const MAX_EVIDENCE = 5;

/** A pure formatter: report in, text out. */
export type Formatter = (report: Report, ctx: FormatContext) => string;
