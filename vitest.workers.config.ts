import path from 'node:path';
import { defineWorkersConfig, readD1Migrations } from '@cloudflare/vitest-pool-workers/config';

// Worker and Durable Object tests run inside workerd with real D1 (migrations applied in test/apply-migrations.ts).
export default defineWorkersConfig(async () => {
  const migrations = await readD1Migrations(path.join(import.meta.dirname, 'migrations'));
  return {
    test: {
      include: ['worker/**/*.test.ts', 'durable-objects/**/*.test.ts', 'db/**/*.test.ts', 'common/**/*.test.ts'],
      setupFiles: ['./test/apply-migrations.ts'],
      // A local HTTP stand-in for api.stripe.com, for the Stripe provider's tests.
      globalSetup: ['./test/stripe-stand-in.mjs'],
      // Generous: the isolation matrix makes hundreds of requests, and CI shares 2 cores.
      testTimeout: 30_000,
      poolOptions: {
        workers: {
          singleWorker: true,
          isolatedStorage: false,
          wrangler: { configPath: './wrangler.toml' },
          miniflare: {
            bindings: { TEST_MIGRATIONS: migrations },
            assets: { directory: './test/assets', binding: 'ASSETS' },
          },
        },
      },
    },
  };
});
