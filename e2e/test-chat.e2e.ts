import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../scripts/seed-sql.mjs';
import { launchBrowser } from './support/browser';
import { watchErrors } from './support/page-errors';
import {
  type Api,
  baseUrl,
  createCompany,
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
  // Offline form off: with nobody online the Test chat page shows no widget at all (F9).
  company = await createCompany(api, 'Tryout', { offlineFormEnabled: false });
});
afterAll(async () => browser?.close());

describe("the console's Test chat page (F8)", () => {
  it("runs the company's widget for a signed-in owner: it appears once an operator is online, and chats", async () => {
    const context = await browser.newContext();
    await instrument(context);
    const page = await context.newPage();
    const errors = watchErrors(page);

    await page.goto(`${baseUrl}/login`);
    await page.getByLabel('Email').fill(DEMO.owner.email);
    await page.getByLabel('Password').fill(DEMO.owner.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL((url) => url.pathname !== '/login');
    await page.goto(`${baseUrl}/companies/${company.id}/widget/test-chat`);

    // The snippet runs in a srcdoc frame on the console's origin, with the owner's session.
    const iframe = page.locator('iframe.test-chat-frame');
    const frame = (await (await iframe.elementHandle())!.contentFrame())!;
    await waitReady(frame);
    const w = widget(frame);
    expect(await w.launcher.isVisible()).toBe(false);

    const operator = await operatorOnline(browser, company.id);
    await w.launcher.waitFor({ state: 'visible' });
    await iframe.scrollIntoViewIfNeeded();
    await w.launcher.click();
    await frame.getByRole('button', { name: 'Sales' }).click();
    await w.composer.fill('Testing our widget');
    await w.composer.press('Enter');
    const assigned = (await operator.waitFor("f.type === 'chat'")) as { type: string; chat: { id: string; messages: { text: string }[] } };
    expect(assigned.chat.messages.map((m) => m.text)).toEqual(['Testing our widget', 'Demo Owner joined the chat.']);
    await operator.send({ type: 'message', chatId: assigned.chat.id, clientId: 'op-1', text: 'Loud and clear.' });
    await w.bubbles.filter({ hasText: 'Loud and clear.' }).waitFor();

    // Only a widget on the company's own site counts as installed.
    expect((await api<{ widgetInstalledAt: string | null }>('GET', `/api/companies/${company.id}`)).widgetInstalledAt).toBeNull();
    expect(errors).toEqual([]);
    await operator.context.close();
    await context.close();
  });
});
