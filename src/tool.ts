/** The tool's name and version, from package.json (one level above both src and dist). */
import { createRequire } from 'node:module';
import type { ToolInfo } from './types.js';

const pkg = createRequire(import.meta.url)('../package.json') as { name: string; version: string };

export const TOOL: ToolInfo = { name: pkg.name, version: pkg.version };
