/**
 * Starts workerd through Miniflare's own socket (no `wrangler dev` proxy in front): either the
 * bundled Parley worker with the bindings wrangler.toml declares, or the bare floor worker.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { convertV4MiniflareOptions, Miniflare, type V4SharedOptions, type V4WorkerOptions as WorkerOptions } from 'miniflare';
import { unstable_getMiniflareWorkerOptions } from 'wrangler';
import { freePort } from '../../scripts/lib.mjs';
import { workerdPids } from './proc';
import { compatibilityDateFor, PROJECT_WORKERD, type WorkerdBuild } from './workerd-build';

/** A running workerd: its base URL (http://127.0.0.1:port), its pid for memory readings, its build. */
export interface Runtime {
  mf: Miniflare;
  url: string;
  pid: number;
  build: WorkerdBuild;
  dispose(): Promise<void>;
}

/**
 * The shared options the bench sets. Miniflare's V4SharedOptions has an index signature, so an
 * option it no longer knows (Miniflare 4's `defaultPersistRoot`, `handleRuntimeStdio`) would
 * typecheck and then be dropped silently; picking the known keys makes such a name an error.
 */
type SharedOptions = Pick<V4SharedOptions, 'host' | 'port' | 'resourcePersistencePath' | 'cf' | 'handleStructuredLogs'>;

async function start(
  label: string,
  logDir: string,
  port: number,
  worker: WorkerOptions,
  persistRoot: string,
  build: WorkerdBuild,
): Promise<Runtime> {
  const before = new Set(workerdPids());
  const log = createWriteStream(join(logDir, `workerd-${label}.log`));
  const shared: SharedOptions = {
    host: '127.0.0.1',
    port,
    // The same root `wrangler d1 migrations apply --persist-to` writes under (<persist-to>/v3).
    resourcePersistencePath: persistRoot,
    // The fixed request.cf object: otherwise Miniflare downloads one from workers.cloudflare.com.
    cf: false,
    // Worker logs go to a file: at 10 000 sockets the terminal would drown the results.
    handleStructuredLogs({ level, message }) {
      log.write(`${level} ${message}\n`);
    },
  };
  const dated = { ...worker, compatibilityDate: compatibilityDateFor(build, worker.compatibilityDate as string) };
  // Miniflare takes its binary from this variable when it spawns workerd (on `ready`) and has no option for it.
  const projectPath = process.env.MINIFLARE_WORKERD_PATH;
  if (build.path !== null) process.env.MINIFLARE_WORKERD_PATH = build.path;
  // Miniflare 5 takes a new options shape; wrangler still hands out the v4 one, so convert.
  const mf = new Miniflare(convertV4MiniflareOptions({ ...dated, ...shared }));
  let url: string;
  try {
    url = (await mf.ready).origin;
  } finally {
    if (projectPath === undefined) delete process.env.MINIFLARE_WORKERD_PATH;
    else process.env.MINIFLARE_WORKERD_PATH = projectPath;
  }
  const pid = workerdPids().find((p) => !before.has(p));
  if (pid === undefined) {
    await mf.dispose();
    throw new Error(`no workerd process found for ${label}`);
  }
  return {
    mf,
    url,
    pid,
    build,
    async dispose() {
      await mf.dispose();
      await new Promise<void>((resolve) => log.end(resolve));
    },
  };
}

/** The floor: bench/floor/floor-worker.mjs with one SQLite-backed Durable Object class and a D1 database. */
export async function startFloor(
  root: string,
  logDir: string,
  persistRoot: string,
  label = 'floor',
  build = PROJECT_WORKERD,
): Promise<Runtime> {
  const { workerOptions } = unstable_getMiniflareWorkerOptions(join(root, 'wrangler.toml'));
  const worker: WorkerOptions = {
    name: 'floor',
    modules: true,
    scriptPath: join(root, 'bench', 'floor', 'floor-worker.mjs'),
    compatibilityDate: workerOptions.compatibilityDate as string,
    compatibilityFlags: workerOptions.compatibilityFlags as string[],
    durableObjects: { FLOOR_ROOM: { className: 'FloorRoom', useSQLite: true } },
    d1Databases: { DB: 'floor-db' },
  };
  return start(label, logDir, await freePort(), worker, persistRoot, build);
}

/**
 * Parley: the bundle from `bundleWorker` with wrangler.toml's bindings (D1, R2, the company
 * Durable Object, mail, vars). Static assets are left out — the bench only speaks to /api/*.
 * APP_ORIGIN is the bench's own URL so the operator socket's console-Origin check can pass;
 * ATTACHMENT_URL_SECRET a random key per run, as a deployment's secret (without it uploads answer 503).
 */
export async function startApp(
  root: string,
  logDir: string,
  bundlePath: string,
  persistRoot: string,
  label = 'app',
  build = PROJECT_WORKERD,
): Promise<Runtime> {
  const { workerOptions } = unstable_getMiniflareWorkerOptions(join(root, 'wrangler.toml'));
  // Assets are not needed; wrangler's module rules describe its own bundling and do not convert to Miniflare 5 options.
  const { assets: _assets, modulesRules: _rules, ...rest } = workerOptions as WorkerOptions & { assets?: unknown; modulesRules?: unknown };
  const port = await freePort();
  const worker = {
    ...rest,
    name: 'parley',
    modules: true,
    scriptPath: bundlePath,
    modulesRoot: join(bundlePath, '..'),
    bindings: {
      ...(rest.bindings ?? {}),
      APP_ORIGIN: `http://127.0.0.1:${port}`,
      ATTACHMENT_URL_SECRET: randomBytes(32).toString('hex'),
    },
  } as WorkerOptions;
  return start(label, logDir, port, worker, persistRoot, build);
}
