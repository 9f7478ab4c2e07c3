import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO } from '../scripts/seed-sql.mjs';
import { signedIn } from './chat-page-support';
import { launchBrowser } from './support/browser';
import { watchErrors } from './support/page-errors';
import { rawVisitor } from './support/raw-visitor';
import { baseUrl, createCompany, type OperatorSocket, operatorOnline, ownerApi, type TestCompany } from './widget-support';

let browser: Browser;
let company: TestCompany;
let operator: OperatorSocket;
let owner: BrowserContext;

/**
 * A visitor on the company's demo site writes `text` over the widget's socket (as the widget
 * would); the operator receives the chat and closes it, so it is in the history.
 */
async function closedChat(visitorId: string, text: string): Promise<void> {
  const site = { url: company.url, publicKey: company.publicKey, category: company.categoryId, title: 'Shop', referrer: '' };
  const visitor = await rawVisitor(browser, site, visitorId);
  await visitor.send({ type: 'message', clientId: `${visitorId}-1`, text });
  await visitor.waitFor((f) => f.type === 'message');
  const chat = await operatorFrame((f) => f.type === 'chat' && (f.chat as OperatorChat).messages.some((m) => m.text === text));
  const chatId = (chat.chat as OperatorChat).id;
  await operator.send({ type: 'close', chatId });
  await operatorFrame((f) => f.type === 'closed' && f.chatId === chatId);
  await visitor.context.close();
}

type OperatorChat = { id: string; messages: { text: string }[] };

/** The first frame the operator's socket received that matches, waiting for it to arrive. */
async function operatorFrame(match: (f: { type: string; [k: string]: unknown }) => boolean) {
  return vi.waitFor(
    async () => {
      const found = (await operator.frames()).find(match);
      if (!found) throw new Error('the operator has not received that frame yet');
      return found;
    },
    { timeout: 30_000, interval: 100 },
  );
}

/** The history page's result rows, as text, once they show the answer to the search in the URL. */
const rows = (page: Page) => page.getByRole('list', { name: 'Chats found' }).getByRole('listitem').allTextContents();

async function search(page: Page, text: string) {
  await page.getByLabel('Text in messages').fill(text);
  await page.getByRole('button', { name: 'Search' }).click();
}

beforeAll(async () => {
  browser = await launchBrowser();
  company = await createCompany(await ownerApi(), 'Archive', { offlineFormEnabled: false });
  operator = await operatorOnline(browser, company.id);
  await closedChat('v-parcel', 'Where is my parcel? It was due on Monday.');
  await closedChat('v-invoice', 'Please send the invoice again.');
  owner = await signedIn(browser, DEMO.owner);
});
afterAll(async () => {
  await operator?.context.close();
  await browser?.close();
});

describe('chat history search (F11)', () => {
  it('answers each search with its own chats, two words in a row, and follows the URL back', async () => {
    const page = await owner.newPage();
    const errors = watchErrors(page);
    await page.goto(`${baseUrl}/companies/${company.id}/chat/history`);
    await expect.poll(() => rows(page)).toHaveLength(2);

    await search(page, 'parcel');
    await expect.poll(() => rows(page)).toEqual([expect.stringContaining('Where is my parcel?')]);
    expect(await page.locator('.history-rows mark').allTextContents()).toEqual(['parcel']);
    expect(new URL(page.url()).searchParams.get('q')).toBe('parcel');

    await search(page, 'INVOICE');
    await expect.poll(() => rows(page)).toEqual([expect.stringContaining('Please send the invoice again.')]);
    expect(await page.locator('.history-rows mark').allTextContents()).toEqual(['invoice']);

    // Opening the chat marks the word in its transcript too, and keeps the results.
    await page.locator('.history-row').click();
    await page.locator('.history-detail mark').filter({ hasText: 'invoice' }).waitFor();
    expect(await rows(page)).toHaveLength(1);

    // Back to the previous search (the open chat first, then the search before it): the form and the results follow the URL.
    await page.goBack();
    await page.goBack();
    await expect.poll(() => rows(page)).toEqual([expect.stringContaining('Where is my parcel?')]);
    expect(await page.getByLabel('Text in messages').inputValue()).toBe('parcel');

    await search(page, 'nothing like this');
    await page.getByText('No chat matches this search.').waitFor();
    expect(errors).toEqual([]);
  });
});
