import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    // one model load per worker, shared by every file it runs: the core holds no module state
    // (test/structure.test.ts), so files cannot leak into each other; isolating them cost a minute
    isolate: false,
    maxWorkers: Math.max(1, availableParallelism()),
    // nothing here is timed: a slow or busy machine makes the suite slower, never red
    testTimeout: 0,
    hookTimeout: 0,
  },
});
