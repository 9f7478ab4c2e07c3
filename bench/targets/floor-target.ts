/** The bare floor (bench/floor/floor-worker.mjs) behind the Target interface. */
import { mapLimit } from '../lib/map-limit';
import type { Runtime } from '../lib/runtime';
import { SocketClient } from '../lib/socket-client';
import type { ChatPair, Target } from './target';

const WAIT_MS = 10_000;

export function floorTarget(runtime: Runtime): Target {
  const wsBase = runtime.url.replace(/^http/, 'ws');
  const open = (id: string) => SocketClient.open(`${wsBase}/connect?id=${encodeURIComponent(id)}`);

  /** A chat on the floor: the visitor's first message reaching its operator's socket. */
  const startChat = async (
    tag: string,
    i: number,
    operator: SocketClient,
    operatorId: string,
    visitor: SocketClient,
  ): Promise<ChatPair> => {
    const visitorId = `${tag}-v-${i}`;
    // Every frame asks for an ack, as every Parley message is echoed to its sender once stored.
    const visitorSend = (text: string) => visitor.send({ to: operatorId, text, ack: true });
    const first = `start ${tag} ${i}`;
    const arrived = operator.waitFor((f) => f.type === 'message' && f.text === first, WAIT_MS, `chat ${i} on its operator`);
    const t0 = performance.now();
    visitorSend(first);
    const { at } = await arrived;
    return {
      index: i,
      visitorId,
      visitor,
      operator,
      startMs: at - t0,
      visitorSend,
      operatorSend: (text) => operator.send({ to: visitorId, text, ack: true }),
    };
  };

  return {
    name: 'floor',
    runtime,
    async openChats(count, operators, tag, concurrency = 4) {
      const opened: SocketClient[] = [];
      const track = (socket: SocketClient) => {
        opened.push(socket);
        return socket;
      };
      try {
        const ops = await Promise.all(Array.from({ length: operators }, (_, k) => open(`${tag}-op-${k}`).then(track)));
        return await mapLimit(count, concurrency, async (i) => {
          const visitor = track(await open(`${tag}-v-${i}`));
          return startChat(tag, i, ops[i % operators]!, `${tag}-op-${i % operators}`, visitor);
        });
      } catch (error) {
        for (const socket of opened) socket.close();
        throw error;
      }
    },
    async closeChats(pairs) {
      for (const socket of new Set(pairs.flatMap((p) => [p.visitor, p.operator]))) socket.close();
    },
    messageText: (frame) => (frame.type === 'message' || frame.type === 'ack' ? String(frame.text) : null),
    openIdleVisitor: (i, tag) => open(`${tag}-${i}`),
  };
}
