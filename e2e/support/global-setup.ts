import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { applyLocalMigrations, executeLocalSql, freePort, startWranglerDev } from '../../scripts/lib.mjs';
import { seedSql } from '../../scripts/seed-sql.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    port: number;
    /** The state directory of the run's local D1, for tests that must set data no API sets yet. */
    persistTo: string;
  }
}

/** One fresh `wrangler dev` (own port, own state directory) for the whole e2e run. */
export default async function setup(project: TestProject) {
  const persistTo = mkdtempSync(path.join(tmpdir(), 'parley-e2e-'));
  applyLocalMigrations(persistTo);
  const seedFile = path.join(persistTo, 'seed.sql');
  writeFileSync(seedFile, seedSql());
  executeLocalSql(seedFile, persistTo);
  const port: number = await freePort();
  const dev = await startWranglerDev({ port, persistTo, quiet: true });
  project.provide('baseUrl', dev.url);
  project.provide('port', port);
  project.provide('persistTo', persistTo);
  return () => {
    dev.stop();
    rmSync(persistTo, { recursive: true, force: true });
  };
}
