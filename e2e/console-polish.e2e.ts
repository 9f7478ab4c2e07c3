import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../scripts/seed-sql.mjs';
import { signedIn } from './chat-page-support';
import { launchBrowser } from './support/browser';
import { watchErrors } from './support/page-errors';
import { baseUrl, createCompany, instrument, operatorOnline, ownerApi, waitReady, widget } from './widget-support';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('console polish (issue 13)', () => {
  it('keeps the navigation on a page that does not exist', async () => {
    const context = await signedIn(browser, DEMO.owner);
    const page = await context.newPage();
    const errors = watchErrors(page);

    await page.goto(`${baseUrl}/no-such-page`);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Companies' }).waitFor();
    expect(await page.title()).toBe('Page not found · Parley');

    // Inside a company the company's own navigation stays too.
    await page.goto(`${baseUrl}/companies/${DEMO.company.id}/no-such-section`);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await page.getByRole('navigation', { name: 'Company' }).getByRole('link', { name: 'Domains' }).click();
    await page.waitForURL(`${baseUrl}/companies/${DEMO.company.id}/domains`);

    // Signed out, it offers the way in.
    const guest = await browser.newContext();
    const guestPage = await guest.newPage();
    await guestPage.goto(`${baseUrl}/no-such-page`);
    await guestPage.getByRole('heading', { name: 'Page not found' }).waitFor();
    await guestPage.getByRole('link', { name: 'Log in' }).waitFor();

    expect(errors).toEqual([]);
    await guest.close();
    await context.close();
  });

  it('shows the whole widget on the Test chat page at 1280×800 without scrolling', async () => {
    const company = await createCompany(await ownerApi(), 'Fit', { offlineFormEnabled: false });
    const operator = await operatorOnline(browser, company.id);
    const context = await signedIn(browser, DEMO.owner);
    await instrument(context);
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    const errors = watchErrors(page);
    await page.goto(`${baseUrl}/companies/${company.id}/widget/test-chat`);
    const iframe = page.locator('iframe.test-chat-frame');
    const frame = (await (await iframe.elementHandle())!.contentFrame())!;
    await waitReady(frame);
    const w = widget(frame);
    await w.launcher.waitFor({ state: 'visible' });
    await w.launcher.click();
    await w.panel.waitFor();

    // Boxes are in the page's viewport, the frame's content included.
    const inView = (box: { y: number; height: number } | null) => !!box && box.y >= 0 && box.y + box.height <= 800;
    expect(inView(await iframe.boundingBox())).toBe(true);
    expect(inView(await w.launcher.boundingBox()) || inView(await w.panel.boundingBox())).toBe(true);
    expect(inView(await w.panel.boundingBox())).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(errors).toEqual([]);
    await operator.context.close();
    await context.close();
  });
});
