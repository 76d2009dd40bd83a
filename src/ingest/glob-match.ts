/**
 * Whether a relative path matches a glob: `**` any folders, `*` any characters but `/`,
 * `?` one character but `/`, `[...]` a character class. Compiled to a regular expression with no nested repetition,
 * so matching stays linear.
 */
export function globMatcher(glob: string): (path: string) => boolean {
  let source = '';
  const g = glob.replace(/^\.\//, '');
  for (let i = 0; i < g.length; i++) {
    const c = g[i] as string;
    if (c === '*' && g[i + 1] === '*') {
      // "**/" matches no folder or any folders; a trailing "**" anything
      source += g[i + 2] === '/' ? '(?:[^/]*/)*' : '.*';
      i += g[i + 2] === '/' ? 2 : 1;
    } else if (c === '[' && g.indexOf(']', i + 2) > 0) {
      // a character class: [12], [a-z], [!x]
      const end = g.indexOf(']', i + 2);
      const body = g
        .slice(i + 1, end)
        .replace(/^!/, '^')
        .replace(/\\/g, '\\\\');
      source += `[${body}]`;
      i = end;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  const re = new RegExp(`^${source}$`);
  // a folder given without a pattern ignores everything inside it
  const folder = /[*?]/.test(g) ? null : g.replace(/\/$/, '');
  return (path) => re.test(path) || (folder !== null && path.startsWith(`${folder}/`));
}
