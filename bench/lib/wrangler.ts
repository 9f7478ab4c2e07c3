/** Runs the project's wrangler CLI for local-only commands. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Runs `wrangler …args` in `root` and throws with its output when it fails. The banner (and with
 * it the npm update check) and metrics are off, so the bench contacts nothing but 127.0.0.1.
 */
export function runWrangler(root: string, args: string[]): void {
  try {
    execFileSync(join(root, 'node_modules', '.bin', 'wrangler'), args, {
      cwd: root,
      stdio: 'pipe',
      timeout: 120_000,
      env: { ...process.env, CI: 'true', WRANGLER_HIDE_BANNER: 'true', WRANGLER_SEND_METRICS: 'false' },
    });
  } catch (error) {
    const out = error as { stdout?: Buffer; stderr?: Buffer; message: string };
    throw new Error(`wrangler ${args.join(' ')} failed: ${out.stdout?.toString() ?? ''}${out.stderr?.toString() ?? out.message}`);
  }
}
