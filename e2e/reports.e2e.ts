import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../scripts/seed-sql.mjs';
import { openChatPage, signedIn, typeInComposer } from './chat-page-support';
import { newAccount, registerVerified } from './support/accounts';
import { launchBrowser } from './support/browser';
import { watchErrors } from './support/page-errors';
import { type Api, apiAs, baseUrl, createCompany, instrument, ownerApi, waitReady, widget } from './widget-support';

// Reports (F22) from real chats: visitors on the widget, operators on the console, the room's
// events flushed to D1 by its alarm, and the Reports page and its CSV read back.

const SCREENSHOT_DIR = path.join(import.meta.dirname, '..', 'test-results', 'screenshots');
/**
 * The room flushes its event outbox a minute after the oldest pending event
 * (EVENT_FLUSH_DELAY_MS in durable-objects/room/chat-events.ts), and events recorded after one
 * flush wait for the next: a limit, not a wait.
 */
const FLUSHED_WITHIN_MS = 200_000;

let browser: Browser;
let api: Api;

beforeAll(async () => {
  browser = await launchBrowser();
  api = await ownerApi();
});
afterAll(async () => browser?.close());

/** A visitor on the company's site opens the widget, picks `category` and asks `question`. */
async function visitorAsks(url: string, category: string, question: string) {
  const context = await browser.newContext();
  await instrument(context);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(url);
  await waitReady(page);
  const w = widget(page);
  await w.launcher.click();
  await page.getByRole('button', { name: category }).click();
  await w.composer.fill(question);
  await w.composer.press('Enter');
  await w.bubbles.filter({ hasText: question }).waitFor();
  return { context, page, w, errors };
}

/** The operator opens the visitor's chat in the inbox and answers it; the visitor sees the answer. */
async function answer(operator: Page, question: string, reply: string, visitor: Awaited<ReturnType<typeof visitorAsks>>) {
  await operator.locator('.inbox-item').filter({ hasText: question }).click();
  await typeInComposer(operator, reply);
  await operator.keyboard.press('Enter');
  await visitor.w.bubbles.filter({ hasText: reply }).waitFor();
}

/** The visitor presses End chat and waits until the widget says the chat ended. */
async function endChat(visitor: Awaited<ReturnType<typeof visitorAsks>>) {
  await visitor.w.panel.getByRole('button', { name: 'End chat' }).click();
  await visitor.w.panel.getByRole('button', { name: 'End chat' }).waitFor({ state: 'hidden' });
}

const figure = (page: Page, name: string) => page.locator(`[data-figure="${name}"]`);
const value = (page: Page, name: string) => figure(page, name).locator('.report-value');

/**
 * Reloads the Reports page until its chats figure reads `chats`: the events reach D1 only when
 * the room's alarm flushes them.
 */
async function waitForChats(page: Page, chats: string) {
  await expect
    .poll(
      async () => {
        await page.reload();
        await page.locator('.report-scope, .company-page [role="alert"]').first().waitFor();
        return (await value(page, 'chats').count()) ? value(page, 'chats').textContent() : 'none';
      },
      { timeout: FLUSHED_WITHIN_MS, interval: 5_000 },
    )
    .toBe(chats);
}

/** The CSV's rows as objects keyed by its header. */
function csvRows(text: string): Record<string, string>[] {
  const [header, ...rows] = text
    .trimEnd()
    .split('\r\n')
    .map((line) => line.split(','));
  return rows.map((cells) => Object.fromEntries(header!.map((h, i) => [h, cells[i]!])));
}

