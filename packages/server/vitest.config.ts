import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Each file opens its own in-memory PGlite (~0.7 GB at peak while it initializes): two
    // files at a time keep a 2-core machine busy without piling up memory.
    maxWorkers: 2,
    // Each file makes its own databases and servers and closes them: a worker runs its files on
    // one module graph instead of importing the server and its seed data again for each file
    // (about a sixth of the suite's time).
    isolate: false,
    // Files that start the same seed share it: seeded once, loaded from a dump after.
    globalSetup: ['../../scripts/lib/snapshots.mjs'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
