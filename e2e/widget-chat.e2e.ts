import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
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

type Frame = { type: string; [k: string]: unknown };

let browser: Browser;
let api: Api;
let company: TestCompany;

beforeAll(async () => {
  browser = await launchBrowser();
  api = await ownerApi();
  // Offline form off: with nobody online the widget must show nothing at all (F9).
  company = await createCompany(api, 'Live', { offlineFormEnabled: false });
});
afterAll(async () => browser?.close());

describe('widget on a registered demo domain', () => {
  it('appears when an operator goes online, chats, survives reload and a dropped network', async () => {
    const visitor = await browser.newContext();
    await instrument(visitor);
    const page = await visitor.newPage();
    const errors = watchErrors(page);
    const cspViolations: string[] = [];
    page.on('console', (m) => m.text().includes('Content Security Policy') && cspViolations.push(m.text()));
    const w = widget(page);

    // Anything the widget's open socket is told from now on (its welcome says nobody is online).
    const pushed = frameReceived(page, (f) => f.type === 'availability' && (f as { available?: boolean }).available === true);
    await page.goto(company.url);
    await waitReady(page);
    // Nobody online, offline form off: nothing visible, and the widget did not take focus.
    // (How long the widget takes to start, and to show up once pushed, is measured by the bench.)
    await expect.poll(() => w.launcher.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);

    // An operator goes online in another browser: the widget is told over its open socket and shows the launcher.
    const operator = await operatorOnline(browser, company.id);
    await pushed;
    await w.launcher.waitFor({ state: 'visible' });

    // Category first (F5), then the chat.
    await w.launcher.click();
    await page.getByRole('button', { name: 'Sales' }).click();
    await w.composer.fill('Hello, is the blue mug in stock?');
    await w.composer.press('Enter');
    const assigned = (await operator.waitFor("f.type === 'chat'")) as Frame & { chat: { id: string; messages: { text: string }[] } };
    expect(assigned.chat.messages.map((m) => m.text)).toEqual(['Hello, is the blue mug in stock?', 'Demo Owner joined the chat.']);
    const chatId = assigned.chat.id;

    await operator.send({ type: 'typing', chatId, typing: true });
    await expect.poll(() => page.locator('parley-widget .st').textContent()).toContain('is typing');
    await operator.send({ type: 'message', chatId, clientId: 'op-1', text: 'Yes! See https://example.com/mugs, or <b>ask</b> me.' });
    const reply = w.bubbles.filter({ hasText: 'Yes! See' });
    await reply.waitFor();
    // Text stays text; the URL is a safe link.
    expect(await reply.locator('b').count()).toBe(0);
    const link = reply.getByRole('link');
    expect(await link.getAttribute('href')).toBe('https://example.com/mugs');
    expect(await link.getAttribute('rel')).toContain('noopener');
    expect(await link.getAttribute('target')).toBe('_blank');
    await expect.poll(() => page.locator('parley-widget .hd p').textContent()).toBe('Demo Owner');

    // Reload mid-chat: the history is there, the dialog still open, nothing duplicated.
    await page.reload();
    await w.log.waitFor();
    await expect
      .poll(() => w.bubbles.allTextContents())
      .toEqual([expect.stringContaining('blue mug'), expect.stringContaining('Yes! See')]);

    // The network drops: two messages typed meanwhile are shown pending, then sent exactly once.
    await visitor.setOffline(true);
    await expect.poll(() => page.locator('parley-widget .st').textContent()).toContain('Reconnecting');
    for (const text of ['First while offline', 'Second while offline']) {
      await w.composer.fill(text);
      await w.composer.press('Enter');
    }
    await expect.poll(() => page.locator('parley-widget div.pd').count()).toBe(2);
    await visitor.setOffline(false);
    await expect.poll(() => page.locator('parley-widget div.pd').count(), { timeout: 30_000 }).toBe(0);
    await operator.waitFor("f.type === 'message' && f.message.text === 'Second while offline'");
    const received = (await operator.frames()).filter((f) => f.type === 'message').map((f) => (f.message as { text: string }).text);
    expect(received.filter((t) => t.endsWith('while offline'))).toEqual(['First while offline', 'Second while offline']);
    const stored = await api<{ messages: { text: string }[] }>('GET', `/api/companies/${company.id}/chats/${chatId}`);
    expect(stored.messages.map((m) => m.text)).toEqual([
      'Hello, is the blue mug in stock?',
      'Demo Owner joined the chat.',
      'Yes! See https://example.com/mugs, or <b>ask</b> me.',
      'First while offline',
      'Second while offline',
    ]);
    expect(await w.bubbles.count()).toBe(4);

    // The operator goes away for good: with the offline form off the widget keeps the open chat on screen.
    await operator.context.close();
    expect(errors).toEqual([]);
    expect(cspViolations).toEqual([]);
    await visitor.close();
  });

  it('is usable by keyboard alone and passes an axe scan', async () => {
    const operator = await operatorOnline(browser, company.id);
    const visitor = await browser.newContext();
    await instrument(visitor);
    const page = await visitor.newPage();
    const w = widget(page);
    await page.goto(company.url);
    await w.launcher.waitFor({ state: 'visible' });

    // Tab through the page's links to the launcher.
    const focusedInWidget = () => page.evaluate(() => document.querySelector('parley-widget')?.shadowRoot?.activeElement?.className ?? '');
    for (let i = 0; i < 10 && (await focusedInWidget()) !== 'l'; i++) await page.keyboard.press('Tab');
    expect(await focusedInWidget()).toBe('l');
    await page.keyboard.press('Enter');
    await w.panel.waitFor();
    await expect.poll(() => focusedInWidget()).toBe('bt');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Typed with the keyboard');
    await page.keyboard.press('Enter');
    await operator.waitFor("f.type === 'chat'");
    await w.bubbles.filter({ hasText: 'Typed with the keyboard' }).waitFor();

    // Focus stays inside the open dialog.
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('PARLEY-WIDGET');
    }

    // Evaluated through DevTools: the demo page's CSP (rightly) forbids injected inline scripts.
    await page.evaluate(readFileSync('node_modules/axe-core/axe.min.js', 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string }[] }> } }
      ).axe;
      const result = await axe.run({ include: [['parley-widget']] }, { resultTypes: ['violations'] });
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    });
    expect(violations).toEqual([]);

    // Escape closes it and gives focus back to the launcher.
    await page.keyboard.press('Escape');
    await w.panel.waitFor({ state: 'hidden' });
    expect(await focusedInWidget()).toBe('l');
    await operator.context.close();
    await visitor.close();
  });
});
