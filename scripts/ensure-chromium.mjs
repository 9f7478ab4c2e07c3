// Makes sure Debian's Chromium is there for the e2e tests: installs it via apt-get when running as root.
import { spawnSync } from 'node:child_process';
import { chromiumPath } from './lib.mjs';

export function ensureChromium() {
  if (chromiumPath()) return;
  if (process.getuid?.() !== 0) {
    console.error('Chromium is missing. Install it with: sudo apt-get update && sudo apt-get install -y chromium (or set CHROMIUM_PATH).');
    process.exit(1);
  }
  console.log('Installing Chromium with apt-get…');
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', 'chromium'],
  ]) {
    const res = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (res.status !== 0) process.exit(res.status ?? 1);
  }
}
