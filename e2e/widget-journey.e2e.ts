import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../scripts/seed-sql.mjs';
import { openChatPage, signedIn } from './chat-page-support';
import { launchBrowser } from './support/browser';
import { watchErrors } from './support/page-errors';
import { type Api, baseUrl, createCompany, instrument, operatorOnline, ownerApi, waitReady, widget } from './widget-support';

// The visitor's journey as a real user meets it (issue 13): a busy company, a reload and a
// navigation mid-chat, a greeting changed while the panel is open.

type Frame = { type: string; [k: string]: unknown };

let browser: Browser;
let api: Api;

beforeAll(async () => {
  browser = await launchBrowser();
  api = await ownerApi();
});
afterAll(async () => browser?.close());

/** A visitor's page on `url`, the widget ready, its errors watched. */
async function visitorPage(url: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext();
  await instrument(context);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(url);
  await waitReady(page);
  return { page, errors };
}

/** Opens the widget, picks the category and sends the first message. */
async function startChat(page: Page, text: string) {
  const w = widget(page);
  await w.launcher.click();
  await page.getByRole('button', { name: 'Sales' }).click();
  await w.composer.fill(text);
  await w.composer.press('Enter');
}

const busyBox = (page: Page) => page.locator('parley-widget .bz');

describe('a busy company (F10)', () => {
  it('queues a second visitor truthfully, keeps the email they leave, and assigns them when the first chat ends', async () => {
    const company = await createCompany(api, 'Busy', { offlineFormEnabled: true, maxChatsPerOperator: 1 });
    const operator = await operatorOnline(browser, company.id);

    const first = await visitorPage(company.url);
    await startChat(first.page, 'First in line');
    const firstChat = (await operator.waitFor("f.type === 'chat'")) as Frame & { chat: { id: string } };

    // The operator is at capacity: the second visitor still gets the chat, and is told the truth.
    const second = await visitorPage(company.url);
    const w = widget(second.page);
    await w.launcher.waitFor({ state: 'visible' });
    await w.launcher.click();
    await expect.poll(() => busyBox(second.page).textContent()).toContain('All operators are busy. Expected wait: about');
    await second.page.getByRole('button', { name: 'Sales' }).click();
    await w.composer.fill('Am I next?');
    await w.composer.press('Enter');
    await expect.poll(() => busyBox(second.page).textContent()).toMatch(/All operators are busy — you are number 1, about \d+ minutes?\./);
    // The offline form is one click away, and an email may be left to be answered at.
    expect(await busyBox(second.page).getByRole('button', { name: 'Leave a message' }).isVisible()).toBe(true);
    await busyBox(second.page)
      .getByLabel(/Leave your email/)
      .fill('waiting@example.com');
    await busyBox(second.page).getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => busyBox(second.page).textContent()).toContain('we will answer at waiting@example.com');

    // The first chat ends: the second visitor is assigned, with the operator's name and the joined line.
    await operator.send({ type: 'close', chatId: firstChat.chat.id });
    const secondChat = (await operator.waitFor("f.type === 'chat' && f.chat.messages.some((m) => m.text === 'Am I next?')")) as Frame & {
      chat: { visitor: { contactEmail: string | null } };
    };
    expect(secondChat.chat.visitor.contactEmail).toBe('waiting@example.com');
    await w.log.getByText('Demo Owner joined the chat.').waitFor();
    await expect.poll(() => busyBox(second.page).isVisible()).toBe(false);
    await expect.poll(() => second.page.locator('parley-widget .hd p').textContent()).toBe('Demo Owner');

    expect([...first.errors, ...second.errors]).toEqual([]);
    await operator.context.close();
  });
});

