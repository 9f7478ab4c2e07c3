// The widget's colour schemes in Chromium against the demo shop: the panel follows
// `prefers-color-scheme` (the company colour stays on the header and the visitor's bubbles) and its
// text keeps AA contrast in the offline form, the open chat and the help search. Shots of each view,
// light and dark, phone and desktop, go to test-results/screenshots/ (git-ignored) for a person to look at.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../scripts/seed-sql.mjs';
import { contrastRatio } from '../widget/src/logic/contrast';
import { shopUrl } from './chat-page-support';
import { launchBrowser } from './support/browser';
import { watchErrors } from './support/page-errors';
import { instrument, operatorOnline, ownerApi, waitReady, widget } from './widget-support';

const SCREENSHOT_DIR = path.join(import.meta.dirname, '..', 'test-results', 'screenshots');
const SCHEMES = ['light', 'dark'] as const;
const SIZES = { phone: { width: 375, height: 667 }, desktop: { width: 1280, height: 800 } };
const PANEL = { light: '#ffffff', dark: '#111827' };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // A published article: the header's help button shows only for a company with a help center.
  const run = Date.now().toString(36);
  const api = await ownerApi();
  await api('POST', `/api/companies/${DEMO.company.id}/articles`, {
    slug: `dark-mode-${run}`,
    published: true,
    translations: [{ lang: 'en', title: `Returning an order (${run})`, body: 'Orders go back within **30 days**.' }],
  });
});
afterAll(async () => browser?.close());

/** `rgb(r, g, b)` → `#rrggbb`. */
const hex = (rgb: string) =>
  `#${(rgb.match(/\d+/g) ?? [])
    .slice(0, 3)
    .map((n) => Number(n).toString(16).padStart(2, '0'))
    .join('')}`;

/** The text colour of `selector`'s first match (inside the widget) and the panel's background. */
async function colours(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const root = document.querySelector('parley-widget')!.shadowRoot!;
    const el = root.querySelector(sel)!;
    return { text: getComputedStyle(el).color, panel: getComputedStyle(root.querySelector('.p')!).backgroundColor };
  }, selector);
}

/** Opens the shop at `size` in `scheme`, ready, with the panel open. */
async function openShop(scheme: (typeof SCHEMES)[number], size: keyof typeof SIZES) {
  const context = await browser.newContext({ viewport: SIZES[size], colorScheme: scheme, locale: 'en-US' });
  await instrument(context);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(shopUrl);
  await waitReady(page);
  await widget(page).launcher.click();
  const shot = (view: string) => page.screenshot({ path: path.join(SCREENSHOT_DIR, `widget-${view}-${scheme}-${size}.png`) });
  return { context, page, errors, shot };
}

describe('the widget in light and dark colour schemes', () => {
  it('draws the offline form, the chat and the help search in the visitor’s scheme with readable text', async () => {
    // Nobody online: the offline form.
    for (const scheme of SCHEMES) {
      for (const size of Object.keys(SIZES) as (keyof typeof SIZES)[]) {
        const { context, page, errors, shot } = await openShop(scheme, size);
        await page.getByLabel('Your email').waitFor();
        const { text, panel } = await colours(page, 'form.in label');
        expect(hex(panel)).toBe(PANEL[scheme]);
        expect(contrastRatio(hex(text), hex(panel))).toBeGreaterThanOrEqual(4.5);
        await shot('offline');
        expect(errors).toEqual([]);
        await context.close();
      }
    }

    const operator = await operatorOnline(browser, DEMO.company.id);
    for (const scheme of SCHEMES) {
      for (const size of Object.keys(SIZES) as (keyof typeof SIZES)[]) {
        const { context, page, errors, shot } = await openShop(scheme, size);
        const w = widget(page);
        await page.getByRole('button', { name: 'Sales' }).click();
        const hello = `Hello in ${scheme} on a ${size}`;
        await w.composer.fill(hello);
        await w.composer.press('Enter');
        await page.locator('parley-widget .me:not(.pd)').waitFor();
        const chat = (await operator.waitFor(
          `f.type === 'chat' && f.chat.messages.some((m) => m.text === ${JSON.stringify(hello)})`,
        )) as unknown as { chat: { id: string } };
        await operator.send({
          type: 'message',
          chatId: chat.chat.id,
          clientId: `op-${scheme}-${size}`,
          text: 'See https://example.com/returns',
        });
        await page.locator('parley-widget .m:not(.me) .b a').waitFor();
        const reply = await page.evaluate(() => {
          const bubble = document.querySelector('parley-widget')!.shadowRoot!.querySelector('.m:not(.me) .b')!;
          return [getComputedStyle(bubble).color, getComputedStyle(bubble).backgroundColor];
        });
        expect(contrastRatio(hex(reply[0]!), hex(reply[1]!))).toBeGreaterThanOrEqual(4.5);
        const own = await page.evaluate(() => {
          const root = document.querySelector('parley-widget')!.shadowRoot!;
          return [root.querySelector('.me .b')!, root.querySelector('.hd')!].map((el) => getComputedStyle(el).backgroundColor);
        });
        // The company colour stays on the visitor's bubble and the header in both schemes.
        const greeting = await colours(page, '.sy');
        expect(hex(own[0]!)).toBe(hex(own[1]!));
        expect(hex(own[0]!)).not.toBe(hex(greeting.panel));
        expect(hex(greeting.panel)).toBe(PANEL[scheme]);
        expect(contrastRatio(hex(greeting.text), hex(greeting.panel))).toBeGreaterThanOrEqual(4.5);
        await shot('chat');

        await page.getByRole('button', { name: 'Search our help' }).click();
        const search = page.getByRole('searchbox', { name: 'Search our help' });
        await search.waitFor();
        await page.locator('parley-widget .hl .hr').first().waitFor();
        const hint = await colours(page, '.hr span');
        expect(contrastRatio(hex(hint.text), hex(hint.panel))).toBeGreaterThanOrEqual(4.5);
        await shot('help-search');
        // Ended, so the operator is free for the next visitor.
        await page.getByRole('button', { name: 'Back', exact: true }).click();
        await page.getByRole('button', { name: 'End chat' }).click();
        await page.getByRole('button', { name: 'Start a new chat' }).waitFor();
        expect(errors).toEqual([]);
        await context.close();
      }
    }
    await operator.context.close();
  });
});
