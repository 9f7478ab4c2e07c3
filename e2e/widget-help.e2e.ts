// The company help center in the widget (F19), in Chromium against the demo shop: a visitor's
// first message brings up a matching article, which opens inside the widget; the header's
// "Search our help" finds it too, and Back returns to the chat with the draft kept; an operator
// links the article from the composer and the visitor gets it as a link. Phone-sized shots of the
// views go to test-results/screenshots/ (git-ignored) for a person to look at.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../scripts/seed-sql.mjs';
import { openChatPage, shopUrl, signedIn } from './chat-page-support';
import { launchBrowser } from './support/browser';
import { watchErrors } from './support/page-errors';
import { baseUrl, createCompany, instrument, ownerApi, waitReady, widget } from './widget-support';

const SCREENSHOT_DIR = path.join(import.meta.dirname, '..', 'test-results', 'screenshots');
const run = Date.now().toString(36);
const slug = `parcel-returns-${run}`;
const title = `Sending a parcel back (${run})`;
const articleUrl = `${baseUrl}/help/c/${DEMO.company.publicKey}/en/${slug}`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  const api = await ownerApi();
  await api('POST', `/api/companies/${DEMO.company.id}/articles`, {
    slug,
    published: true,
    translations: [
      { lang: 'en', title, body: `Parcels go back within **30 days**.\n\nPrint the label from your [account](${baseUrl}/).` },
      { lang: 'uk', title: `Повернення посилки (${run})`, body: 'Посилки повертають протягом **30 днів**.' },
    ],
  });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
});
afterAll(async () => browser?.close());

/** The demo shop's widget, opened, with the chat's category picked: the composer has focus. */
async function openShop(page: Page) {
  await page.goto(shopUrl);
  await waitReady(page);
  const w = widget(page);
  await w.launcher.click();
  await page.getByRole('button', { name: 'Sales' }).click();
  return w;
}

