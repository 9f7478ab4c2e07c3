import { runInDurableObject } from 'cloudflare:test';
import { describe, expect, it, vi } from 'vitest';
import { connectRequest } from '../../common/connect-info';
import { ABUSE_COOLDOWN_MS } from '../../common/protocol';
import { connectVisitor, openWidget, roomOf, setupCompany, type TestCompany } from '../../test/realtime';
import { REFUSAL_HOLD_MS } from './upgrade-cooldown';

/** Gets the address's visitor socket closed for abuse (1008), which starts its cooldown in the room. */
async function floodOut(company: TestCompany, address: string): Promise<void> {
  const hostile = await connectVisitor(company, { address });
  for (let i = 0; i < 120; i++) {
    try {
      hostile.sendRaw('not json');
    } catch {
      break; // the server closed it: sends after that are dropped
    }
  }
  expect(await hostile.closed).toBe(1008);
}

/** Moves the end of every limit the room stores to `until`: in the past, the room admits the address again. */
async function endRoomLimitsAt(company: TestCompany, until: number): Promise<void> {
  await runInDurableObject(roomOf(company), (_, state) => {
    state.storage.sql.exec(`UPDATE rate_hits SET expires_at = ?`, until);
  });
}

/** A refused upgrade: status, body and `Retry-After` in seconds. */
async function refusalOf(res: Response) {
  return { status: res.status, body: res.webSocket ? null : await res.json(), retryAfter: Number(res.headers.get('Retry-After')) };
}

describe('upgrades from an address in its abuse cooldown (SPEC S)', () => {
  it('are refused by the worker itself once the room has refused one; other addresses connect', async () => {
    const company = await setupCompany({ operators: 1 });
    const address = '203.0.113.90';
    await floodOut(company, address);

    const first = await refusalOf(await openWidget(company, company.origin, undefined, address));
    expect(first).toEqual({
      status: 429,
      body: { error: { code: 'rate_limited', message: expect.any(String) } },
      retryAfter: expect.any(Number),
    });
    expect(first.retryAfter).toBeGreaterThan(0);
    expect(first.retryAfter).toBeLessThanOrEqual(ABUSE_COOLDOWN_MS / 1000);

    // The room lets the address in again, asked directly…
    await endRoomLimitsAt(company, 0);
    const direct = await roomOf(company).fetch(
      connectRequest('https://parley.test/connect', {
        role: 'visitor',
        companyId: company.id,
        origin: company.origin,
        testChatUserId: null,
        userAgent: 'TestBrowser/1.0',
        address,
      }),
    );
    expect(direct.status).toBe(101);
    direct.webSocket!.accept();
    direct.webSocket!.close(1000, 'bye');
    // …but the worker, told of the cooldown, still answers the room's refusal without asking it.
    const againRes = await openWidget(company, company.origin, undefined, address);
    // The remembered answer still gets the headers every answer gets.
    expect(againRes.headers.get('X-Content-Type-Options')).toBe('nosniff');
    const again = await refusalOf(againRes);
    expect(again).toEqual({ ...first, retryAfter: expect.any(Number) });
    expect(again.retryAfter).toBeLessThanOrEqual(first.retryAfter);

    expect((await openWidget(company, company.origin, undefined, '203.0.113.91')).status).toBe(101);
  });

  it("end when the room's cooldown ends", async () => {
    const company = await setupCompany({ operators: 1 });
    const address = '203.0.113.92';
    await floodOut(company, address);
    await endRoomLimitsAt(company, Date.now() + 2000);

    const refused = await refusalOf(await openWidget(company, company.origin, undefined, address));
    expect(refused.status).toBe(429);
    expect(refused.retryAfter).toBeLessThanOrEqual(2);
    // The worker remembered the refusal for as long as the room said, not for a whole cooldown.
    await vi.waitFor(async () => expect((await openWidget(company, company.origin, undefined, address)).status).toBe(101), {
      timeout: 30_000,
      interval: 200,
    });
  });

  it('are answered after a hold, so a reconnect loop with a few upgrades in flight makes a few a second', async () => {
    const company = await setupCompany({ operators: 1 });
    const address = '203.0.113.93';
    await floodOut(company, address);
    expect((await openWidget(company, company.origin, undefined, address)).status).toBe(429);

    const asked = Date.now();
    const held = await refusalOf(await openWidget(company, company.origin, undefined, address));
    // A lower bound the hold's timer sets: a busy machine only makes it longer, never shorter.
    expect(Date.now() - asked).toBeGreaterThanOrEqual(REFUSAL_HOLD_MS);
    expect(held.status).toBe(429);
    expect(held.retryAfter).toBeGreaterThan(0);
  });

  it('let an upgrade through to the room when the refusal ends during the hold', async () => {
    const company = await setupCompany({ operators: 1 });
    const address = '203.0.113.94';
    await floodOut(company, address);
    // The room's limit ends before the whole second its `Retry-After` says, so the worker's copy outlasts it.
    await endRoomLimitsAt(company, Date.now() + 300);
    const refused = await refusalOf(await openWidget(company, company.origin, undefined, address));
    expect(refused).toMatchObject({ status: 429, retryAfter: 1 });

    // Held until the remembered refusal ends, then asked of the room, which admits the address again.
    expect((await openWidget(company, company.origin, undefined, address)).status).toBe(101);
  });
});
