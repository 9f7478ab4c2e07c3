/**
 * Downloads the pinned one-descriptor workerd (lib/workerd-build.ts) from the npm registry once,
 * into node_modules/.cache: `npm pack` checks the tarball against the registry's integrity hash.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ONE_DESCRIPTOR_WORKERD, type WorkerdBuild } from './workerd-build';

/** The build on this machine, or null where npm has no such binary (the package is Linux x64 only) or the download failed. */
export function oneDescriptorWorkerd(root: string, log: (line: string) => void): WorkerdBuild | null {
  if (process.platform !== 'linux' || process.arch !== 'x64') return null;
  const { version } = ONE_DESCRIPTOR_WORKERD;
  const dir = join(root, 'node_modules', '.cache', `workerd-${version}`);
  const path = join(dir, 'package', 'bin', 'workerd');
  try {
    if (!existsSync(path)) {
      log(`downloading @cloudflare/workerd-linux-64@${version}`);
      mkdirSync(dir, { recursive: true });
      execFileSync('npm', ['pack', `@cloudflare/workerd-linux-64@${version}`, '--pack-destination', dir, '--silent'], { stdio: 'pipe' });
      const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
      if (!tarball) throw new Error('npm pack wrote no tarball');
      execFileSync('tar', ['xzf', join(dir, tarball), '-C', dir], { stdio: 'pipe' });
    }
    return { ...ONE_DESCRIPTOR_WORKERD, path };
  } catch (error) {
    log(`could not get workerd ${version}: ${(error as Error).message}`);
    return null;
  }
}
