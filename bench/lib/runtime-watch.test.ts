import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type RequestListener, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { probe, processAlive, watchRuntime } from './runtime-watch';

const servers: Server[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    s.close();
  }
});

/** A local server with `handler`; resolves with its URL. */
async function serve(handler: RequestListener): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  return `http://127.0.0.1:${port}/probe`;
}

const aborted = (signal: AbortSignal) =>
  signal.aborted ? Promise.resolve(signal.reason as Error) : once(signal, 'abort').then(() => signal.reason as Error);

describe('runtime watch', () => {
  it('counts any HTTP answer as alive, a 404 too', async () => {
    const url = await serve((_req, res) => res.writeHead(404).end('{}'));
    expect(await probe(url, 5000)).toBe(404);
  });

  it('fails a probe that gets no answer, naming the URL', async () => {
    const url = await serve(() => undefined);
    await expect(probe(url, 50)).rejects.toThrow(`no answer to GET ${url} within 50 ms`);
  });

  it('fails a probe whose connection is refused', async () => {
    const url = await serve(() => undefined);
    servers[0]!.close();
    await once(servers[0]!, 'close');
    await expect(probe(url, 5000)).rejects.toThrow(/ECONNREFUSED/);
  });

  it('aborts its signal when the runtime stops answering', async () => {
    let answering = true;
    const url = await serve((_req, res) => (answering ? res.end('ok') : undefined));
    const watch = watchRuntime(process.pid, url, { everyMs: 1, timeoutMs: 50 });
    answering = false;
    const reason = await aborted(watch.signal);
    watch.stop();
    expect(reason.message).toMatch(new RegExp(`workerd \\(pid ${process.pid}\\) stopped answering: no answer to GET`));
  });

  it('aborts its signal when the process is gone', async () => {
    const child = spawn(process.execPath, ['-e', '']);
    await once(child, 'exit');
    expect(processAlive(child.pid!)).toBe(false);
    const url = await serve((_req, res) => res.end('ok'));
    const watch = watchRuntime(child.pid!, url, { everyMs: 1, timeoutMs: 5000 });
    expect((await aborted(watch.signal)).message).toBe(`workerd (pid ${child.pid}) exited`);
  });

  it('is not failed by stopping it', async () => {
    const url = await serve((_req, res) => res.end('ok'));
    const watch = watchRuntime(process.pid, url, { everyMs: 1, timeoutMs: 5000 });
    watch.stop();
    expect(processAlive(process.pid)).toBe(true);
    expect(watch.signal.aborted).toBe(false);
  });
});
