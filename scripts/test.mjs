// `npm test`: every test, in order of cost — lint, generated types, typecheck, unit, workerd (worker + Durable Object), e2e.
import { mkdirSync, readFileSync } from 'node:fs';
import { ensureChromium } from './ensure-chromium.mjs';
import { run } from './lib.mjs';

const started = Date.now();
const totals = { passed: 0, failed: 0, skipped: 0 };

const step = (name, cmd, args) => {
  const t = Date.now();
  console.log(`\n▶ ${name}`);
  run(cmd, args);
  console.log(`✓ ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
};

/** A vitest suite; its JSON report feeds the closing tally. */
const suite = (name, config) => {
  const report = `.tsbuild/vitest-${config.replace(/\W+/g, '-')}.json`;
  step(name, 'npx', ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  const json = JSON.parse(readFileSync(report, 'utf8'));
  totals.passed += json.numPassedTests;
  totals.failed += json.numFailedTests;
  totals.skipped += json.numPendingTests + json.numTodoTests;
};

mkdirSync('.tsbuild', { recursive: true });
ensureChromium();
step('lint and format (Biome)', 'npx', ['biome', 'ci', '.']);
step('generated types match wrangler.toml', 'node', ['scripts/check-generated-types.mjs']);
step('build console and widget', 'npm', ['run', 'build', '--silent']);
step('widget size budget', 'node', ['scripts/check-widget-size.mjs']);
step('console size budget', 'node', ['scripts/check-console-size.mjs']);
step('typecheck', 'npx', ['tsc', '-b']);
suite('unit tests (console and widget logic)', 'vitest.unit.config.ts');
suite('worker and Durable Object tests (workerd)', 'vitest.workers.config.ts');
suite('end-to-end tests (Chromium + wrangler dev)', 'vitest.e2e.config.ts');
console.log(`\nAll suites green in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
console.log(`Tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
