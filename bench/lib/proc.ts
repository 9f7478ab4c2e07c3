/** Finding the workerd process Miniflare spawned and reading its memory (Linux /proc). */
import { readdirSync, readFileSync } from 'node:fs';
import { parseOpenFileLimit } from './open-files';

function parentOf(pid: number): number | null {
  try {
    // The command name may contain spaces and parentheses, so parse after the last ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(rest[1]);
  } catch {
    return null;
  }
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

/** Every live descendant of `root` (children, grandchildren, …). */
function descendants(root: number): number[] {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const ppid = parentOf(pid);
    if (ppid !== null) parents.set(pid, ppid);
  }
  const found: number[] = [];
  const frontier = [root];
  while (frontier.length) {
    const parent = frontier.pop()!;
    for (const [pid, ppid] of parents) {
      if (ppid === parent) {
        found.push(pid);
        frontier.push(pid);
      }
    }
  }
  return found;
}

/** The workerd processes below this Node process. */
export function workerdPids(): number[] {
  return descendants(process.pid).filter((pid) => /(^|\/)workerd\s/.test(commandOf(pid)));
}

/** Resident set size of a process in KB (VmRSS), or null once it is gone. */
export function rssKb(pid: number): number | null {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith('VmRSS:'));
    return line ? Number(line.split(/\s+/)[1]) : null;
  } catch {
    return null;
  }
}

/** This process's soft open-file limit (workerd inherits it), or null when /proc doesn't say. */
export function openFileLimit(): number | null {
  try {
    return parseOpenFileLimit(readFileSync('/proc/self/limits', 'utf8'));
  } catch {
    return null;
  }
}

/** CPU time (user + system) a process has used, in seconds, or null once it is gone. */
export function cpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime (fields 14 and 15) in clock ticks, 100 a second on Linux.
    return (Number(rest[11]) + Number(rest[12])) / 100;
  } catch {
    return null;
  }
}
