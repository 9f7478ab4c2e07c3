import { type Browser, chromium } from 'playwright-core';
import { chromiumPath } from '../../scripts/lib.mjs';

/** Flags for Debian's Chromium on these machines: no sandbox as root, no network chatter. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Launches the system's Chromium headless with {@link CHROMIUM_ARGS}; fails with an install hint when it is missing. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath: string | null = chromiumPath();
  if (!executablePath) throw new Error('Chromium not found: apt-get install -y chromium (or set CHROMIUM_PATH).');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}
