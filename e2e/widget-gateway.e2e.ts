import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { watchErrors } from './support/page-errors';
import {
  type Api,
  createCompany,
  frameReceived,
  instrument,
  operatorOnline,
  ownerApi,
  type TestCompany,
  waitReady,
  widget,
} from './widget-support';

let browser: Browser;
let api: Api;
let company: TestCompany;

beforeAll(async () => {
  browser = await launchBrowser();
  api = await ownerApi();
  // Offline form off: with nobody online the widget shows nothing, so availability is visible as the launcher.
  company = await createCompany(api, 'Gateway', { offlineFormEnabled: false });
});
afterAll(async () => browser?.close());

type Frame = { type: string; [k: string]: unknown };

/** Keeps every WebSocket the page opens, so the test can speak on the widget's own socket. */
const RECORD_SOCKETS = () => {
  const Native = window.WebSocket;
  const w = window as unknown as { parleySockets: WebSocket[] };
  w.parleySockets = [];
  window.WebSocket = class extends Native {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      w.parleySockets.push(this);
    }
  };
};

/** The URL of the widget's open socket (the newest one). */
const socketUrl = (page: Page) =>
  page.evaluate(() => {
    const open = (window as unknown as { parleySockets: WebSocket[] }).parleySockets.filter((s) => s.readyState === WebSocket.OPEN);
    return open.at(-1)?.url ?? null;
  });

/**
 * Asks the server which object holds the widget's socket: a gateway refuses a chat frame on it
 * with `chat_socket_required` (the room would take a stop-typing without a word).
 */
async function onGateway(page: Page): Promise<boolean> {
  const code = await page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const sockets = (window as unknown as { parleySockets: WebSocket[] }).parleySockets;
        const ws = sockets.filter((s) => s.readyState === WebSocket.OPEN).at(-1)!;
        ws.addEventListener('message', (e) => {
          const frame = JSON.parse(String(e.data)) as { type: string; code?: string; ref?: string };
          if (frame.type === 'error' && frame.ref === 'typing') resolve(frame.code ?? '');
        });
        ws.send(JSON.stringify({ type: 'typing', typing: false }));
        // A limit, not a wait: a gateway answers at once.
        setTimeout(() => reject(new Error('no refusal of the chat frame')), 15_000);
      }),
  );
  return code === 'chat_socket_required';
}

describe('the widget between its visitor gateway and the company room (issue 17)', () => {
  it('idles on a gateway, chats on the room across a reload and another tab, and returns to the gateway when done', async () => {
    const visitor = await browser.newContext();
    await instrument(visitor);
    await visitor.addInitScript(RECORD_SOCKETS);
    const page = await visitor.newPage();
    const errors = watchErrors(page);
    const w = widget(page);
    // HTTP requests by path, and the page's WebSockets as `socket`, in the order they started.
    const started: string[] = [];
    page.on('request', (r) => started.push(new URL(r.url()).pathname));
    page.on('websocket', () => started.push('socket'));

    // A boot is one request, the socket: no config request; the loader opens the one socket, on a
    // gateway (it names the visitor, asks for no chat, and the server refuses chat frames on it),
    // before it fetches the app chunk.
    const pushed = frameReceived(page, (f) => f.type === 'availability' && f.available === true);
    await page.goto(company.url);
    await waitReady(page);
    expect(started.filter((p) => p.startsWith('/api/'))).toEqual([]);
    expect(started.filter((p) => p === 'socket')).toHaveLength(1);
    expect(started.indexOf('socket')).toBeLessThan(started.findIndex((p) => p.startsWith('/w/app-')));
    expect(await page.evaluate(() => (window as unknown as { parleySockets: WebSocket[] }).parleySockets.length)).toBe(1);
    expect(await socketUrl(page)).toMatch(/\/api\/widget\/connect\?key=[^&]+&visitor=[\w-]+$/);
    expect(await onGateway(page)).toBe(true);
    await expect.poll(() => w.launcher.isVisible()).toBe(false);

    // Availability reaches it live through the gateway: an operator goes online, the launcher appears.
    const operator = await operatorOnline(browser, company.id);
    await pushed;
    await w.launcher.waitFor({ state: 'visible' });

    // A second tab of the same visitor, idle on its gateway too.
    const other = await visitor.newPage();
    await other.goto(company.url);
    await waitReady(other);
    expect(await socketUrl(other)).not.toContain('chat=1');

    // The first message moves the widget to the room, which starts the chat; the operator answers.
    await w.launcher.click();
    await page.getByRole('button', { name: 'Sales' }).click();
    await w.composer.fill('Do you ship to Norway?');
    await w.composer.press('Enter');
    const assigned = (await operator.waitFor("f.type === 'chat'")) as Frame & { chat: { id: string } };
    const chatId = assigned.chat.id;
    await expect.poll(() => socketUrl(page)).toMatch(/&chat=1$/);
    await operator.send({ type: 'message', chatId, clientId: 'op-1', text: 'Yes, in three days.' });
    await w.bubbles.filter({ hasText: 'Yes, in three days.' }).waitFor();
    // The message waited in the outbox during the move and was stored once.
    const stored = await api<{ messages: { text: string }[] }>('GET', `/api/companies/${company.id}/chats/${chatId}`);
    expect(stored.messages.filter((m) => m.text === 'Do you ship to Norway?')).toHaveLength(1);

    // The other tab followed to the room (the saved state changed under it) and shows the chat.
    await expect.poll(() => socketUrl(other)).toMatch(/&chat=1$/);
    await widget(other).launcher.click();
    await widget(other).bubbles.filter({ hasText: 'Yes, in three days.' }).waitFor();
    await other.close();

    // A reload with the chat open boots straight on the room: its first socket asks for the chat.
    await page.reload();
    await waitReady(page);
    const first = await page.evaluate(() => (window as unknown as { parleySockets: WebSocket[] }).parleySockets[0]!.url);
    expect(first).toMatch(/&chat=1$/);
    await expect
      .poll(() => w.bubbles.allTextContents())
      .toEqual([expect.stringContaining('Norway'), expect.stringContaining('three days')]);

    // The operator closes the chat; once the visitor is done with it (the panel minimised), the widget is back on a gateway.
    await operator.send({ type: 'close', chatId });
    await w.panel.getByText('The chat has ended.').waitFor();
    await w.panel.getByRole('button', { name: 'Minimise chat' }).click();
    await expect.poll(() => socketUrl(page)).not.toContain('chat=1');
    expect(await onGateway(page)).toBe(true);

    // Still live there: the operator leaves, and with the offline form off the launcher goes.
    await operator.context.close();
    await expect.poll(() => w.launcher.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await visitor.close();
  });
});
