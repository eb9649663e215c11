import { defineConfig } from 'vitest/config';

/** Browser specs: run by tests/e2e/run.mjs, which starts the server and passes E2E_BASE_URL. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.spec.ts', 'tests/e2e/**/*.spec.tsx'],
    setupFiles: ['tests/e2e/setup.ts'],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    reporters: ['default'],
  },
});
