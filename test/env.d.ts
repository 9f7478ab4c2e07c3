import type { D1Migration } from 'cloudflare:test';

// What vitest.workers.config.ts adds to the bindings for tests only.
declare global {
  namespace Cloudflare {
    interface Env {
      TEST_MIGRATIONS: D1Migration[];
    }
  }
}
