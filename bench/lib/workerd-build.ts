/**
 * Which workerd build runs a scenario, and how many open files it needs per socket. Pure; no I/O
 * (lib/fetch-workerd.ts downloads a pinned build).
 *
 * From 1.20260918.1 on, workerd keeps a second descriptor for every accepted connection: its
 * listener clones the socket to watch for the peer hanging up (`workerd_server::listen::hangup` →
 * `try_clone_to_owned`, seen in gdb on the project's 1.20261102 build; 1 000 descriptors for 500
 * plain HTTP connections). Under this machine's hard limit of 20 000 open files one such process
 * holds about 9 500 sockets. 1.20260917.1, the last build before the change, holds one descriptor
 * per socket, so 18 000 idle sockets fit one process as issue 17's limit assumes.
 */

export interface WorkerdBuild {
  /** The npm version of `@cloudflare/workerd-linux-64`; null for the project's own (package-lock.json). */
  version: string | null;
  /** Its binary; null for the one Miniflare resolves itself. */
  path: string | null;
  /** The newest compatibility date the build accepts; null when it accepts the project's. */
  newestCompatibilityDate: string | null;
  descriptorsPerSocket: number;
}

export const PROJECT_WORKERD: WorkerdBuild = { version: null, path: null, newestCompatibilityDate: null, descriptorsPerSocket: 2 };

/** The build the fan-out pins (before its path is known): the last with one descriptor per socket. */
export const ONE_DESCRIPTOR_WORKERD = { version: '1.20260917.1', newestCompatibilityDate: '2026-09-24', descriptorsPerSocket: 1 } as const;

/** A worker's compatibility date as the build can run it: the older of the two (ISO dates compare as strings). */
export function compatibilityDateFor(build: WorkerdBuild, date: string): string {
  const newest = build.newestCompatibilityDate;
  return newest !== null && newest < date ? newest : date;
}

/** How a report names the build. */
export function describeBuild(build: WorkerdBuild): string {
  const name = build.version === null ? "the project's workerd" : `workerd ${build.version}`;
  return `${name}, ${build.descriptorsPerSocket} descriptor${build.descriptorsPerSocket === 1 ? '' : 's'} per socket`;
}