describe('Reports (F22) over real chats', () => {
  it('counts an answered chat rated bad, a missed one and a colleague’s; the owner sees all and the CSV agrees, the colleague their own', async () => {
    const company = await createCompany(api, 'Reports', { offlineFormEnabled: false, ratingEnabled: true });
    const base = `/api/companies/${company.id}`;
    // Paid through the local test provider (its Pay button posts exactly this): Free has one seat.
    const payment = await api<{ checkoutUrl: string }>('POST', `${base}/payments`, { plan: 'standard', operators: 3, months: 1 });
    await api('POST', `${new URL(payment.checkoutUrl).pathname}/pay`);
    // The colleague serves Support only and the owner Sales only, so each visitor's chat goes to one of them.
    const support = await api<{ id: string }>('POST', `${base}/categories`, { name: 'Support' });
    const colleague = await registerVerified(newAccount('agent'));
    const colleagueApi = await apiAs(colleague.email, colleague.password);
    const { id: colleagueId } = await colleagueApi<{ id: string }>('GET', '/api/me');
    await api('POST', `${base}/operators`, { email: colleague.email });
    const [invitation] = await colleagueApi<{ id: string }[]>('GET', '/api/me/invitations');
    await colleagueApi('POST', `/api/me/invitations/${invitation!.id}/accept`);
    await api('PUT', `${base}/operators/${colleagueId}/destinations`, { languages: ['en'], categories: [support.id] });

    const chatUrl = `${baseUrl}/companies/${company.id}/chat`;
    const ownerContext = await signedIn(browser, DEMO.owner);
    const colleagueContext = await signedIn(browser, colleague);
    const [owner, colleaguePage] = await Promise.all([openChatPage(ownerContext, chatUrl), openChatPage(colleagueContext, chatUrl)]);

    // 1. The owner answers; the visitor ends the chat and rates it bad.
    const first = await visitorAsks(company.url, 'Sales', 'Do you have the red kettle?');
    await answer(owner, 'Do you have the red kettle?', 'Yes, two left.', first);
    await endChat(first);
    const form = first.w.panel.getByRole('form', { name: 'How was this chat?' });
    await form.getByRole('button', { name: 'Bad' }).click();
    await form.getByRole('button', { name: 'Send rating' }).click();
    await first.w.panel.getByText('Thank you for rating this chat.').waitFor();

    // 2. Nobody answers; the visitor gives up: missed, because they left the queue.
    const second = await visitorAsks(company.url, 'Sales', 'Is anyone there?');
    await owner.locator('.inbox-item').filter({ hasText: 'Is anyone there?' }).waitFor();
    await endChat(second);

    // 3. The colleague answers a Support chat; the visitor ends it without rating.
    const third = await visitorAsks(company.url, 'Support', 'My order 1042 is late.');
    await answer(colleaguePage, 'My order 1042 is late.', 'It ships tomorrow.', third);
    await endChat(third);

    // The owner's report: everyone's chats today, in the company's time zone.
    const reports = await ownerContext.newPage();
    const reportErrors = watchErrors(reports);
    await reports.goto(`${baseUrl}/companies/${company.id}/reports?range=today`);
    await waitForChats(reports, '3');
    expect(await value(reports, 'missed').textContent()).toBe('1');
    expect(await figure(reports, 'missed').locator('[data-reason="left_queue"]').textContent()).toBe('Left the queue: 1');
    expect(await figure(reports, 'ratings').locator('[data-rating="bad"]').textContent()).toBe('Bad: 1');
    expect(await figure(reports, 'ratings').locator('[data-rating="good"]').textContent()).toBe('Good: 0');
    const perOperator = reports.getByRole('region', { name: 'Per operator' });
    expect(await perOperator.locator('tbody tr').count()).toBe(2);
    expect(await perOperator.locator('tbody tr').filter({ hasText: colleague.name }).locator('td').first().textContent()).toBe('1');
    expect(await perOperator.locator('tbody tr').filter({ hasText: DEMO.owner.name }).locator('td').first().textContent()).toBe('2');

    // The CSV of the same query: its total row says the same.
    const [download] = await Promise.all([reports.waitForEvent('download'), reports.getByRole('link', { name: 'Download CSV' }).click()]);
    const rows = csvRows(readFileSync((await download.path())!, 'utf8'));
    const total = rows.find((r) => r.scope === 'total')!;
    expect({
      chats: total.chats,
      missed: total.missed,
      left: total.missed_left_queue,
      bad: total.rated_bad,
      good: total.rated_good,
    }).toEqual({
      chats: '3',
      missed: '1',
      left: '1',
      bad: '1',
      good: '0',
    });
    expect(rows.find((r) => r.scope === 'operator' && r.key === colleague.name)?.chats).toBe('1');

    // Looked at in both schemes, at desktop and phone width: nothing sticks out sideways.
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    for (const [size, viewport] of [
      ['desktop', { width: 1280, height: 800 }],
      ['phone', { width: 375, height: 812 }],
    ] as const) {
      await reports.setViewportSize(viewport);
      for (const colorScheme of ['light', 'dark'] as const) {
        await reports.emulateMedia({ colorScheme });
        expect(await reports.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
        await reports.screenshot({ path: path.join(SCREENSHOT_DIR, `reports-data-${size}-${colorScheme}.png`), fullPage: true });
      }
    }

    // The owner picks the colleague: their one chat.
    await reports.setViewportSize({ width: 1280, height: 800 });
    await reports.getByLabel('Operator', { exact: true }).selectOption({ label: colleague.name });
    await expect.poll(() => reports.url()).toContain(`operator=${colleagueId}`);
    await expect.poll(() => value(reports, 'chats').textContent()).toBe('1');

    // The colleague sees their own figures only, whatever the URL asks for.
    const own = await colleagueContext.newPage();
    await own.goto(`${baseUrl}/companies/${company.id}/reports?range=today&operator=${DEMO.owner.id}`);
    await expect.poll(() => value(own, 'chats').textContent()).toBe('1');
    expect(await value(own, 'missed').textContent()).toBe('0');
    expect(await figure(own, 'ratings').locator('[data-rating="bad"]').textContent()).toBe('Bad: 0');
    expect(await own.getByText('Your own chats').isVisible()).toBe(true);
    expect(await own.getByLabel('Operator', { exact: true }).count()).toBe(0);

    expect([...first.errors, ...second.errors, ...third.errors, ...reportErrors]).toEqual([]);
    await Promise.all([first, second, third].map((v) => v.context.close()));
    await Promise.all([ownerContext.close(), colleagueContext.close()]);
  }, 420_000);
});
