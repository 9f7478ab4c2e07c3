import { runInDurableObject } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { MAX_PAGES_VIEWED } from '../../common/protocol';
import { connectOperator, connectVisitor, roomOf, setupCompany, visitorSays } from '../../test/realtime';

const page = (n: number) => ({ url: `https://shop.example/p/${n}`, title: `Product ${n}`, referrer: '' });

describe('visitor panel (F11): first seen and pages viewed', () => {
  it('knows when the widget first saw the visitor and lists the pages viewed during the chat, the last ones only', async () => {
    const company = await setupCompany();
    const op = await connectOperator(company, company.owner);
    const before = Date.now();
    const browsing = await connectVisitor(company, { url: 'https://shop.example/home' });
    browsing.close();
    // The first visit is recorded at its hello; then it is moved a minute back, as if the visitor browsed a while ago.
    const firstSeenAt = await runInDurableObject(roomOf(company), (_, state) => {
      const sql = state.storage.sql;
      const seen = sql.exec<{ at: number }>(`SELECT first_seen_at AS at FROM visitors WHERE visitor_id = ?`, browsing.visitorId).one().at;
      sql.exec(`UPDATE visitors SET first_seen_at = ? WHERE visitor_id = ?`, seen - 60_000, browsing.visitorId);
      return seen;
    });
    expect(firstSeenAt).toBeGreaterThanOrEqual(before);
    const visitor = await connectVisitor(company, { visitorId: browsing.visitorId, url: 'https://shop.example/pricing' });
    await visitorSays(visitor, 'hi');
    const { chat } = await op.next('chat');
    expect(chat.visitor.firstSeenAt).toBe(firstSeenAt - 60_000);
    expect(chat.visitor.firstSeenAt).toBeLessThan(chat.startedAt);
    // Pages before the chat started are not "this chat".
    expect(chat.visitor.pagesViewed.map((p) => p.url)).toEqual(['https://shop.example/pricing']);

    visitor.send({ type: 'update', page: page(1) });
    expect((await op.next('visitor')).visitor.pagesViewed.map((p) => p.url)).toEqual(['https://shop.example/pricing', page(1).url]);
    // Another tab on the same page adds nothing; a new page does.
    const tab = await connectVisitor(company, { visitorId: visitor.visitorId, url: page(1).url });
    expect((await op.next('visitor')).visitor.pagesViewed).toHaveLength(2);
    // A socket's `update` budget is 10 at once: the navigations come from a few tabs in turn.
    const tabs = [
      tab,
      ...(await Promise.all([1, 2].map(() => connectVisitor(company, { visitorId: visitor.visitorId, url: page(1).url })))),
    ];
    const shown = (n: number) => op.until((f) => f.type === 'visitor' && f.visitor.page.url === page(n).url);
    for (let i = 2; i < MAX_PAGES_VIEWED + 6; i++) {
      tabs[Math.floor((i - 2) / 8)]!.send({ type: 'update', page: page(i) });
      if ((i - 1) % 8 === 0 && i < MAX_PAGES_VIEWED + 5) await shown(i);
    }
    const last = await shown(MAX_PAGES_VIEWED + 5);
    if (last.type !== 'visitor') throw new Error('unreachable');
    expect(last.visitor.pagesViewed).toHaveLength(MAX_PAGES_VIEWED);
    expect(last.visitor.pagesViewed[0]!.url).toBe(page(6).url);
    expect(last.visitor.pagesViewed.at(-1)).toEqual(page(MAX_PAGES_VIEWED + 5));

    // A reconnecting operator tab gets the same panel.
    const again = await connectOperator(company, company.owner);
    const resumed = again.welcome.chats.find((c) => c.id === chat.id)!;
    expect(resumed.visitor.firstSeenAt).toBe(chat.visitor.firstSeenAt);
    expect(resumed.visitor.pagesViewed).toEqual(last.visitor.pagesViewed);
    // None of it is sent to the visitor.
    expect(JSON.stringify(visitor.frames)).not.toContain('pagesViewed');
  });
});

describe('visitor panel (F11): category', () => {
  it('keeps the chat’s category through other tabs of the site and a transfer', async () => {
    const company = await setupCompany({ operators: 2, categories: ['Sales', 'Support'] });
    const [sales] = company.categoryIds as [string];
    const tabs = new Map(await Promise.all(company.operators.map(async (u) => [u.id, await connectOperator(company, u)] as const)));
    const visitor = await connectVisitor(company, { category: sales });
    const { chatId } = await visitorSays(visitor, 'a question about prices');
    const ownerId = (await visitor.next('assigned')).operator.id;
    const otherId = company.operators.find((u) => u.id !== ownerId)!.id;
    const owner = tabs.get(ownerId)!;
    expect((await owner.next('chat')).chat.visitor.category).toBe(sales);
    // A tab that doesn't know the category (another page of the site) neither clears it nor is left without it.
    const tab = await connectVisitor(company, { visitorId: visitor.visitorId, category: null, url: 'https://shop.example/cart' });
    expect(tab.welcome.chat).toMatchObject({ id: chatId, category: sales });
    tab.send({ type: 'update', page: { url: 'https://shop.example/checkout', title: 'Checkout', referrer: '' } });
    const seen = await owner.until((f) => f.type === 'visitor' && f.visitor.page.url === 'https://shop.example/checkout');
    expect(seen.type === 'visitor' && seen.visitor.category).toBe(sales);
    // The operator it is transferred to sees it too.
    owner.send({ type: 'transfer', chatId, toOperatorId: otherId });
    expect((await tabs.get(otherId)!.next('chat')).chat.visitor.category).toBe(sales);
  });
});
