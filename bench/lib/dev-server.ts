/**
 * Parley as `npm start` runs it — `wrangler dev` with the built console and widget as static
 * assets and the demo shop on `shop.localhost` — on its own port and state directory, migrated
 * and seeded with the demo data. The browser scenario needs the pages; the socket scenarios use
 * the bare bundle on Miniflare instead (lib/runtime.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyLocalMigrations, executeLocalSql, freePort, startWranglerDev } from '../../scripts/lib.mjs';
import { DEMO, seedSql } from '../../scripts/seed-sql.mjs';

export interface DevServer {
  /** The console's origin, http://localhost:PORT. */
  url: string;
  port: number;
  stop(): void;
}

/** Servers still running, so a bench stopped early (deadline, Ctrl-C) leaves no wrangler behind. */
const running = new Set<() => void>();

/** Migrates and seeds a fresh state directory under `dir`, then starts `wrangler dev` on it. */
export async function startDevServer(dir: string): Promise<DevServer> {
  mkdirSync(dir, { recursive: true });
  applyLocalMigrations(dir);
  const seedFile = join(dir, 'seed.sql');
  writeFileSync(seedFile, seedSql());
  executeLocalSql(seedFile, dir);
  const port: number = await freePort();
  const dev = await startWranglerDev({ port, persistTo: dir, quiet: true });
  const stop = () => {
    running.delete(stop);
    dev.stop();
  };
  running.add(stop);
  return { url: dev.url, port, stop };
}

export function stopDevServers(): void {
  for (const stop of running) stop();
}

/** Logs the demo owner in, as the console does; the session cookie for the server's API calls. */
export async function demoOwnerCookie(server: DevServer): Promise<string> {
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify({ email: DEMO.owner.email, password: DEMO.owner.password }),
  });
  if (login.status !== 200) throw new Error(`demo owner login answered ${login.status}`);
  return login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}
