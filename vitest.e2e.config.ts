import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium (Debian's) against a `wrangler dev` started by the global setup.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['./e2e/support/global-setup.ts'],
    // A limit, not a wait: the longest flows take close to a minute on a quiet machine, more when it is busy.
    testTimeout: 180_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    // expect.poll waits for what the page shows next; a second is too short when the cores are busy.
    expect: { poll: { timeout: 15_000 } },
  },
});
