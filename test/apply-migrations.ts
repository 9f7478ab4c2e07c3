import { applyD1Migrations, env } from 'cloudflare:test';

// Idempotent: applyD1Migrations skips migrations already recorded in the d1_migrations table.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
