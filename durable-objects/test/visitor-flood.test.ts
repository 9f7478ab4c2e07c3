import { describe, expect, it } from 'vitest';
import {
  ABUSE_COOLDOWN_MS,
  MAX_VISITOR_SOCKETS_PER_ADDRESS,
  NEW_CHATS_PER_ADDRESS_PER_MINUTE,
  VISITOR_FRAME_BUDGETS,
  type VisitorClientFrame,
} from '../../common/protocol';
import { apiFetch } from '../../test/helpers';
import {
  connectOperator,
  connectVisitor,
  type OperatorSocket,
  openWidget,
  operatorSays,
  roomOf,
  setupCompany,
  type VisitorSocket,
  visitorSays,
} from '../../test/realtime';

/** Enough frames to spend any budget and reach the abuse limit (50 rejected frames) well past it. */
const FLOOD = 120;

type Flooded = Exclude<VisitorClientFrame['type'], 'hello'>;

const frameOf: Record<Flooded, (i: number) => VisitorClientFrame> = {
  message: (i) => ({ type: 'message', clientId: `flood-${i}`, text: `spam ${i}` }),
  typing: (i) => ({ type: 'typing', typing: i % 2 === 0 }),
  update: (i) => ({ type: 'update', page: { url: `https://shop.example/${i}`, title: `${i}`, referrer: '' } }),
  close: () => ({ type: 'close' }),
  contact: (i) => ({ type: 'contact', email: `flood-${i}@example.com` }),
  rate: (i) => ({ type: 'rate', chatId: `flood-${i}`, rating: 'good', comment: '' }),
  receipt: (i) => ({ type: 'receipt', chatId: `flood-${i}`, delivered: i, seen: i }),
};

/** Sends the flood as fast as the socket takes it; sends after the server closed it are dropped. */
function flood(socket: VisitorSocket, type: Flooded): void {
  for (let i = 0; i < FLOOD; i++) {
    try {
      socket.send(frameOf[type](i));
    } catch {
      return;
    }
  }
}

/** The canary's chat still works both ways: its message reaches the operator and the reply comes back. */
async function canaryServed(canary: VisitorSocket, operator: OperatorSocket, chatId: string, n: number) {
  const said = await visitorSays(canary, `canary ${n}`);
  expect(said.chatId).toBe(chatId);
  await operator.until((f) => f.type === 'message' && f.chatId === chatId && f.message.text === `canary ${n}`);
  await operatorSays(operator, chatId, `reply ${n}`);
  await canary.until((f) => f.type === 'message' && f.message.text === `reply ${n}`);
}

