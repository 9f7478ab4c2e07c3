/**
 * Parley behind the Target interface: the real worker bundle, the real routes and the
 * CompanyRoom, spoken to with frames built from the shared protocol module.
 */
import { join } from 'node:path';
import {
  type OperatorClientFrame,
  type OperatorServerFrame,
  PROTOCOL_VERSION,
  type VisitorClientFrame,
  type VisitorServerFrame,
} from '../../common/protocol';
import { bundleWorker } from '../lib/bundle';
import { mapLimit } from '../lib/map-limit';
import { type Runtime, startApp } from '../lib/runtime';
import { BENCH_LANGUAGE, BENCH_ORIGIN, type BenchCompany, type BenchUser, benchCompany, seedStatements } from '../lib/seed';
import { SocketClient } from '../lib/socket-client';
import { PROJECT_WORKERD } from '../lib/workerd-build';
import { runWrangler } from '../lib/wrangler';
import type { ChatPair, Target } from './target';

const WAIT_MS = 10_000;
/**
 * worker/auth/session.ts's SESSION_COOKIE. Not imported: that module pulls in the worker's
 * runtime types, which the Node typecheck of bench/ doesn't have.
 */
const SESSION_COOKIE = 'parley_session';
let clientIds = 0;
const nextClientId = () => `b${(clientIds++).toString(36)}`;

/** The secret a bench visitor says in its `hello`, so a scenario can make the visitor's HTTP calls too. */
export const visitorSecretOf = (visitorId: string): string => `${visitorId}-secret-0123456789abcdef`;

/** Parley plus what only Parley has: operator tabs of the owner and a real config change. */
export interface ParleyTarget extends Target {
  readonly company: BenchCompany;
  /** The widget's socket URL (ws://…/api/widget/connect?key=…); visitors send BENCH_ORIGIN. */
  readonly widgetUrl: string;
  /** Opens `count` console tabs of the owner (who serves no language, so gets no chats). */
  openOwnerTabs(count: number): Promise<SocketClient[]>;
  /** Opens one console tab of `user`, said hello to with `status`, once welcomed. */
  openOperatorTab(user: BenchUser, status: 'online' | 'away'): Promise<SocketClient>;
  /** Adds a fast response through the HTTP API, as the console does; resolves with the status. */
  addFastResponse(text: string): Promise<number>;
}

/**
 * Bundles, migrates, starts and seeds Parley; `log` reports each step. `label` names its scratch
 * directories and workerd log, so a run can start a second, fresh instance (the flood has its own).
 */
export async function startParley(
  root: string,
  work: string,
  operators: number,
  log: (line: string) => void,
  label = 'app',
  build = PROJECT_WORKERD,
): Promise<ParleyTarget> {
  log('bundling the worker (wrangler deploy --dry-run)');
  const bundle = bundleWorker(root, join(work, `bundle-${label}`));
  const state = join(work, `state-${label}`);
  log('applying migrations/');
  runWrangler(root, ['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', state]);
  // wrangler keeps local state under <persist-to>/v3; Miniflare is pointed at that same root.
  const runtime = await startApp(root, work, bundle, join(state, 'v3'), label, build);
  try {
    const company = benchCompany(operators);
    const db = await runtime.mf.getD1Database('DB');
    await db.batch(seedStatements(company).map((s) => db.prepare(s.sql).bind(...s.values)));
    log(`seeded company ${company.id} with ${operators} operators`);
    return parleyTarget(runtime, company);
  } catch (error) {
    await runtime.dispose();
    throw error;
  }
}

/** Where a new chat showed up: the operator socket, the chat's id, the arrival time. */
interface Landing {
  socket: SocketClient;
  chatId: string;
  at: number;
}

function awaitLanding(landed: Map<string, (x: Landing) => void>, visitorId: string): Promise<Landing> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      landed.delete(visitorId);
      reject(new Error(`chat ${visitorId} never reached an operator`));
    }, WAIT_MS);
    landed.set(visitorId, (x) => {
      clearTimeout(timer);
      landed.delete(visitorId);
      resolve(x);
    });
  });
}

