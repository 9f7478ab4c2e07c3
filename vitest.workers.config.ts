import path from 'node:path';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

// Worker and Durable Object tests run inside workerd with real D1 (migrations applied in test/apply-migrations.ts).
export default defineConfig({
  plugins: [
    cloudflareTest(async () => ({
      wrangler: { configPath: './wrangler.toml' },
      miniflare: {
        bindings: {
          ENVIRONMENT: 'development',
          TEST_MIGRATIONS: await readD1Migrations(path.join(import.meta.dirname, 'migrations')),
        },
        assets: { directory: './test/assets', binding: 'ASSETS' },
      },
    })),
  ],
  test: {
    include: ['worker/**/*.test.ts', 'durable-objects/**/*.test.ts', 'db/**/*.test.ts', 'common/**/*.test.ts'],
    setupFiles: ['./test/apply-migrations.ts'],
    // A local HTTP stand-in for api.stripe.com, for the Stripe provider's tests.
    globalSetup: ['./test/stripe-stand-in.mjs'],
    // Generous: the isolation matrix makes hundreds of requests, and CI shares 2 cores.
    testTimeout: 30_000,
  },
});
