import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['source'] },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    typecheck: {
      enabled: true,
      include: ['src/**/*.test-d.ts', 'test/**/*.test-d.ts'],
      tsconfig: './tsconfig.test.json',
    },
    // `npm test` runs this suite with --coverage and prints the domain rules' branch coverage.
    coverage: {
      provider: 'v8',
      include: ['src/client/**/*.ts', 'src/domain/**/*.ts'],
      exclude: ['src/client/types.ts', 'src/**/*.test.ts'],
      reporter: ['text-summary', 'json-summary'],
    },
  },
});
