import type { D1Migration } from 'cloudflare:test';

// What vitest.workers.config.ts adds to the bindings for tests only.
declare global {
  namespace Cloudflare {
    interface Env {
      TEST_MIGRATIONS: D1Migration[];
      /** The top-level `[vars]` of wrangler.toml, as a plain deploy gets them (tests run with ENVIRONMENT=development). */
      DEPLOYED_VARS: Record<string, string>;
    }
  }
}
