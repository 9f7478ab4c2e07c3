/** Bundles the worker exactly as a deploy would, without contacting Cloudflare. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runWrangler } from './wrangler';

/**
 * Runs `wrangler deploy --dry-run --outdir` (offline: the dry run stops before any upload) and
 * returns the path of the bundled module.
 */
export function bundleWorker(root: string, outDir: string): string {
  runWrangler(root, ['deploy', '--dry-run', '--outdir', outDir]);
  const entry = join(outDir, 'index.js');
  if (!existsSync(entry)) throw new Error(`wrangler wrote no ${entry}`);
  return entry;
}
