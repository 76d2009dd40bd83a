/**
 * How far V8 lets the heap grow past what is live before it collects the old generation.
 * By default it grows up to about four times the live size when the program allocates fast,
 * and NLP allocates fast: at 10,000 articles about 250 MB were live while the heap grew past
 * 700 MB, nearly all of it garbage (docs/performance.md). A smaller factor costs more full
 * collections and holds peak memory near the live size.
 *
 * `--heap-growing-percent` is a V8 flag that V8 reads at every full collection, so setting it
 * after start-up takes effect (on the main thread and on worker threads, which share V8's
 * flags). Node cannot set it otherwise without a second process.
 */
import { setFlagsFromString } from 'node:v8';

/** The old generation may grow to this much more than what was live after the last full collection. */
export const HEAP_GROWING_PERCENT = 50;

/** Sets the heap growing factor (before articles are read; setting it again changes nothing). */
export function limitHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
