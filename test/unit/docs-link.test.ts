/** Where a report links the rule pages (src/cli/output.ts docsLink, src/tool.ts docsHome). */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { docsLink } from '../../src/cli/output.js';
import { docsHome } from '../../src/tool.js';

const HOME = 'https://example.org/factdiff/docs';

describe('rule page links', () => {
  it.each([
    ['a clone, run from its root', '/src/factdiff/docs', '/src/factdiff', HOME, 'docs'],
    ['a clone, run from a folder inside it', '/src/factdiff/docs', '/src/factdiff/fixtures', HOME, '../docs'],
    ['installed in the project', '/p/node_modules/factdiff/docs', '/p', HOME, HOME],
    ['installed globally', '/usr/lib/node_modules/factdiff/docs', '/home/me/news', HOME, HOME],
    ['installed, no home named', '/p/node_modules/factdiff/docs', '/p', null, 'node_modules/factdiff/docs'],
    ['elsewhere, no home named', '/opt/factdiff/docs', '/home/me', null, '../../opt/factdiff/docs'],
  ])('%s: %s from %s → %s', (_name, docs, cwd, home, expected) => {
    // the cases are written with / : run them with this system's separator
    const native = (p: string): string => p.split('/').join(path.sep);
    const link = docsLink(native(docs), native(cwd), home);
    expect(link).toBe(expected);
  });

  it.each([
    [{ homepage: 'https://factdiff.dev/' }, 'https://factdiff.dev/docs'],
    [
      { repository: { url: 'git+https://github.com/acme/factdiff.git' } },
      'https://github.com/acme/factdiff/blob/v1.2.3/docs',
    ],
    [{ repository: 'github.com:acme/factdiff' }, 'https://github.com/acme/factdiff/blob/v1.2.3/docs'],
    [{ repository: { url: 'https://example.org/repo.git' } }, null],
    [{}, null],
    // npm's default homepage is the repository's readme
    [{ homepage: 'https://github.com/acme/factdiff#readme' }, 'https://github.com/acme/factdiff/blob/v1.2.3/docs'],
    [{ homepage: 'https://example.org/tools/factdiff' }, 'https://example.org/tools/factdiff/docs'],
    [{ homepage: 'not a url' }, null],
  ])('package.json %j → %s', (fields, expected) => {
    expect(docsHome({ name: 'factdiff', version: '1.2.3', ...fields })).toBe(expected);
  });
});
