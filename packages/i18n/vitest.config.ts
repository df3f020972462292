import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Workspace packages (the SDK) load from their TypeScript sources, never from a stale build.
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
});
