import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { OperatorMessage } from '../../common/protocol';
import {
  connectOperator,
  connectVisitor,
  type OperatorSocket,
  setupCompany,
  type TestCompany,
  type VisitorSocket,
} from '../../test/realtime';

type Command = { kind: 'visitorSend' } | { kind: 'operatorSend' } | { kind: 'dropVisitor' } | { kind: 'dropOperator' } | { kind: 'pause' };

const commandArb = fc.oneof(
  { weight: 3, arbitrary: fc.constant<Command>({ kind: 'visitorSend' }) },
  { weight: 3, arbitrary: fc.constant<Command>({ kind: 'operatorSend' }) },
  { weight: 1, arbitrary: fc.constant<Command>({ kind: 'dropVisitor' }) },
  { weight: 1, arbitrary: fc.constant<Command>({ kind: 'dropOperator' }) },
  { weight: 1, arbitrary: fc.constant<Command>({ kind: 'pause' }) },
);

/**
 * One side of the chat as a real client behaves: it records every message frame it receives on
 * every socket, keeps unacknowledged messages and resends them after reconnecting with the last
 * seq it has seen.
 */
class Side {
  /** Every seq received, across all sockets, in arrival order. */
  readonly received: number[] = [];
  readonly pending = new Map<string, string>();
  private counter = 0;

  constructor(readonly name: string) {}

  lastSeq(): number {
    return this.received.length ? Math.max(...this.received) : 0;
  }

  take(messages: readonly OperatorMessage[]): void {
    for (const m of messages) {
      this.received.push(m.seq);
      if (m.clientId) this.pending.delete(m.clientId);
    }
  }

  nextMessage(): [string, string] {
    const clientId = `${this.name}-${++this.counter}`;
    this.pending.set(clientId, `${this.name} says ${this.counter}`);
    return [clientId, this.pending.get(clientId)!];
  }
}

async function runScenario(company: TestCompany, commands: Command[]): Promise<void> {
  const visitorSide = new Side('v');
  const operatorSide = new Side('o');
  const visitorId = `v-resume-${Math.random().toString(36).slice(2)}`;
  let chatId = '';
  let total = 0;

  // A client that dropped a socket ignores whatever still arrives on it.
  const dropped = new WeakSet<WebSocket>();
  const attachVisitor = (s: VisitorSocket) =>
    s.ws.addEventListener('message', (e) => {
      const f = JSON.parse(e.data as string);
      if (!dropped.has(s.ws) && f.type === 'message') visitorSide.take([f.message]);
    });
  const attachOperator = (s: OperatorSocket) =>
    s.ws.addEventListener('message', (e) => {
      const f = JSON.parse(e.data as string);
      if (dropped.has(s.ws)) return;
      if (f.type === 'message' && f.chatId === chatId) operatorSide.take([f.message]);
      if (f.type === 'chat' && f.chat.id === chatId) operatorSide.take(f.chat.messages);
    });

  let operator: OperatorSocket | null = await connectOperator(company, company.owner);
  attachOperator(operator);
  let visitor: VisitorSocket | null = await connectVisitor(company, { visitorId });
  attachVisitor(visitor);
  const [firstId, firstText] = visitorSide.nextMessage();
  visitor.send({ type: 'message', clientId: firstId, text: firstText });
  // The first message, then the "joined the chat" line once the operator has it.
  total += 2;
  chatId = (await visitor.next('message')).chatId;
  await operator.next('chat');

  const reconnectVisitor = async () => {
    const s = await connectVisitor(company, { visitorId, resume: { chatId, lastSeq: visitorSide.lastSeq() } });
    visitorSide.take(s.welcome.chat?.messages ?? []);
    attachVisitor(s);
    for (const [clientId, text] of visitorSide.pending) s.send({ type: 'message', clientId, text });
    return s;
  };
  const reconnectOperator = async () => {
    const s = await connectOperator(company, company.owner, { resume: [{ chatId, lastSeq: operatorSide.lastSeq() }] });
    for (const c of s.welcome.chats) if (c.id === chatId) operatorSide.take(c.messages);
    attachOperator(s);
    for (const [clientId, text] of operatorSide.pending) s.send({ type: 'message', chatId, clientId, text });
    return s;
  };

  for (const cmd of commands) {
    switch (cmd.kind) {
      case 'visitorSend': {
        visitor ??= await reconnectVisitor();
        const [clientId, text] = visitorSide.nextMessage();
        visitor.send({ type: 'message', clientId, text });
        total++;
        break;
      }
      case 'operatorSend': {
        operator ??= await reconnectOperator();
        const [clientId, text] = operatorSide.nextMessage();
        operator.send({ type: 'message', chatId, clientId, text });
        total++;
        break;
      }
      case 'dropVisitor':
        if (visitor) dropped.add(visitor.ws);
        visitor?.close();
        visitor = null;
        break;
      case 'dropOperator':
        if (operator) dropped.add(operator.ws);
        operator?.close();
        operator = null;
        break;
      case 'pause':
        // Let the room catch up with one side before going on.
        await (visitor ?? operator)?.roundTrip();
        break;
    }
  }
  visitor ??= await reconnectVisitor();
  operator ??= await reconnectOperator();
  // Until every message has arrived on both sides (or time is up: the comparison below then shows what is missing)…
  await vi
    .waitFor(
      () => {
        if (visitorSide.received.length < total || operatorSide.received.length < total) throw new Error('not delivered yet');
      },
      { timeout: 30_000, interval: 10 },
    )
    .catch(() => undefined);
  // …and anything more, a duplicate, was sent before these pongs.
  await Promise.all([visitor.roundTrip(), operator.roundTrip()]);
  const expected = Array.from({ length: total }, (_, i) => i + 1);
  expect(visitorSide.received).toEqual(expected);
  expect(operatorSide.received).toEqual(expected);
  expect(visitorSide.pending.size + operatorSide.pending.size).toBe(0);
  operator.send({ type: 'close', chatId });
  await visitor.next('closed');
  visitor.close();
  operator.close();
}

describe('resume', () => {
  it('delivers every message exactly once, in order, to both sides under random drops, reconnects and resends', async () => {
    const company = await setupCompany();
    await fc.assert(
      fc.asyncProperty(fc.array(commandArb, { minLength: 5, maxLength: 25 }), (commands) => runScenario(company, commands)),
      { numRuns: 15, endOnFailure: true },
    );
  });
});
