// `npm run bench [-- --quick]`: builds, runs the real-time bench (bench/main.ts under tsx, with the
// open-file limit raised as far as this shell allows: 10 000 idle sockets need an fd each on both
// ends), then prints the widget's size budgets.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const WANTED_FDS = 65536;
const limits = spawnSync('bash', ['-c', 'echo "$(ulimit -Sn) $(ulimit -Hn)"'], { encoding: 'utf8' }).stdout.trim().split(' ');
const hard = limits[1] === 'unlimited' ? WANTED_FDS : Math.min(WANTED_FDS, Number(limits[1]));
console.log(`open-file limit: soft ${limits[0]}, hard ${limits[1]}; running with ${hard}`);
// The full run holds 10 000 client sockets here and as many in workerd (each process has its own
// limit). workerd 1.20261102 holds two descriptors per accepted socket (1 008 for 500 sockets), so it needs about 20 100.
if (hard < 20_500) console.log(`warning: ${hard} open files are not enough for 10 000 idle sockets (workerd needs about 20 100)`);

const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const main = [join(root, 'node_modules', '.bin', 'tsx'), join(root, 'bench', 'main.ts'), ...process.argv.slice(2)];
const quoted = main.map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
const child = spawnSync('bash', ['-c', `ulimit -n ${hard} && exec ${quoted}`], { cwd: root, stdio: 'inherit' });
const widget = spawnSync(process.execPath, [join(root, 'bench', 'widget-size.mjs')], { cwd: root, stdio: 'inherit' });
process.exit(child.status || widget.status || 0);
