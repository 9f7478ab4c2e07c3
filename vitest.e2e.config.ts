import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium (Debian's) against a `wrangler dev` started by the global setup.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['./e2e/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
