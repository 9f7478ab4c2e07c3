// Helpers shared by the dev, seed and test scripts (Node side, no dependencies).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';

export const WRANGLER = 'node_modules/.bin/wrangler';

/** Runs a command, streaming its output; exits the process with its code when it fails. */
export function run(cmd, args, opts = {}) {
  const res = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (res.status !== 0) {
    console.error(`\n✗ ${cmd} ${args.join(' ')} failed (exit ${res.status ?? res.signal})`);
    process.exit(res.status ?? 1);
  }
}

/** A TCP port nobody listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Applies the D1 migrations to the local database under `persistTo` (wrangler's default when absent). */
export function applyLocalMigrations(persistTo) {
  const extra = persistTo ? ['--persist-to', persistTo] : [];
  run(WRANGLER, ['d1', 'migrations', 'apply', 'DB', '--local', ...extra], { env: { ...process.env, CI: 'true' } });
}

/** Runs SQL against the local database. */
export function executeLocalSql(file, persistTo) {
  const extra = persistTo ? ['--persist-to', persistTo] : [];
  run(WRANGLER, ['d1', 'execute', 'DB', '--local', '--file', file, ...extra], { stdio: ['ignore', 'ignore', 'inherit'] });
}

/**
 * Starts `wrangler dev` on `port` and resolves once it answers HTTP. The returned `stop()`
 * kills the whole process group so workerd does not outlive it.
 */
export async function startWranglerDev({ port, persistTo, quiet = false }) {
  const args = [
    'dev',
    '--port',
    String(port),
    '--ip',
    '127.0.0.1',
    '--var',
    `APP_ORIGIN:http://localhost:${port}`,
    // wrangler.toml is production by default; local runs turn on the dev mailbox and demo shop.
    '--var',
    'ENVIRONMENT:development',
    '--show-interactive-dev-session=false',
  ];
  if (persistTo) args.push('--persist-to', persistTo);
  const child = spawn(WRANGLER, args, {
    stdio: quiet ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
    detached: true,
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' },
  });
  let log = '';
  child.stdout?.on('data', (d) => (log += d));
  child.stderr?.on('data', (d) => (log += d));
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {}
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited early:\n${log}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/me`);
      if (res.status > 0) return { child, stop, url: `http://localhost:${port}`, log: () => log };
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  stop();
  throw new Error(`wrangler dev did not answer within 60 s:\n${log}`);
}

export function chromiumPath() {
  for (const p of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (p && existsSync(p)) return p;
  }
  return null;
}
