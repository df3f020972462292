// Cross-package suites (end to end, integration, bundle, docs, Storybook rendering): Node tests
// that start real servers and a real Chromium, so they run one file at a time, in forked
// processes, with long timeouts. Workspace packages resolve to their TypeScript sources through
// the "source" export condition.
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  resolve: { conditions: ['source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['source', ...defaultServerConditions] } },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    // Each file starts and stops its own servers and browsers: the files run on one module
    // graph instead of importing the server, the SDK and the tools again for each file.
    isolate: false,
    // Files that start the same seed share it: seeded once, loaded from a dump after.
    globalSetup: ['scripts/lib/snapshots.mjs'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