function parleyTarget(runtime: Runtime, company: BenchCompany): ParleyTarget {
  const wsBase = runtime.url.replace(/^http/, 'ws');
  const cookie = (u: BenchUser) => `${SESSION_COOKIE}=${u.token}`;

  const openOperator = async (user: BenchUser, status: 'online' | 'away' = 'online'): Promise<SocketClient> => {
    const socket = await SocketClient.open(`${wsBase}/api/companies/${company.id}/connect`, { origin: runtime.url, cookie: cookie(user) });
    const welcome = socket.waitFor((f) => f.type === 'welcome' || f.type === 'error', WAIT_MS, 'operator welcome');
    socket.send({ type: 'hello', protocol: PROTOCOL_VERSION, status, resume: [] } satisfies OperatorClientFrame);
    const { frame } = await welcome;
    if (frame.type === 'error') throw new Error(`operator hello refused: ${JSON.stringify(frame)}`);
    return socket;
  };

  // Every visitor comes from its own address, as real visitors do: the room caps sockets and new chats per address.
  let visitors = 0;
  const widgetUrl = `${wsBase}/api/widget/connect?key=${company.publicKey}`;
  const openVisitor = async (visitorId: string): Promise<SocketClient> => {
    const n = visitors++;
    const address = `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
    const socket = await SocketClient.open(widgetUrl, { origin: BENCH_ORIGIN, address });
    const welcome = socket.waitFor((f) => f.type === 'welcome' || f.type === 'error', WAIT_MS, 'visitor welcome');
    socket.send({
      type: 'hello',
      protocol: PROTOCOL_VERSION,
      visitorId,
      visitorSecret: visitorSecretOf(visitorId),
      language: BENCH_LANGUAGE,
      category: null,
      page: { url: `${BENCH_ORIGIN}/pricing`, title: 'Pricing', referrer: '' },
    } satisfies VisitorClientFrame);
    const { frame } = await welcome;
    if (frame.type === 'error') throw new Error(`visitor hello refused: ${JSON.stringify(frame)}`);
    return socket;
  };

  return {
    name: 'parley',
    runtime,
    company,
    widgetUrl,
    async openChats(count, operators, tag, concurrency = 4) {
      if (operators > company.operators.length) throw new Error(`only ${company.operators.length} operators were seeded`);
      const opened: SocketClient[] = [];
      const track = (socket: SocketClient) => {
        opened.push(socket);
        return socket;
      };
      // Routing decides who gets each chat: wait for the `chat` frame on whichever operator it lands.
      const landed = new Map<string, (x: Landing) => void>();
      const offs: (() => void)[] = [];
      try {
        const ops = await Promise.all(company.operators.slice(0, operators).map((u) => openOperator(u).then(track)));
        for (const socket of ops) {
          offs.push(
            socket.on((f, at) => {
              const frame = f as OperatorServerFrame;
              if (frame.type === 'chat') landed.get(frame.chat.visitor.displayId)?.({ socket, chatId: frame.chat.id, at });
            }),
          );
        }
        return await mapLimit(count, concurrency, async (i): Promise<ChatPair> => {
          const visitorId = `${tag}-v-${i}`;
          const visitor = track(await openVisitor(visitorId));
          const onOperator = awaitLanding(landed, visitorId);
          const visitorSend = (text: string) =>
            visitor.send({ type: 'message', clientId: nextClientId(), text } satisfies VisitorClientFrame);
          const t0 = performance.now();
          visitorSend(`start ${tag} ${i}`);
          const { socket: operator, chatId, at } = await onOperator;
          return {
            index: i,
            visitorId,
            visitor,
            operator,
            startMs: at - t0,
            visitorSend,
            operatorSend: (text) =>
              operator.send({ type: 'message', chatId, clientId: nextClientId(), text } satisfies OperatorClientFrame),
          };
        });
      } catch (error) {
        for (const socket of opened) socket.close();
        throw error;
      } finally {
        for (const off of offs) off();
      }
    },
    async closeChats(pairs) {
      // Close the chats first so no operator leaves with chats (that would start a grace period).
      await Promise.all(
        pairs.map(async (p) => {
          const closed = p.visitor.waitFor((f) => f.type === 'closed', WAIT_MS, 'closed').catch(() => undefined);
          p.visitor.send({ type: 'close' } satisfies VisitorClientFrame);
          await closed;
        }),
      );
      for (const s of new Set(pairs.flatMap((p) => [p.visitor, p.operator]))) s.close();
    },
    messageText(f) {
      const frame = f as VisitorServerFrame | OperatorServerFrame;
      return frame.type === 'message' ? frame.message.text : null;
    },
    openIdleVisitor: (i, tag) => openVisitor(`${tag}-${i}`),
    openOwnerTabs: (count) => Promise.all(Array.from({ length: count }, () => openOperator(company.owner))),
    openOperatorTab: openOperator,
    async addFastResponse(text) {
      const res = await fetch(`${runtime.url}/api/companies/${company.id}/fast-responses`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: runtime.url, cookie: cookie(company.owner) },
        body: JSON.stringify({ text }),
      });
      await res.arrayBuffer();
      return res.status;
    },
  };
}
