/**
 * Globs over `/`-separated relative paths, for --ignore and the config's suppressions:
 * `**` any folders, `*` and `?` within one name, `{a,b}`, `[abc]` and `[!abc]`. Compiled to a
 * regular expression with no nested repetition, so matching stays linear.
 */
export interface GlobOptions {
  /** A glob with no pattern characters names a folder too: "drafts" matches "drafts/x.txt" (--ignore). */
  folder?: boolean;
}

export function globMatcher(glob: string, options: GlobOptions = {}): (path: string) => boolean {
  const g = glob.replace(/^\.\//, '');
  const re = globToRegExp(g);
  const folder = options.folder && !/[*?[{]/.test(g) ? g.replace(/\/$/, '') : null;
  return (path) => re.test(path) || (folder !== null && path.startsWith(`${folder}/`));
}

/** The regular expression of a glob (see the file comment). */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const before = i === 0 || glob[i - 1] === '/';
        const after = glob[i + 2];
        i++;
        // "**/" at the start of a name matches no folder or any folders; elsewhere "**" anything
        if (before && after === '/') {
          out += '(?:[^/]*/)*';
          i++;
        } else out += '.*';
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '{') {
      braces++;
      out += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (c === ',' && braces > 0) out += '|';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end === -1) out += '\\[';
      else {
        const body = glob
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        out += `[${body}]`;
        i = end;
      }
    } else out += c.replace(/[.+^$()|\\\]{}]/g, '\\$&');
  }
  out += ')'.repeat(braces);
  return new RegExp(`^${out}$`);
}
