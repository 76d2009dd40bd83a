/** File sizes as written on the command line ("5mb", "500 KB", "1048576") and as shown back. */

/** The default of `--max-file-size`: larger files are listed as skipped, not read. */
export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

const UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1024,
  kb: 1024,
  kib: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  mib: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
  gib: 1024 ** 3,
};

/**
 * "10mb" → 10485760. A number (decimals allowed) and an optional unit: b, k/kb/kib, m/mb/mib,
 * g/gb/gib, any case; a kilobyte is 1024 bytes. undefined when it is not a size.
 */
export function parseSize(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*([a-z]*)\s*$/i.exec(text);
  if (!match) return undefined;
  const factor = UNITS[(match[2] ?? '').toLowerCase()];
  if (factor === undefined) return undefined;
  const bytes = Math.floor(Number(match[1]) * factor);
  return Number.isSafeInteger(bytes) ? bytes : undefined;
}

/** 5242880 → "5 MB", 1536 → "1.5 KB", 12 → "12 bytes". */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte${bytes === 1 ? '' : 's'}`;
  const [unit, factor] = bytes < 1024 ** 2 ? ['KB', 1024] : bytes < 1024 ** 3 ? ['MB', 1024 ** 2] : ['GB', 1024 ** 3];
  const value = bytes / factor;
  return `${value.toFixed(1).replace(/\.0$/, '')} ${unit}`;
}
