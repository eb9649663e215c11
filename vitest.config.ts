import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/integration/**/*.test.ts'],
    globalSetup: ['tests/helpers/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
    // Each worker imports the app once and runs file after file with it, instead of importing it
    // again for every file (seconds each). Test files share no module state that matters: every
    // file opens its own database, and nothing is mocked or stubbed.
    isolate: false,
  },
});
