import { compact } from './compact.js';
import { github } from './github.js';
import { html } from './html.js';
import { json } from './json.js';
import { markdown } from './markdown.js';
import { ndjson } from './ndjson.js';
import { sarif } from './sarif.js';
import type { Formatter } from './style.js';
import { stylish } from './stylish.js';

/** Output formats by name, one file each. `human` ones may be coloured. */
export const formatters: Record<string, { format: Formatter; human: boolean }> = {
  stylish: { format: stylish, human: true },
  compact: { format: compact, human: false },
  json: { format: json, human: false },
  ndjson: { format: ndjson, human: false },
  sarif: { format: sarif, human: false },
  github: { format: github, human: false },
  markdown: { format: markdown, human: false },
  html: { format: html, human: false },
};

export const formatNames = Object.keys(formatters);
