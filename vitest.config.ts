import { defineConfig } from 'vitest/config';

/**
 * Two projects, both on the template databases of test/support/global-setup.ts:
 * - `fast` (npm test): unit and API tests in-process, each file on its own
 *   clone of the run's template database;
 * - `slow` (npm run test:slow): tests that start `chancery` processes — the
 *   CLI, and two server processes on one PostgreSQL database.
 */
const slow = ['test/cli.test.ts', 'test/**/*-processes.test.ts'];

export default defineConfig({
  test: {
    exclude: ['test/e2e/**', 'node_modules/**'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'fast',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'node_modules/**', ...slow],
          globalSetup: ['test/support/global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'slow',
          include: slow,
          globalSetup: ['test/support/global-setup.ts'],
        },
      },
    ],
  },
});
