import { env, runInDurableObject, SELF } from 'cloudflare:test';
import { gatewayName } from '../common/gateways/gateways';
import { randomId } from '../common/ids';
import type { OperatorClientFrame, OperatorServerFrame, VisitorClientFrame, VisitorServerFrame } from '../common/protocol';
import { PROTOCOL_VERSION } from '../common/protocol';
import { categories, companies, domains, languages, memberships, operatorCategories, operatorLanguages } from '../db/schema';
import type { CompanyRoom } from '../durable-objects/company-room';
import { companyRoom } from '../worker/lib/company-room';
import { createUser, db, ORIGIN, type TestUser } from './helpers';
import { type OperatorSocket, TestSocket, type VisitorSocket } from './test-socket';

export { type OperatorSocket, TestSocket, type VisitorSocket } from './test-socket';

/** A company set up straight in D1 for real-time tests, with a unique registered domain. */
export interface TestCompany {
  id: string;
  publicKey: string;
  /** A registered origin for widgets. */
  origin: string;
  owner: TestUser;
  /** Operators in order of joining; `operators[0]` is the owner. */
  operators: TestUser[];
  categoryIds: string[];
}

/**
 * Creates a company with `operators` members (the owner first), each serving every one of
 * `languages` (and every category when `categories` are given), on a paid plan so all may be online.
 */
export async function setupCompany(
  opts: {
    operators?: number;
    languages?: string[];
    categories?: string[];
    maxChats?: number;
    offlineForm?: boolean;
    planOperators?: number;
    busyBehaviour?: 'queue' | 'offline_form' | 'hide';
    maxQueueLength?: number;
    /**
     * The least time between availability pushes to idle widgets. Tests run without it (0), so
     * each change is pushed at once, unless they test the gap itself.
     */
    availabilityGapMs?: number;
  } = {},
): Promise<TestCompany> {
  const langs = opts.languages ?? ['en'];
  const owner = await createUser({ name: 'Owner' });
  const others = await Promise.all(Array.from({ length: (opts.operators ?? 1) - 1 }, (_, i) => createUser({ name: `Operator ${i + 1}` })));
  const all = [owner, ...others];
  const id = randomId();
  const publicKey = randomId(24);
  const host = `w-${randomId(6)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, 'x')}.example.test`;
  const base = Date.now();
  await db()
    .insert(companies)
    .values({
      id,
      name: 'Realtime Co',
      publicKey,
      ownerId: owner.id,
      maxChatsPerOperator: opts.maxChats ?? 3,
      offlineFormEnabled: opts.offlineForm ?? true,
      busyBehaviour: opts.busyBehaviour ?? 'queue',
      maxQueueLength: opts.maxQueueLength ?? 200,
      categoriesEnabled: (opts.categories?.length ?? 0) > 0,
      plan: 'team',
      planOperators: opts.planOperators ?? 50,
      paidUntil: new Date(base + 30 * 86_400_000),
      createdAt: new Date(base),
    });
  await db()
    .insert(memberships)
    .values(
      all.map((u, i) => ({
        companyId: id,
        userId: u.id,
        role: i === 0 ? ('owner' as const) : ('operator' as const),
        createdAt: new Date(base + i),
      })),
    );
  await db()
    .insert(languages)
    .values(langs.map((code, i) => ({ companyId: id, code, isDefault: i === 0, createdAt: new Date(base + i) })));
  await db()
    .insert(domains)
    .values({ id: randomId(), companyId: id, host, createdAt: new Date(base) });
  const categoryIds = (opts.categories ?? []).map(() => randomId());
  if (categoryIds.length) {
    await db()
      .insert(categories)
      .values(categoryIds.map((cid, i) => ({ id: cid, companyId: id, name: opts.categories![i]!, createdAt: new Date(base) })));
  }
  for (const u of all) await setDestinations({ id } as TestCompany, u, langs, categoryIds);
  await setAvailabilityGap({ id }, opts.availabilityGapMs ?? 0);
  return { id, publicKey, origin: `https://${host}`, owner, operators: all, categoryIds };
}

