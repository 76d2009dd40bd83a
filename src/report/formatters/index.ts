import { json } from './json.js';
import type { Formatter } from './style.js';
import { stylish } from './stylish.js';

/** Output formats by name, one file each. `human` ones may be coloured. */
export const formatters: Record<string, { format: Formatter; human: boolean }> = {
  stylish: { format: stylish, human: true },
  json: { format: json, human: false },
};

export const formatNames = Object.keys(formatters);
