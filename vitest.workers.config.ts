import path from 'node:path';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';
import { unstable_readConfig } from 'wrangler';

// The vars a plain `wrangler deploy` would give the worker, for tests of the production defaults.
const deployedVars = unstable_readConfig({ config: './wrangler.toml' }).vars;

// Worker and Durable Object tests run inside workerd with real D1 (migrations applied in test/apply-migrations.ts).
export default defineConfig({
  plugins: [
    cloudflareTest(async () => ({
      wrangler: { configPath: './wrangler.toml' },
      miniflare: {
        bindings: {
          ENVIRONMENT: 'development',
          DEPLOYED_VARS: deployedVars,
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
    // A limit, not a wait: the isolation matrix and the fuzz tests make thousands of requests and
    // frames, and take over half a minute when other work keeps the 2 cores busy.
    testTimeout: 180_000,
  },
});
