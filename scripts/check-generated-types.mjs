// Fails when worker/env.d.ts is not exactly what `npm run types` generates from wrangler.toml.
// (`wrangler types --check` compares only the header hash, so a hand edit would slip past it.)
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const FILE = 'worker/env.d.ts';
const committed = readFileSync(FILE, 'utf8');
const res = spawnSync('npm', ['run', 'types', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
const generated = readFileSync(FILE, 'utf8');
writeFileSync(FILE, committed);
if (res.status !== 0) process.exit(res.status ?? 1);
if (generated !== committed) {
  console.error(`${FILE} is stale: run \`npm run types\` and commit the result.`);
  process.exit(1);
}
console.log(`${FILE} matches wrangler.toml.`);
