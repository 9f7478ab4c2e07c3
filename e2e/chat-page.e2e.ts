import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO } from '../scripts/seed-sql.mjs';
import { chatUrl, openChatPage, shopUrl, signedIn, titleCountsInbox, typeInComposer } from './chat-page-support';
import { launchBrowser } from './support/browser';
import { rawVisitor } from './support/raw-visitor';

const baseUrl = inject('baseUrl');
const runId = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/**
 * The visitor side, driven over the widget's WebSocket from a page on the demo shop's origin
 * (registered domain of the seeded company), so the server sees exactly what a widget sends.
 */
async function visitorOnShop(browser: Browser, visitorId: string) {
  const site = {
    url: shopUrl,
    publicKey: DEMO.company.publicKey,
    category: DEMO.categories.sales.id,
    title: 'Demo Shop – Shoes',
    referrer: 'https://search.example/',
  };
  const visitor = await rawVisitor(browser, site, visitorId);
  return {
    ...visitor,
    say: (text: string) => visitor.send({ type: 'message', clientId: `c${Math.random().toString(36).slice(2)}`, text }),
    /**
     * A round trip through the room: a frame it can only refuse, and its refusal. The room handles
     * the socket's frames in order and its replies leave in order, so once the refusal is here,
     * whatever the room had sent this visitor before has arrived.
     */
    async roundTrip(): Promise<void> {
      const ref = `round-trip-${Math.random().toString(36).slice(2)}`;
      await visitor.send({ type: ref });
      await visitor.waitFor((f) => f.type === 'error' && f.ref === ref);
    },
  };
}