describe('state that survives reloads and navigation', () => {
  it('keeps the language and the category on both sides when the visitor reloads and moves to another page', async () => {
    const company = await createCompany(api, 'Journey', { offlineFormEnabled: false });
    const base = `/api/companies/${company.id}`;
    await api('POST', `${base}/languages`, { code: 'de' });
    await api('PUT', `${base}/operators/${DEMO.owner.id}/destinations`, { languages: ['en', 'de'], categories: [company.categoryId] });
    const operatorPage = await openChatPage(await signedIn(browser, DEMO.owner), `${baseUrl}/companies/${company.id}/chat`);

    const { page, errors } = await visitorPage(company.url);
    const w = widget(page);
    await w.launcher.click();
    const language = page.locator('parley-widget select');
    await language.selectOption('de');
    await page.getByRole('heading', { name: 'Schreiben Sie uns' }).waitFor();
    // The header's title is whole beside the language selector and the buttons, never "Schreiben…".
    const title = page.locator('parley-widget #pt');
    expect(await title.evaluate((el) => el.scrollWidth <= el.clientWidth && getComputedStyle(el).textOverflow !== 'ellipsis')).toBe(true);
    // A reload before the first message: the open panel keeps the selector's options and value.
    await page.reload();
    await waitReady(page);
    await page.getByRole('heading', { name: 'Schreiben Sie uns' }).waitFor();
    await expect.poll(() => language.inputValue()).toBe('de');
    expect(await language.locator('option').allTextContents()).toEqual(['Englisch', 'Deutsch']);
    await page.getByRole('button', { name: 'Sales' }).click();
    await w.composer.fill('Hallo, ist die blaue Tasse lieferbar?');
    await w.composer.press('Enter');

    const row = operatorPage.locator('.inbox-item').filter({ hasText: 'blaue Tasse' });
    await row.waitFor();
    await expect.poll(() => row.locator('.inbox-meta').textContent()).toMatch(/German · Sales/);
    await row.click();
    const panel = operatorPage.locator('.chat-visitor');
    const shows = async (...texts: string[]) => {
      for (const text of texts) await expect.poll(() => panel.textContent()).toContain(text);
    };
    await shows('German', 'Sales');

    // Reload: the selector keeps its options and value, the chat its language, the operator the category.
    await page.reload();
    await w.log.waitFor();
    await expect.poll(() => language.inputValue()).toBe('de');
    expect(await language.locator('option').allTextContents()).toEqual(['Englisch', 'Deutsch']);
    await page.getByRole('heading', { name: 'Schreiben Sie uns' }).waitFor();
    await w.log.getByText('Demo Owner ist dem Chat beigetreten.').waitFor();

    // Another page of the site: the same, and the operator sees where the visitor went.
    await page.getByRole('link', { name: 'Delivery' }).click();
    await page.waitForURL(/page=delivery/);
    await waitReady(page);
    await w.log.waitFor();
    await expect.poll(() => language.inputValue()).toBe('de');
    expect(await language.locator('option').count()).toBe(2);
    await shows('page=delivery');
    await shows('German', 'Sales');
    await expect.poll(() => row.locator('.inbox-meta').textContent()).toMatch(/German · Sales/);

    // The console reloads too: the category is still there.
    await operatorPage.reload();
    await operatorPage.locator('.inbox-item').filter({ hasText: 'blaue Tasse' }).click();
    await shows('German', 'Sales', 'page=delivery');
    expect(errors).toEqual([]);
  });
});

describe('live configuration in open views (F13)', () => {
  it('shows a changed greeting in an open pre-chat panel', async () => {
    const company = await createCompany(api, 'Greeting', { offlineFormEnabled: false, greeting: 'Hello!' });
    const operator = await operatorOnline(browser, company.id);
    const { page, errors } = await visitorPage(company.url);
    const w = widget(page);
    await w.launcher.click();
    await w.panel.getByText('Hello!', { exact: true }).waitFor();
    await api('PATCH', `/api/companies/${company.id}`, { greeting: 'Welcome back, we are here until 6 pm.' });
    await w.panel.getByText('Welcome back, we are here until 6 pm.').waitFor();
    expect(await page.getByRole('button', { name: 'Sales' }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await operator.context.close();
  });
});
