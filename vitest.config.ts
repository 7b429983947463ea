import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'
import { ISOLATED } from './test/isolated.js'

export default defineConfig({
  test: {
    testTimeout: 60_000,
    setupFiles: ['./test/fail-on-console.ts', './test/remove-temp-dirs.ts'],
    // Vitest's default on two cores is one worker, which leaves a core idle while tests wait on child processes,
    // pool workers and timers; two keep both busy.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      { extends: true, test: { name: 'isolated', include: ISOLATED, isolate: true } },
      // The rest share a module registry per worker: the parser and pdf.js are imported once per worker, not once per
      // file (with a registry per file, imports took a third of the suite's time).
      {
        extends: true,
        test: { name: 'shared', include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'], exclude: ISOLATED, isolate: false },
      },
    ],
  },
})