describe('the operator chat page', () => {
  let browser: Browser;
  let owner: BrowserContext;
  let operatorPage: Page;
  let visitor: Awaited<ReturnType<typeof visitorOnShop>>;
  let chatId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    owner = await signedIn(browser, DEMO.owner);
    operatorPage = await openChatPage(owner);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows a new chat with a notification and its unread count', async () => {
    visitor = await visitorOnShop(browser, `v-${runId}`);
    await visitor.say('Hello, do you ship to Kyiv?');
    const stored = await visitor.waitFor((f) => f.type === 'message');
    chatId = stored.chatId!;

    const row = operatorPage.locator(`[data-chat-id="${chatId}"]`);
    await row.waitFor();
    await expect.poll(() => row.locator('.unread-badge').textContent()).toBe('1');
    await expect.poll(() => titleCountsInbox(operatorPage)).toBe(true);
    expect(await operatorPage.title()).toMatch(/^\(\d+\) Chats · Demo Shop/);
    await expect.poll(() => operatorPage.getByTestId('announcement').textContent()).toMatch(/^New chat from Visitor/);
    expect(Number(await operatorPage.getByRole('button', { name: 'Sound on' }).getAttribute('data-played'))).toBeGreaterThan(0);
    expect(await row.textContent()).toContain('English');
    expect(await row.textContent()).toContain('Sales');
  });

  it('inserts a fast response with \\gr, arrows and Enter, and the visitor receives it', async () => {
    const row = operatorPage.locator(`[data-chat-id="${chatId}"]`);
    await row.click();
    await expect.poll(() => row.locator('.unread-badge').count()).toBe(0);
    await expect.poll(() => titleCountsInbox(operatorPage)).toBe(true);
    await expect.poll(() => operatorPage.locator('.chat-visitor').textContent()).toContain('Demo Shop – Shoes');

    await typeInComposer(operatorPage, '\\gr');
    const options = operatorPage.getByRole('listbox').getByRole('option');
    await expect.poll(() => options.allTextContents()).toEqual(['\\greet Hi! Thanks for contacting Demo Shop. How can I help you today?']);
    await operatorPage.keyboard.press('ArrowDown');
    await operatorPage.keyboard.press('ArrowUp');
    await operatorPage.keyboard.press('Enter');
    const composer = operatorPage.locator('#chat-composer');
    expect(await composer.inputValue()).toBe('Hi! Thanks for contacting Demo Shop. How can I help you today?');
    expect(await options.count()).toBe(0);

    await operatorPage.keyboard.press('Enter');
    const got = await visitor.waitFor((f) => f.type === 'message' && f.message?.author === 'operator');
    expect(got.message?.text).toBe('Hi! Thanks for contacting Demo Shop. How can I help you today?');
    expect(await composer.inputValue()).toBe('');
  });

  it('shows a fast response the owner changes elsewhere in the open picker, pushed', async () => {
    const admin = await signedIn(browser, DEMO.owner);
    const api = `${baseUrl}/api/companies/${DEMO.company.id}/fast-responses`;
    const nickname = `zq${runId}`;
    const created = await admin.request.post(api, { data: { nickname, text: 'First wording' }, headers: { Origin: baseUrl } });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    try {
      await typeInComposer(operatorPage, '\\zq');
      const options = operatorPage.getByRole('listbox').getByRole('option');
      await expect.poll(() => options.allTextContents()).toEqual([`\\${nickname} First wording`]);

      // How fast the edit arrives is measured by the bench; here it must arrive, with no reload.
      const edited = await admin.request.patch(`${api}/${id}`, {
        data: { nickname, text: 'Second wording' },
        headers: { Origin: baseUrl },
      });
      expect(edited.status()).toBe(200);
      await options.filter({ hasText: 'Second wording' }).waitFor();
      await operatorPage.keyboard.press('Escape');
      expect(await options.count()).toBe(0);
      await operatorPage.locator('#chat-composer').fill('');
    } finally {
      await admin.request.delete(`${api}/${id}`, { headers: { Origin: baseUrl } });
      await admin.close();
    }
  });

  it('continues the same chat after a reload', async () => {
    await operatorPage.reload();
    await operatorPage.getByTestId('connection').filter({ hasText: 'Online' }).waitFor();
    const list = operatorPage.locator('.chat-conversation .message');
    await expect
      .poll(() => list.allTextContents())
      .toEqual([
        expect.stringContaining('Hello, do you ship to Kyiv?'),
        expect.stringContaining('Demo Owner joined the chat.'),
        expect.stringContaining('Hi! Thanks for contacting Demo Shop.'),
      ]);
    await visitor.say('Great, thanks!');
    await expect.poll(() => list.count()).toBe(4);
    await typeInComposer(operatorPage, 'Yes, we do.');
    await operatorPage.keyboard.press('Enter');
    const got = await visitor.waitFor((f) => f.type === 'message' && f.message?.text === 'Yes, we do.');
    expect(got.chatId).toBe(chatId);
    // Exactly once, even though the page reconnected meanwhile.
    await expect.poll(() => list.count()).toBe(5);
  });

  it('adds an internal note that shows as a note and never reaches the visitor', async () => {
    const note = 'Internal: ships from the Lviv warehouse.';
    await operatorPage.getByRole('button', { name: 'Note', exact: true }).click();
    await typeInComposer(operatorPage, note);
    await operatorPage.keyboard.press('Enter');
    // Stored (it has a seq, so it is no longer pending) and styled as a note.
    const stored = operatorPage.locator('.chat-conversation .message-note[data-seq]');
    await expect.poll(() => stored.textContent()).toContain(note);
    expect(await stored.textContent()).toContain('not shown to the visitor');
    await operatorPage.getByRole('button', { name: 'Note: on' }).click();
    // The room sent the visitor whatever it would for the note before the stored note reached the
    // operator; a round trip on the visitor's socket brings anything it sent there.
    await visitor.roundTrip();
    expect(JSON.stringify(visitor.frames())).not.toContain('Lviv warehouse');
  });

  it('transfers the chat with its history to a colleague, and the visitor is told', async () => {
    const colleague = await signedIn(browser, DEMO.operator);
    const colleaguePage = await openChatPage(colleague);
    try {
      await operatorPage.getByLabel('Transfer to').selectOption({ label: DEMO.operator.name });
      await operatorPage.getByRole('button', { name: 'Transfer', exact: true }).click();

      const assigned = await visitor.waitFor((f) => f.type === 'assigned' && f.operator?.name === DEMO.operator.name);
      expect(assigned.chatId).toBe(chatId);
      await operatorPage.locator('.chat-conversation').getByRole('status').filter({ hasText: 'You transferred this chat' }).waitFor();

      const row = colleaguePage.locator(`[data-chat-id="${chatId}"]`);
      await row.waitFor();
      await row.click();
      const list = colleaguePage.locator('.chat-conversation .message');
      await expect
        .poll(() => list.allTextContents())
        .toEqual([
          expect.stringContaining('Hello, do you ship to Kyiv?'),
          expect.stringContaining('Demo Owner joined the chat.'),
          expect.stringContaining('Hi! Thanks for contacting Demo Shop.'),
          expect.stringContaining('Great, thanks!'),
          expect.stringContaining('Yes, we do.'),
          expect.stringContaining('Internal: ships from the Lviv warehouse.'),
          expect.stringContaining(`The chat moved to ${DEMO.operator.name}.`),
        ]);
      await typeInComposer(colleaguePage, 'Olena here, I can take it from here.');
      await colleaguePage.keyboard.press('Enter');
      await visitor.waitFor((f) => f.type === 'message' && f.message?.text === 'Olena here, I can take it from here.');
    } finally {
      await colleague.close();
    }
  });

  it('finds the chat in the history once it is closed', async () => {
    const colleague = await signedIn(browser, DEMO.operator);
    const page = await colleague.newPage();
    await page.goto(`${chatUrl}?chat=${chatId}`);
    await page.getByRole('button', { name: 'Close chat' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Close chat' }).click();
    await visitor.waitFor((f) => f.type === 'closed');
    await page.locator('.chat-conversation').getByRole('status').filter({ hasText: 'This chat was closed.' }).waitFor();

    await page.getByRole('link', { name: 'History' }).click();
    await page.getByLabel('Text in messages').fill('Kyiv');
    await page.getByRole('button', { name: 'Search' }).click();
    // The unfiltered rows stay listed until the search answers: pick this chat's row (its preview is its first message).
    await page.locator('.history-row').filter({ hasText: 'Hello, do you ship to Kyiv?' }).click();
    // Six messages and notes, and the system lines: who joined, and who took it over.
    await expect.poll(() => page.locator('.history-detail .message').count()).toBe(8);
    expect(await page.locator('.history-detail .message-system').allTextContents()).toEqual([
      expect.stringContaining('Demo Owner joined the chat.'),
      expect.stringContaining(`The chat moved to ${DEMO.operator.name}.`),
    ]);
    expect(await page.locator('.history-detail .message-note').count()).toBe(1);
    await colleague.close();
  });

  it('shows a browser notification while the tab is hidden, after the operator allowed it with a click', async () => {
    const context = await signedIn(browser, DEMO.owner);
    // The page's Notification and visibility are replaced by recorders: headless Chromium shows no notifications.
    await context.addInitScript(() => {
      const w = window as unknown as { shown: { title: string; body: string }[]; hidden: boolean; Notification: unknown };
      w.shown = [];
      w.hidden = false;
      Object.defineProperty(Document.prototype, 'visibilityState', { get: () => (w.hidden ? 'hidden' : 'visible') });
      w.Notification = class FakeNotification {
        static permission = 'default';
        static async requestPermission() {
          if (!navigator.userActivation.isActive) throw new Error('asked without a user gesture');
          FakeNotification.permission = 'granted';
          return 'granted';
        }
        onclick: (() => void) | null = null;
        constructor(title: string, options: { body: string }) {
          w.shown.push({ title, body: options.body });
        }
        close() {}
      };
    });
    const page = await openChatPage(context);
    await page.getByRole('button', { name: 'Enable desktop alerts' }).click();
    await page.getByRole('button', { name: 'Enable desktop alerts' }).waitFor({ state: 'detached' });
    await page.evaluate(() => {
      (window as unknown as { hidden: boolean }).hidden = true;
      document.dispatchEvent(new Event('visibilitychange'));
    });

    const other = await visitorOnShop(browser, `v2-${runId}`);
    await other.say('Anyone there?');
    const otherChatId = (await other.waitFor((f) => f.type === 'message')).chatId!;
    const shown = () => page.evaluate(() => (window as unknown as { shown: { title: string; body: string }[] }).shown);
    await expect.poll(shown).toEqual([{ title: expect.stringMatching(/^New chat from Visitor /), body: 'Anyone there?' }]);
    await other.say('Hello?');
    await expect.poll(shown).toHaveLength(2);
    expect((await shown())[1]).toEqual({ title: expect.stringMatching(/^Visitor .* wrote$/), body: 'Hello?' });
    await expect.poll(() => page.locator(`[data-chat-id="${otherChatId}"] .unread-badge`).textContent()).toBe('2');
    await expect.poll(() => titleCountsInbox(page)).toBe(true);
    expect(await page.title()).toMatch(/^\(\d+\) Chats/);

    // Keyboard: ? lists the shortcuts, Alt+1 opens the first chat, Alt+C focuses the message box.
    await page.locator('body').click();
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.keyboard.press('Alt+Digit1');
    await page.waitForURL(/\?chat=/);
    await page.locator('#chat-composer').waitFor();
    await page.keyboard.press('Alt+KeyC');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('chat-composer');

    await page.getByRole('button', { name: 'Close chat' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Close chat' }).click();
    await other.waitFor((f) => f.type === 'closed');
    await context.close();
    await other.context.close();
  });
});
