import type { Browser } from 'playwright-core';
import { inject } from 'vitest';
import { type Api, apiAs, type OperatorSocket, operatorOnline } from '../widget-support';
import { type Account, newAccount, registerVerified } from './accounts';
import { rawVisitor } from './raw-visitor';

const baseUrl = inject('baseUrl');
const port = inject('port');

/** A company with something on every console page, for looking at the pages (screenshots). */
export interface ShowcaseCompany {
  owner: Account & { id: string };
  companyId: string;
  /** The chat still going on (the chat page opens it with `?chat=`). */
  liveChatId: string;
  /** The owner, online over a raw operator socket for as long as the pages are looked at. */
  keeper: OperatorSocket;
}

/** A visitor on the company's registered `*.localhost` site, over the widget's socket. */
async function visitorOnSite(browser: Browser, site: { host: string; publicKey: string; category: string }, visitorId: string) {
  const page = { url: `http://${site.host}:${port}/`, title: 'Northwind – Trail runners', referrer: 'https://search.example/' };
  const visitor = await rawVisitor(browser, { ...site, ...page }, visitorId);
  let count = 0;
  return {
    /** Sends `text` and waits for the room's echo; answers the chat's id. */
    async say(text: string): Promise<string> {
      const clientId = `c${++count}`;
      await visitor.send({ type: 'message', clientId, text });
      return (await visitor.waitFor((f) => f.type === 'message' && f.message?.clientId === clientId)).chatId!;
    },
    waitFor: visitor.waitFor,
    close: () => visitor.send({ type: 'close' }),
    leave: () => visitor.context.close(),
  };
}

/**
 * Registers a fresh owner and fills one company through the API and the sockets: domains (one
 * verified), languages, categories, fast responses, a pending invitation, an offline message,
 * an ended chat (history) and a live one (chat page), with the owner online throughout.
 */
export async function showcaseCompany(browser: Browser): Promise<ShowcaseCompany & { done(): Promise<void> }> {
  const account = await registerVerified(newAccount('owner'));
  const api: Api = await apiAs(account.email, account.password);
  const me = await api<{ id: string }>('GET', '/api/me');
  const company = await api<{ id: string; publicKey: string }>('POST', '/api/companies', { name: 'Northwind Goods' });
  const base = `/api/companies/${company.id}`;
  const host = `northwind-${Math.random().toString(36).slice(2, 10)}.localhost`;

  const shop = await api<{ id: string }>('POST', `${base}/domains`, { host });
  await api('POST', `${base}/domains/${shop.id}/verify`, { dev: true });
  await api('POST', `${base}/domains`, { host: 'northwind.example' });
  for (const code of ['en', 'uk', 'de']) await api('POST', `${base}/languages`, { code });
  const sales = await api<{ id: string }>('POST', `${base}/categories`, { name: 'Sales' });
  await api('POST', `${base}/categories`, { name: 'Returns' });
  await api('PUT', `${base}/operators/${me.id}/destinations`, { languages: ['en', 'uk'], categories: [sales.id] });
  await api('POST', `${base}/fast-responses`, { nickname: 'hi', text: 'Hi! Thanks for writing to Northwind. How can I help?' });
  await api('POST', `${base}/fast-responses`, { text: 'Your order ships within two working days.' });
  // Paid through the local test provider's checkout (its Pay button posts exactly this): the Free
  // plan has room for one operator only.
  const payment = await api<{ checkoutUrl: string }>('POST', `${base}/payments`, { plan: 'standard', operators: 3, months: 12 });
  await api('POST', `${new URL(payment.checkoutUrl).pathname}/pay`);
  // One colleague joined, another is still invited.
  const [joined, invited] = await Promise.all([registerVerified(newAccount('olena')), registerVerified(newAccount('colleague'))]);
  await api('POST', `${base}/operators`, { email: joined.email });
  await api('POST', `${base}/operators`, { email: invited.email });
  const joinedApi = await apiAs(joined.email, joined.password);
  const [invitation] = await joinedApi<{ id: string }[]>('GET', '/api/me/invitations');
  await joinedApi('POST', `/api/me/invitations/${invitation!.id}/accept`);
  await api('PATCH', base, { greeting: 'Hi! Ask us anything about your order.', offlineFormEnabled: true });

  const offline = await fetch(`${baseUrl}/api/widget/offline-messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: `http://${host}:${port}`, 'cf-connecting-ip': '10.77.0.1' },
    body: JSON.stringify({
      key: company.publicKey,
      email: 'maria@example.test',
      theme: 'Return of order 1042',
      message: 'The shoes are a size too small. How do I send them back and get the larger pair?',
    }),
  });
  if (offline.status !== 201) throw new Error(`offline message → ${offline.status} ${await offline.text()}`);

  const owner = { ...account, id: me.id };
  const keeper = await operatorOnline(browser, company.id, owner);
  const site = { host, publicKey: company.publicKey, category: sales.id };
  /** A visitor's chat: their first lines, the operator's answer once the chat is assigned, their follow-up. */
  const conversation = async (visitorId: string, [first, reply, followUp]: [string, string, string]) => {
    const visitor = await visitorOnSite(browser, site, visitorId);
    const chatId = await visitor.say(first);
    await keeper.waitFor(`f.type === 'chat' && f.chat.id === ${JSON.stringify(chatId)}`);
    await keeper.send({ type: 'message', chatId, clientId: `a-${visitorId}`, text: reply });
    await visitor.waitFor((f) => f.type === 'message' && f.message?.author === 'operator');
    await visitor.say(followUp);
    return { visitor, chatId };
  };
  const ended = await conversation(`v-ended-${company.id}`, ['Do you ship to Kyiv?', 'Yes, we ship to Ukraine in 3–5 days.', 'Thanks!']);
  await ended.visitor.close();
  await ended.visitor.waitFor((f) => f.type === 'closed');
  await ended.visitor.leave();
  const live = await conversation(`v-live-${company.id}`, [
    'Hello! Are the trail runners waterproof?',
    'They are water-resistant; there is a Gore-Tex version in the same sizes.',
    'I mostly run in the rain, so the Gore-Tex one then.',
  ]);

  return {
    owner,
    companyId: company.id,
    liveChatId: live.chatId,
    keeper,
    done: async () => {
      await live.visitor.leave();
      await keeper.context.close();
    },
  };
}
