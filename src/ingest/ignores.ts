/**
 * What a folder walk leaves out by default, as ESLint and Prettier users expect: dependency
 * folders (`node_modules`), the work tree's `.gitignore` when the run is inside a git work tree,
 * and a `.factdiffignore` in the working directory (the same pattern syntax, read by the `ignore`
 * package). Dot-files and dot-folders are never walked. `--no-ignore` turns these off; files
 * named on the command line are always read.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** Folders no walk goes into unless --no-ignore. */
const SKIPPED_FOLDERS = new Set(['node_modules']);

export interface WalkIgnores {
  /** Whether the walk leaves out this file or folder (absolute path). */
  skips(file: string, folder: boolean): boolean;
  /** The ignore files read, for --verbose ("/repo/.gitignore"). */
  files: string[];
}

/** The git work tree the folder is in (the nearest folder up with a .git entry), or null. */
export function workTree(from: string): string | null {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return null;
  }
}

/** A matcher of one ignore file's patterns, relative to the folder it sits in. */
function rulesOf(file: string): { root: string; rules: Ignore } | null {
  if (!existsSync(file)) return null;
  return { root: path.dirname(file), rules: ignore().add(readFileSync(file, 'utf8')) };
}

export function walkIgnores(cwd: string, enabled: boolean): WalkIgnores {
  if (!enabled) return { skips: () => false, files: [] };
  const tree = workTree(cwd);
  const sources = [tree ? path.join(tree, '.gitignore') : null, path.join(cwd, '.factdiffignore')]
    .filter((f): f is string => f !== null)
    .map((file) => ({ file, matcher: rulesOf(file) }))
    .filter((s) => s.matcher !== null);
  return {
    files: sources.map((s) => s.file),
    skips(file, folder) {
      if (folder && SKIPPED_FOLDERS.has(path.basename(file))) return true;
      return sources.some(({ matcher }) => {
        const { root, rules } = matcher as { root: string; rules: Ignore };
        const relative = path.relative(root, file).split(path.sep).join('/');
        if (relative === '' || relative.startsWith('..')) return false;
        return rules.ignores(folder ? `${relative}/` : relative);
      });
    },
  };
}
