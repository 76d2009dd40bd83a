/** The tool's name and version, from package.json (one level above both src and dist). */
import { createRequire } from 'node:module';
import type { ToolInfo } from './types.js';

export interface Manifest {
  name: string;
  version: string;
  homepage?: string;
  repository?: string | { url?: string };
}
const pkg = createRequire(import.meta.url)('../package.json') as Manifest;

export const TOOL: ToolInfo = { name: pkg.name, version: pkg.version };

/**
 * Where this version's docs folder is on the web, from package.json: under `homepage`, else the
 * version's tag in a GitHub `repository`; null when it names neither.
 */
export function docsHome(manifest: Manifest): string | null {
  const url = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
  const github = /github\.com[/:]([^/]+)\/([^/#]+?)(?:\.git)?(?:#.*)?$/.exec(url ?? manifest.homepage ?? '');
  // a homepage on GitHub ("…/factdiff#readme", npm's default) is the repository: its docs are in the tree
  const site = manifest.homepage && !/github\.com/.test(manifest.homepage) ? manifest.homepage : null;
  if (site) {
    try {
      return new URL('docs', `${site.replace(/[?#].*$/, '').replace(/\/?$/, '/')}`).href;
    } catch {
      return null; // not a URL: no link rather than a broken one
    }
  }
  return github ? `https://github.com/${github[1]}/${github[2]}/blob/v${manifest.version}/docs` : null;
}

export const DOCS_HOME = docsHome(pkg);
