// `npm run bench [-- --quick] [--only GROUP]`: builds, runs the bench
// (bench/main.ts under tsx, with the open-file limit raised as far as this shell allows: idle
// sockets need descriptors on both ends), then prints the widget's size budgets.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const WANTED_FDS = 65536;
const limits = spawnSync('bash', ['-c', 'echo "$(ulimit -Sn) $(ulimit -Hn)"'], { encoding: 'utf8' }).stdout.trim().split(' ');
const hard = limits[1] === 'unlimited' ? WANTED_FDS : Math.min(WANTED_FDS, Number(limits[1]));
console.log(`open-file limit: soft ${limits[0]}, hard ${limits[1]}; running with ${hard}`);
// The full run holds up to 10 000 client sockets here and as many in workerd (each process has its
// own limit). workerd 1.20261102 holds two descriptors per accepted socket, so 10 000 need about
// 21 000; below that main.ts cuts the top idle level to what fits (bench/lib/open-files.ts).

const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const main = [join(root, 'node_modules', '.bin', 'tsx'), join(root, 'bench', 'main.ts'), ...process.argv.slice(2)];
const quoted = main.map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
const child = spawnSync('bash', ['-c', `ulimit -n ${hard} && exec ${quoted}`], { cwd: root, stdio: 'inherit' });
const widget = spawnSync(process.execPath, [join(root, 'bench', 'widget-size.mjs')], { cwd: root, stdio: 'inherit' });
process.exit(child.status || widget.status || 0);