describe('anonymous denial of service (SPEC S)', () => {
  it('limits a flood of each visitor frame type, closes the flooding socket, and the canary chat stays served', async () => {
    const company = await setupCompany();
    const operator = await connectOperator(company, company.operators[0]!);
    const canary = await connectVisitor(company);
    const { chatId } = await visitorSays(canary, 'canary 0');
    await operator.next('chat');

    for (const [n, type] of (['message', 'typing', 'update', 'close', 'receipt'] as const).entries()) {
      const hostile = await connectVisitor(company);
      // Typing, update, close and receipts reach further with a chat open, so the hostile visitor starts one.
      let hostileChat: string | null = null;
      if (type !== 'message') hostileChat = (await visitorSays(hostile, 'hi')).chatId;
      const start = operator.frames.length;

      flood(hostile, type);
      const limited = await hostile.until((f) => f.type === 'error' && f.code === 'rate_limited' && f.ref === type);
      expect(limited.type).toBe('error');
      expect(await hostile.closed).toBe(1008);

      // What reached the operator is bounded by the budget, not by the flood.
      const relayed = operator.frames
        .slice(start)
        .filter((f) =>
          type === 'message'
            ? f.type === 'message' && f.message.text.startsWith('spam')
            : type === 'typing'
              ? f.type === 'typing' && f.chatId === hostileChat
              : type === 'update'
                ? f.type === 'visitor' && f.chatId === hostileChat
                : type === 'receipt'
                  ? f.type === 'receipts'
                  : f.type === 'closed' && f.chatId === hostileChat,
        );
      expect(relayed.length).toBeLessThan(FLOOD / 2);
      if (type === 'message') {
        const stored = await roomOf(company).history({
          q: 'spam',
          visitor: hostile.visitorId,
          from: null,
          to: null,
          status: '',
          rating: '',
          cursor: '',
        });
        expect(stored.chats[0]?.messageCount ?? 0).toBeLessThanOrEqual(VISITOR_FRAME_BUDGETS.message.burst);
      }
      await canaryServed(canary, operator, chatId, n + 1);
    }
  });

  it('keeps an address whose socket was closed for abuse out for a while; other addresses connect', async () => {
    const company = await setupCompany({ operators: 1 });
    await connectOperator(company, company.operators[0]!);
    const address = '203.0.113.66';
    const hostile = await connectVisitor(company, { address });
    for (let i = 0; i < FLOOD; i++) {
      try {
        hostile.sendRaw('not json');
      } catch {
        break; // the server closed it: sends after that are dropped
      }
    }
    expect(await hostile.closed).toBe(1008);

    const again = await openWidget(company, company.origin, undefined, address);
    expect(again.status).toBe(429);
    expect(await again.json()).toMatchObject({ error: { code: 'rate_limited' } });
    expect(Number(again.headers.get('Retry-After'))).toBeLessThanOrEqual(ABUSE_COOLDOWN_MS / 1000);
    expect((await connectVisitor(company, { address: '203.0.113.67' })).welcome.type).toBe('welcome');
  });

  it('keeps an address that is closed for abuse again out twice as long', async () => {
    const company = await setupCompany({ operators: 1 });
    await connectOperator(company, company.operators[0]!);
    const address = '203.0.113.68';
    // Two tabs opened before any abuse: the second is closed while the first close's cooldown runs.
    const tabs = [await connectVisitor(company, { address }), await connectVisitor(company, { address })];
    for (const tab of tabs) {
      for (let i = 0; i < FLOOD; i++) {
        try {
          tab.sendRaw('not json');
        } catch {
          break;
        }
      }
      expect(await tab.closed).toBe(1008);
    }
    const refused = await openWidget(company, company.origin, undefined, address);
    expect(refused.status).toBe(429);
    const seconds = Number(refused.headers.get('Retry-After'));
    expect(seconds).toBeGreaterThan((2 * ABUSE_COOLDOWN_MS) / 1000 - 5);
    expect(seconds).toBeLessThanOrEqual((2 * ABUSE_COOLDOWN_MS) / 1000);
  });

  it('caps open sockets and new chats per address; other addresses are unaffected', async () => {
    const company = await setupCompany({ operators: 1 });
    await connectOperator(company, company.operators[0]!);
    const address = '203.0.113.7';
    const tabs: VisitorSocket[] = [];
    for (let i = 0; i < MAX_VISITOR_SOCKETS_PER_ADDRESS; i++) tabs.push(await connectVisitor(company, { address }));
    const refused = await openWidget(company, company.origin, undefined, address);
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ error: { code: 'rate_limited' } });
    expect((await openWidget(company, company.origin, undefined, '203.0.113.8')).status).toBe(101);

    // Each tab is its own visitor: the address may start so many chats a minute, then no more.
    for (const tab of tabs.slice(0, NEW_CHATS_PER_ADDRESS_PER_MINUTE)) await visitorSays(tab, 'hello');
    const late = tabs[NEW_CHATS_PER_ADDRESS_PER_MINUTE]!;
    late.send({ type: 'message', clientId: 'm-late', text: 'hello' });
    expect(await late.next('error')).toMatchObject({ code: 'rate_limited', ref: 'message' });
    const elsewhere = await connectVisitor(company, { address: '203.0.113.9' });
    expect((await visitorSays(elsewhere, 'hello')).message.seq).toBe(1);

    // A closed tab frees its place.
    tabs[0]!.close();
    await tabs[0]!.closed;
    const again = await connectVisitor(company, { address });
    expect(again.welcome.type).toBe('welcome');
  });

  it("caps new chats per company at the company's setting, whatever the addresses", async () => {
    const company = await setupCompany({ operators: 1 });
    await connectOperator(company, company.operators[0]!);
    const patched = await apiFetch(`/api/companies/${company.id}`, {
      method: 'PATCH',
      body: { newChatsPerMinute: 2 },
      user: company.owner,
    });
    expect(patched.status).toBe(200);
    for (let i = 0; i < 2; i++) await visitorSays(await connectVisitor(company), 'hello');
    const third = await connectVisitor(company);
    third.send({ type: 'message', clientId: 'm-3', text: 'hello' });
    expect(await third.next('error')).toMatchObject({ code: 'rate_limited', ref: 'message' });
  });
});
