// `npm test`: every test, in order of cost — typecheck, unit, workerd (worker + Durable Object), e2e.
import { ensureChromium } from './ensure-chromium.mjs';
import { run } from './lib.mjs';

const started = Date.now();
const step = (name, cmd, args) => {
  const t = Date.now();
  console.log(`\n▶ ${name}`);
  run(cmd, args);
  console.log(`✓ ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
};

ensureChromium();
step('build console and widget', 'npm', ['run', 'build', '--silent']);
step('widget size budget', 'node', ['scripts/check-widget-size.mjs']);
step('typecheck', 'npx', ['tsc', '-b']);
step('unit tests', 'npx', ['vitest', 'run', '--config', 'vitest.unit.config.ts', '--passWithNoTests']);
step('worker and Durable Object tests (workerd)', 'npx', ['vitest', 'run', '--config', 'vitest.workers.config.ts']);
step('end-to-end tests (Chromium + wrangler dev)', 'npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts']);
console.log(`\nAll tests passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
