import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { DEMO } from '../scripts/seed-sql.mjs';
import { instrument, waitReady, widget } from './widget-support';

// Shared by the chat page's e2e files: signing in, opening the chat page, typing like a person.

const baseUrl = inject('baseUrl');
const port = inject('port');
/** The seeded demo shop, a registered domain of the demo company, serving H8's widget. */
export const shopUrl = `http://${DEMO.company.host}:${port}/`;
export const chatUrl = `${baseUrl}/companies/${DEMO.company.id}/chat`;

/** A console context signed in through the API (the login form has its own e2e). */
export async function signedIn(browser: Browser, who: { email: string; password: string }): Promise<BrowserContext> {
  const context = await browser.newContext();
  const res = await context.request.post(`${baseUrl}/api/auth/login`, {
    data: { email: who.email, password: who.password },
    headers: { Origin: baseUrl },
  });
  expect(res.status()).toBe(200);
  return context;
}

/** The operator's chat page (the demo company's unless `url` names another), Online, with sound enabled (a click, as browsers require). */
export async function openChatPage(context: BrowserContext, url = chatUrl): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(url);
  await page
    .getByRole('button', { name: 'Enable sound' })
    .click({ timeout: 30_000 })
    .catch(async (err) => {
      throw new Error(
        `${err}\npage errors: ${errors.join('\n')}\nbody: ${((await page.locator('body').textContent()) ?? '').slice(0, 800)}`,
      );
    });
  await page.getByRole('button', { name: 'Sound on' }).waitFor();
  await page.getByTestId('connection').filter({ hasText: 'Online · receiving chats' }).waitFor();
  return page;
}

/** Types into the composer key by key, as an operator would. */
export async function typeInComposer(page: Page, text: string) {
  await page.locator('#chat-composer').pressSequentially(text, { delay: 15 });
}

/** A visitor on the demo shop opens the widget, picks Sales and sends `question` as the first message. */
export async function visitorAsksOnShop(browser: Browser, question: string, options: BrowserContextOptions = {}) {
  const shop = await browser.newContext(options);
  await instrument(shop);
  const page = await shop.newPage();
  await page.goto(shopUrl);
  await waitReady(page);
  const w = widget(page);
  await w.launcher.click();
  await page.getByRole('button', { name: 'Sales' }).click();
  await w.composer.fill(question);
  await w.composer.press('Enter');
  return { shop, page, w };
}

/**
 * Whether the tab's title counts what the inbox shows unread: "(n) Chats · …" with n the sum of
 * the badges of the chats still open, or no count when there are none. Tests compare the two
 * rather than expect a fixed n: a chat another file left open in the demo company adds to both.
 */
export async function titleCountsInbox(page: Page): Promise<boolean> {
  const n = Number(/^\((\d+)\) /.exec(await page.title())?.[1] ?? 0);
  const badges = await page.locator('.inbox-item:not(.ended) .unread-badge').allTextContents();
  return n === badges.reduce((sum, badge) => sum + Number(badge), 0);
}