/** Serious or critical axe-core findings inside the widget (evaluated through DevTools: the shop's CSP forbids inline scripts). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(readFileSync('node_modules/axe-core/axe.min.js', 'utf8'));
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string }[] }> } }
    ).axe;
    const result = await axe.run({ include: [['parley-widget']] }, { resultTypes: ['violations'] });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
  });
}

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOT_DIR, `widget-help-${name}.png`) });

describe('the help center in the widget (F19)', () => {
  it('a visitor finds a company article: suggested while typing, opened inside the widget, and back to the draft', async () => {
    const operator = await openChatPage(await signedIn(browser, DEMO.owner));
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: { width: 390, height: 780 }, colorScheme: scheme, locale: 'en-US' });
      await instrument(context);
      const page = await context.newPage();
      const errors = watchErrors(page);
      const chunks: string[] = [];
      page.on('request', (r) => /\/w\/(suggest|pane|article)-/.test(r.url()) && chunks.push(new URL(r.url()).pathname));
      await page.goto(shopUrl);
      await waitReady(page);
      // Nothing of the help center loads with the widget.
      expect(chunks).toEqual([]);
      const w = widget(page);
      await w.launcher.click();
      await page.getByRole('button', { name: 'Sales' }).click();
      // The composer has focus: the suggestions' code loads now, and only that.
      await expect.poll(() => chunks).toEqual([expect.stringMatching(/^\/w\/suggest-/)]);

      const draft = 'How do I send my parcel back?';
      await w.composer.pressSequentially(draft, { delay: 20 });
      const suggestion = page.locator('parley-widget .sg button', { hasText: title });
      await suggestion.waitFor();
      expect(await suggestion.locator('mark').allTextContents()).toEqual(expect.arrayContaining(['parcel']));
      await shot(page, `suggestions-${scheme}`);

      await suggestion.click();
      await page.getByRole('heading', { name: title }).waitFor();
      expect(await page.locator('parley-widget .ac strong').textContent()).toBe('30 days');
      const publicLink = page.getByRole('link', { name: 'Open in a new tab' });
      expect(await publicLink.getAttribute('href')).toBe(articleUrl);
      expect(await publicLink.getAttribute('target')).toBe('_blank');
      expect(await page.locator('parley-widget .ac a').getAttribute('target')).toBe('_blank');
      await shot(page, `article-${scheme}`);
      if (scheme === 'light') expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Yes', exact: true }).click();
      await page.getByText('Thank you for telling us.').waitFor();

      // Back from a suggested article: the chat, its draft as it was.
      await page.getByRole('button', { name: 'Back', exact: true }).click();
      await w.composer.waitFor();
      expect(await w.composer.inputValue()).toBe(draft);

      // The header's search finds it too; the keyboard moves from the box to the results.
      await page.getByRole('button', { name: 'Search our help' }).click();
      const search = page.getByRole('searchbox', { name: 'Search our help' });
      await search.waitFor();
      await expect
        .poll(() => page.evaluate(() => document.querySelector('parley-widget')?.shadowRoot?.activeElement?.tagName))
        .toBe('INPUT');
      await search.pressSequentially('parcel back', { delay: 20 });
      // The typed search's hits (marked), not the list shown before a word was typed.
      await page.locator('parley-widget .hl button', { hasText: title }).locator('mark').first().waitFor();
      await shot(page, `search-${scheme}`);
      if (scheme === 'light') expect(await axeViolations(page)).toEqual([]);
      await search.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: title }).waitFor();
      await page.getByRole('button', { name: 'Back', exact: true }).click();
      expect(await search.inputValue()).toBe('parcel back');
      await page.getByRole('searchbox').fill('zzqxj');
      await page.locator('parley-widget .hn', { hasText: 'No article matches' }).waitFor();
      await shot(page, `empty-${scheme}`);
      await page.getByRole('button', { name: 'Back', exact: true }).click();
      expect(await w.composer.inputValue()).toBe(draft);
      expect(errors).toEqual([]);
      await context.close();
    }
    await operator.context().close();
  });

  it('an operator links the article from the composer, and the visitor gets it as a link', async () => {
    const operator = await openChatPage(await signedIn(browser, DEMO.owner));
    const shop = await browser.newContext();
    await instrument(shop);
    const page = await shop.newPage();
    const w = await openShop(page);
    const question = `Where do returns go? ${run}`;
    await w.composer.fill(question);
    await w.composer.press('Enter');

    await operator.locator('.inbox-item').filter({ hasText: question }).click();
    const composer = operator.locator('#chat-composer');
    await composer.fill('Here you go:');
    await operator.getByRole('button', { name: 'Article' }).click();
    const box = operator.getByRole('combobox', { name: /Link a help article/ });
    await box.waitFor();
    await box.pressSequentially('parcel', { delay: 20 });
    await operator.getByRole('option', { name: title }).waitFor();
    // Arrows move through the results; Enter inserts the highlighted one and gives focus back.
    const options = operator.getByRole('option');
    const index = (await options.allTextContents()).indexOf(title);
    for (let i = 0; i < index; i++) await box.press('ArrowDown');
    expect(await operator.getByRole('option', { name: title }).getAttribute('aria-selected')).toBe('true');
    await operator.emulateMedia({ colorScheme: 'dark' });
    await operator.screenshot({ path: path.join(SCREENSHOT_DIR, 'console-article-picker-dark.png') });
    await box.press('Enter');
    await expect.poll(() => composer.inputValue()).toBe(`Here you go: ${articleUrl}`);
    await expect.poll(() => operator.evaluate(() => document.activeElement?.id)).toBe('chat-composer');
    // Escape closes the picker without inserting anything.
    await operator.getByRole('button', { name: 'Article' }).click();
    await box.press('Escape');
    await box.waitFor({ state: 'detached' });
    expect(await composer.inputValue()).toBe(`Here you go: ${articleUrl}`);
    await composer.press('Enter');

    const link = w.log.locator(`a[href="${articleUrl}"]`);
    await link.waitFor();
    expect(await link.getAttribute('target')).toBe('_blank');
    // Ended, so no chat of this file stays with the demo owner for the files after it.
    await page.getByRole('button', { name: 'End chat' }).click();
    await page.getByRole('button', { name: 'Start a new chat' }).waitFor();
    await shop.close();
    await operator.context().close();
  });

  it('is offered next to the offline form, in the visitor’s language, and Back returns to the form as it was', async () => {
    const api = await ownerApi();
    const company = await createCompany(api, 'Helpful', { offlineFormEnabled: true });
    await api('POST', `/api/companies/${company.id}/languages`, { code: 'uk' });
    await api('POST', `/api/companies/${company.id}/articles`, {
      slug: 'delivery',
      published: true,
      translations: [
        { lang: 'en', title: 'Delivery times', body: 'Orders arrive in **two days**.' },
        { lang: 'uk', title: 'Терміни доставки', body: 'Замовлення приходять за **два дні**.' },
      ],
    });
    const context = await browser.newContext({ viewport: { width: 390, height: 780 }, locale: 'uk-UA' });
    await instrument(context);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(company.url);
    await waitReady(page);
    await widget(page).launcher.click();
    const email = page.getByLabel('Ваш email');
    await email.fill('visitor@example.test');
    await page.getByRole('button', { name: 'Пошук у довідці' }).click();
    // Before a word is typed, every article, in the visitor's language.
    const hit = page.locator('parley-widget .hl button', { hasText: 'Терміни доставки' });
    await hit.click();
    expect(await page.locator('parley-widget .ac strong').textContent()).toBe('два дні');
    expect(await page.getByRole('link', { name: 'Відкрити в новій вкладці' }).getAttribute('href')).toBe(
      `${baseUrl}/help/c/${company.publicKey}/uk/delivery`,
    );
    await shot(page, 'article-offline-uk');
    await page.getByRole('button', { name: 'Назад', exact: true }).click();
    await page.getByRole('button', { name: 'Назад', exact: true }).click();
    expect(await email.inputValue()).toBe('visitor@example.test');
    expect(errors).toEqual([]);
    await context.close();
  });
});
