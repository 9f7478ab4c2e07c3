/**
 * The visitor fleet: several client processes (scenarios/visitor-fleet.ts) that boot and hold
 * visitor sockets for one company, so neither one process's open-file limit nor one event loop
 * bounds the load. Each command goes to every process and resolves with their answers in order.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FleetCommand, FleetInit } from '../scenarios/visitor-fleet';

const CHILD = fileURLToPath(new URL('../scenarios/visitor-fleet.ts', import.meta.url));
const START_MS = 30_000;

type Reply = { id: number; result?: unknown; error?: string } | { ready: true };

export interface Fleet {
  readonly size: number;
  /** Sends each process its command (`command(i)` for process i); resolves with the answers in process order. */
  each<T>(command: (i: number) => FleetCommand): Promise<T[]>;
  /** Ends the processes. */
  stop(): Promise<void>;
}

/** One client process: forked with this process's execArgv (tsx's loader), so it runs TypeScript. */
async function startOne(init: FleetInit) {
  const child: ChildProcess = fork(CHILD, [JSON.stringify(init)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const waiting = new Map<number, { resolve(x: unknown): void; reject(e: Error): void }>();
  let nextId = 0;
  let exited: Error | null = null;
  const fail = (error: Error) => {
    exited = error;
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  };
  child.on('exit', (code, signal) => fail(new Error(`fleet process ${init.process} exited (${code ?? signal})`)));
  child.on('error', fail);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`fleet process ${init.process} did not start within ${START_MS} ms`)), START_MS);
    child.on('message', (m: Reply) => {
      if ('ready' in m) {
        clearTimeout(timer);
        resolve();
        return;
      }
      const w = waiting.get(m.id);
      waiting.delete(m.id);
      if (m.error !== undefined) w?.reject(new Error(`fleet process ${init.process}: ${m.error}`));
      else w?.resolve(m.result);
    });
    child.once('exit', () => reject(exited));
  });
  return {
    call<T>(command: FleetCommand): Promise<T> {
      if (exited) return Promise.reject(exited);
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        waiting.set(id, { resolve: resolve as (x: unknown) => void, reject });
        child.send({ id, command });
      });
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.disconnect();
      await Promise.race([gone, new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}

/** Starts `size` client processes for the company of `init` (process numbers 0..size-1). */
export async function startFleet(size: number, init: Omit<FleetInit, 'process'>): Promise<Fleet> {
  const started = await Promise.allSettled(Array.from({ length: size }, (_, process) => startOne({ ...init, process })));
  const members = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) {
    await Promise.all(members.map((m) => m.stop()));
    throw failed.reason;
  }
  return {
    size,
    each: <T>(command: (i: number) => FleetCommand) => Promise.all(members.map((m, i) => m.call<T>(command(i)))),
    stop: async () => void (await Promise.all(members.map((m) => m.stop()))),
  };
}
