// The public help pages (F16, F19) in Chromium: search with and without JavaScript, a "no" vote that
// leads to the feedback form and a mail to the admins, an admin's edit in the console showing
// on the public page at once, and a company's article found as the visitor types.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO } from '../scripts/seed-sql.mjs';
import { signIn } from './support/accounts';
import { SERVICE_ADMIN, serviceAdmin } from './support/admin';
import { launchBrowser } from './support/browser';
import { latestMailTo } from './support/mail';
import { watchErrors } from './support/page-errors';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(async () => browser?.close());

describe('the help page (F16)', () => {
  it('suggests articles as the visitor types, and the keyboard opens one', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${baseUrl}/help`);
    expect(new URL(page.url()).pathname).toBe('/help/en');
    const box = page.getByRole('combobox', { name: 'Search the help' });
    await box.pressSequentially('widg');
    const options = page.getByRole('option');
    await options.first().waitFor();
    expect(await page.locator('#q-suggest mark').first().textContent()).toMatch(/^widg/i);
    await box.press('ArrowDown');
    expect(await options.first().getAttribute('aria-selected')).toBe('true');
    const href = await options.first().locator('a').getAttribute('href');
    await box.press('Enter');
    await page.waitForURL(`${baseUrl}${href}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('searches without JavaScript: the plain form, results rendered by the server', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'uk-UA' });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/help`);
    expect(new URL(page.url()).pathname).toBe('/help/uk');
    await page.getByLabel('Пошук у довідці').fill('віджет');
    await page.getByRole('button', { name: 'Шукати' }).click();
    await page.getByRole('heading', { name: 'Результати для «віджет»' }).waitFor();
    expect(await page.locator('.hits mark').count()).toBeGreaterThan(0);
    expect((await page.locator('.hits mark').first().textContent())?.toLowerCase()).toMatch(/^віджет/);
    await context.close();
  });

  it('a "no" vote opens the feedback form about the article, and the admins get the mail', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/help/en/busy-queue`);
    await page.getByRole('button', { name: 'No', exact: true }).click();
    await page.getByText('Sorry it didn’t help.').waitFor();
    expect(await page.getByLabel('About the article').inputValue()).toBe('busy-queue');
    const note = `The queue article misses the order ${Date.now()}`;
    await page.getByLabel('Your email').fill('reader@example.test');
    await page.getByLabel('Message').fill(note);
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByText('Thank you! We have your message').waitFor();
    const mail = await latestMailTo(SERVICE_ADMIN.email, (m) => m.text.includes(note));
    expect(mail.text).toContain('/help/en/busy-queue');
    await context.close();
  });

  it('an admin edits an article in the console, and the public page shows the change', async () => {
    const admin = await serviceAdmin();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await signIn(page, admin);
    await page.goto(`${baseUrl}/companies`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Help', exact: true }).click();
    await page.getByRole('searchbox', { name: 'Search articles' }).fill('sessions');
    await page.locator('.help-list a[href="/help-articles/sessions"]').click();
    const body = page.getByLabel(/^Article \(Markdown/);
    await expect.poll(() => body.inputValue()).not.toBe('');
    const added = `Edited in the console ${Date.now()}.`;
    await body.fill(`${await body.inputValue()}\n\n**${added}**`);
    // The live preview renders the Markdown as the public page will.
    await page.locator('.help-preview strong', { hasText: added }).waitFor();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved.').waitFor();

    const visitor = await browser.newContext();
    const publicPage = await visitor.newPage();
    await publicPage.goto(`${baseUrl}/help/en/sessions`);
    await publicPage.locator('article strong', { hasText: added }).waitFor();
    expect(errors).toEqual([]);
    await visitor.close();
    await context.close();
  });

  it('a company member writes a help center article, published at /help/c/:publicKey/:lang/:slug and suggested as visitors type', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await signIn(page, DEMO.owner);
    await page.goto(`${baseUrl}/companies/${DEMO.company.id}`);
    await page.getByRole('navigation', { name: 'Company' }).getByRole('link', { name: 'Help center' }).click();
    await page.getByRole('link', { name: 'New article' }).click();
    const slug = `returns-${Date.now()}`;
    await page.getByLabel('Slug (the article’s address)').fill(slug);
    await page.getByLabel('Published for visitors').check();
    await page.getByLabel('Title').fill('Returning an order');
    await page.getByLabel(/^Article \(Markdown/).fill('Send it back within **30 days**.');
    await page.getByRole('tab', { name: 'Українська' }).click();
    await page.getByLabel('Title').fill('Повернення замовлення');
    await page.getByLabel(/^Article \(Markdown/).fill('Надішліть його протягом **30 днів**.');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(`${baseUrl}/companies/${DEMO.company.id}/help/${slug}`);

    const visitor = await browser.newContext();
    const publicPage = await visitor.newPage();
    await publicPage.goto(`${baseUrl}/help/c/${DEMO.company.publicKey}/uk/${slug}`);
    await publicPage.getByRole('heading', { name: 'Повернення замовлення' }).waitFor();
    expect(await publicPage.locator('article strong').textContent()).toBe('30 днів');
    await publicPage.getByRole('link', { name: 'English' }).click();
    await publicPage.getByRole('heading', { name: 'Returning an order' }).waitFor();

    // The company's help center suggests its own articles as the visitor types, like /help.
    const visitorErrors = watchErrors(publicPage);
    await publicPage.goto(`${baseUrl}/help/c/${DEMO.company.publicKey}/en`);
    const box = publicPage.getByRole('combobox', { name: 'Search the help' });
    await box.pressSequentially('retur');
    const first = publicPage.getByRole('option').first();
    await first.waitFor();
    expect(await first.locator('mark').first().textContent()).toBe('Returning');
    const href = await first.locator('a').getAttribute('href');
    expect(href).toMatch(new RegExp(`^/help/c/${DEMO.company.publicKey}/en/returns-\\d+$`));
    await box.press('ArrowDown');
    await box.press('Enter');
    await publicPage.waitForURL(`${baseUrl}${href}`);
    expect(visitorErrors).toEqual([]);
    expect(errors).toEqual([]);
    await visitor.close();
    await context.close();
  });
});