/** Replaces an operator's destinations in D1 (call `notify` afterwards to tell the room). */
export async function setDestinations(
  company: Pick<TestCompany, 'id'>,
  user: TestUser,
  langs: string[],
  cats: string[] = [],
): Promise<void> {
  const { and, eq } = await import('drizzle-orm');
  await db()
    .delete(operatorLanguages)
    .where(and(eq(operatorLanguages.companyId, company.id), eq(operatorLanguages.userId, user.id)));
  await db()
    .delete(operatorCategories)
    .where(and(eq(operatorCategories.companyId, company.id), eq(operatorCategories.userId, user.id)));
  if (langs.length)
    await db()
      .insert(operatorLanguages)
      .values(langs.map((code) => ({ companyId: company.id, userId: user.id, code })));
  if (cats.length)
    await db()
      .insert(operatorCategories)
      .values(cats.map((categoryId) => ({ companyId: company.id, userId: user.id, categoryId })));
}

/** Sets the company room's least time between availability pushes (AVAILABILITY_PUSH_GAP_MS in production). */
export async function setAvailabilityGap(company: Pick<TestCompany, 'id'>, ms: number): Promise<void> {
  await runInDurableObject(roomOf(company), (room: CompanyRoom) => {
    room.availabilityGapMs = ms;
  });
}

/** The company's Durable Object stub. */
export function roomOf(company: Pick<TestCompany, 'id'>) {
  return companyRoom(env, company.id);
}

/** One of the company's visitor gateway stubs. */
export function gatewayOf(company: Pick<TestCompany, 'id'>, index: number) {
  return env.VISITOR_GATEWAY.get(env.VISITOR_GATEWAY.idFromName(gatewayName(company.id, index)));
}

/**
 * Opens a raw widget WebSocket; answers the HTTP response when the upgrade is refused. `user`
 * sends that user's session cookie, as the console's Test chat page does. Each socket comes from
 * its own address (`CF-Connecting-IP`) unless `address` names one, so per-address limits only
 * bite where a test means them to.
 */
export async function openWidget(
  company: Pick<TestCompany, 'publicKey'>,
  origin: string | null,
  user?: TestUser,
  address = `10.${randomOctets()}`,
  /** Extra query parameters: `visitor` (an idle widget, served by its gateway) and `chat=1` (the room). */
  query: Record<string, string> = {},
): Promise<Response> {
  const headers: Record<string, string> = { Upgrade: 'websocket', 'User-Agent': 'TestBrowser/1.0', 'CF-Connecting-IP': address };
  if (origin) headers.Origin = origin;
  if (user) headers.Cookie = user.cookie;
  const params = new URLSearchParams({ key: company.publicKey, ...query });
  return SELF.fetch(`${ORIGIN}/api/widget/connect?${params}`, { headers });
}

function randomOctets(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(3))).join('.');
}

/** The secret `connectVisitor` uses for a visitor id unless told otherwise. */
export function testVisitorSecret(visitorId: string): string {
  return `secret-${visitorId}-0123456789abcdef`.slice(-64);
}

/** Connects a visitor and completes the hello (waits for `welcome` unless `wait: false`). */
export async function connectVisitor(
  company: TestCompany,
  opts: {
    visitorId?: string;
    /** Defaults to one derived from the visitor id, so reconnecting with the same id resumes. */
    visitorSecret?: string;
    /** The socket's `CF-Connecting-IP`; a fresh one by default. */
    address?: string;
    language?: string;
    category?: string | null;
    resume?: { chatId: string; lastSeq: number };
    url?: string;
    /**
     * `idle`: the widget names its visitor and has no chat open, so it lands on the visitor's
     * gateway; `chat`: it names its visitor and opens its chat (`chat=1`) on the room. Without it,
     * an older widget that names nobody (the room).
     */
    as?: 'idle' | 'chat';
  } = {},
): Promise<VisitorSocket & { visitorId: string; welcome: Extract<VisitorServerFrame, { type: 'welcome' }> }> {
  const visitorId = opts.visitorId ?? `v-${randomId(8)}`;
  const query: Record<string, string> = opts.as ? { visitor: visitorId, ...(opts.as === 'chat' ? { chat: '1' } : {}) } : {};
  const res = await openWidget(company, company.origin, undefined, opts.address, query);
  if (!res.webSocket) throw new Error(`widget connect refused: ${res.status} ${await res.text()}`);
  res.webSocket.accept();
  const socket = new TestSocket<VisitorServerFrame, VisitorClientFrame>(res.webSocket);
  socket.send({
    type: 'hello',
    protocol: PROTOCOL_VERSION,
    visitorId,
    visitorSecret: opts.visitorSecret ?? testVisitorSecret(visitorId),
    language: opts.language ?? 'en',
    category: opts.category ?? null,
    page: { url: opts.url ?? 'https://shop.example/pricing', title: 'Pricing', referrer: 'https://search.example/' },
    ...(opts.resume ? { resume: opts.resume } : {}),
  });
  const welcome = await socket.next('welcome');
  return Object.assign(socket, { visitorId, welcome });
}

