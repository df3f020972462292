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
    // Files that start the same seed share it: seeded once, loaded from a dump after.
    globalSetup: ['../../scripts/lib/snapshots.mjs'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
