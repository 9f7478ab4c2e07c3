import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../scripts/seed-sql.mjs';
import { launchBrowser } from './support/browser';
import { latestMailTo } from './support/mail';
import { instrument, ownerApi, port, waitReady, widget } from './widget-support';

let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(async () => browser?.close());

describe('offline form in the widget (F14)', () => {
  it('with nobody online, a visitor leaves a message that reaches the console list and the mailbox', async () => {
    const context = await browser.newContext();
    await instrument(context);
    const page = await context.newPage();
    const w = widget(page);
    await page.goto(`http://${DEMO.company.host}:${port}/`);
    await waitReady(page);
    await w.launcher.click();
    const email = page.getByLabel('Your email');
    await email.waitFor();
    // The widget moves focus to the form's first field once it has drawn it: wait for it, not for one reading.
    await expect.poll(() => page.evaluate(() => document.querySelector('parley-widget')?.shadowRoot?.activeElement?.id)).toBe('pf-email');

    // A bad address: the server's error shows under the field, and the draft is kept.
    const theme = `Order 42 ${Date.now()}`;
    await email.fill('not-an-email');
    await page.getByLabel('Subject').fill(theme);
    await page.getByLabel('Message', { exact: true }).fill('Where is my <b>parcel</b>?');
    await page.getByRole('button', { name: 'Send message' }).click();
    await expect.poll(() => email.getAttribute('aria-invalid')).toBe('true');
    expect((await page.locator('parley-widget #pf-email-e').textContent())?.length).toBeGreaterThan(0);

    await email.fill('visitor@example.test');
    await page.getByRole('button', { name: 'Send message' }).click();
    await page.locator('parley-widget .ok').waitFor();

    const api = await ownerApi();
    const list = await api<{ messages: { theme: string; email: string; message: string }[] }>(
      'GET',
      `/api/companies/${DEMO.company.id}/offline-messages`,
    );
    expect(list.messages.find((m) => m.theme === theme)).toMatchObject({
      email: 'visitor@example.test',
      message: 'Where is my <b>parcel</b>?',
    });
    // The owner may have older mail: wait for this message's.
    await latestMailTo(DEMO.owner.email, (m) => (m.subject + m.text).includes(theme));
    await context.close();
  });
});