/** Opens a raw operator WebSocket with the user's session and the given Origin. */
export async function openOperator(companyId: string, user: TestUser | null, origin: string | null = ORIGIN): Promise<Response> {
  const headers: Record<string, string> = { Upgrade: 'websocket' };
  if (origin) headers.Origin = origin;
  if (user) headers.Cookie = user.cookie;
  return SELF.fetch(`${ORIGIN}/api/companies/${companyId}/connect`, { headers });
}

/** Connects an operator tab and completes the hello. */
export async function connectOperator(
  company: Pick<TestCompany, 'id'>,
  user: TestUser,
  opts: { status?: 'online' | 'away'; resume?: { chatId: string; lastSeq: number }[] } = {},
): Promise<OperatorSocket & { welcome: Extract<OperatorServerFrame, { type: 'welcome' }> }> {
  const res = await openOperator(company.id, user);
  if (!res.webSocket) throw new Error(`operator connect refused: ${res.status} ${await res.text()}`);
  res.webSocket.accept();
  const socket = new TestSocket<OperatorServerFrame, OperatorClientFrame>(res.webSocket);
  socket.send({ type: 'hello', protocol: PROTOCOL_VERSION, status: opts.status ?? 'online', resume: opts.resume ?? [] });
  const welcome = await socket.next('welcome');
  return Object.assign(socket, { welcome });
}

/** Sends a visitor message and waits for its acknowledgement (the stored message echoed back). */
export async function visitorSays(v: VisitorSocket, text: string, clientId = randomId(8)) {
  v.send({ type: 'message', clientId, text });
  return v.until((f): f is Extract<VisitorServerFrame, { type: 'message' }> => f.type === 'message' && f.message.clientId === clientId);
}

/** Sends an operator message and waits for its echo. */
export async function operatorSays(o: OperatorSocket, chatId: string, text: string, clientId = randomId(8)) {
  o.send({ type: 'message', chatId, clientId, text });
  return o.until((f): f is Extract<OperatorServerFrame, { type: 'message' }> => f.type === 'message' && f.message.clientId === clientId);
}

/** What reached a company's open pages since the last look. */
export interface PageChanges {
  /** The owner's chat page got a `config` frame. */
  config: boolean;
  /** The chat page or the widget was closed (4403: access revoked, the company deleted). */
  closed: boolean;
}

/**
 * The company's owner on the chat page and a widget on one of its registered domains, kept open
 * so a test sees what a change does to open pages (F13). `changes()` answers once everything the
 * room sent before the call has arrived: a round trip through each socket that is still open.
 */
export async function watchCompany(company: Pick<TestCompany, 'id' | 'publicKey' | 'origin'>, owner: TestUser) {
  const page = await connectOperator(company, owner);
  const res = await openWidget(company, company.origin);
  if (!res.webSocket) throw new Error(`widget connect refused: ${res.status} ${await res.text()}`);
  res.webSocket.accept();
  const widget = new TestSocket<VisitorServerFrame, VisitorClientFrame>(res.webSocket);
  const sockets: TestSocket<{ type: string }, unknown>[] = [page, widget];
  const caughtUp = () => Promise.all(sockets.map(caughtUpOrClosed));
  await caughtUp();
  let seen = page.frames.length;
  return {
    async changes(): Promise<PageChanges> {
      await caughtUp();
      const config = page.frames.slice(seen).some((f) => f.type === 'config');
      seen = page.frames.length;
      return { config, closed: sockets.some((s) => s.closeCode !== null) };
    },
    close: () => {
      for (const s of sockets) s.close();
    },
  };
}

/** {@link TestSocket.roundTrip}, or the socket's close (a revoked page's round trip never comes back). */
async function caughtUpOrClosed(socket: TestSocket<{ type: string }, unknown>): Promise<void> {
  if (socket.closeCode !== null) return;
  try {
    await socket.roundTrip();
  } catch (err) {
    if (socket.closeCode === null) throw err;
  }
}
