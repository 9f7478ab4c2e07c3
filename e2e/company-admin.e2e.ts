import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Account, newAccount, registerVerified, signIn } from './support/accounts';
import { launchBrowser } from './support/browser';
import { watchErrors } from './support/page-errors';
import { checkoutOnPlanPage } from './support/plan';

const baseUrl = inject('baseUrl');

/** Clicks a company-area menu entry and waits for its page heading. */
async function openSection(page: Page, label: string, heading = label) {
  await page.getByRole('navigation', { name: 'Company' }).getByRole('link', { name: label, exact: true }).click();
  await page.getByRole('heading', { name: heading, exact: true, level: 2 }).waitFor();
}

describe('company administration in the console', () => {
  let browser: Browser;
  let owner: Account;
  let operator: Account;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [browser, owner, operator] = await Promise.all([
      launchBrowser(),
      registerVerified(newAccount('owner')),
      registerVerified(newAccount('operator')),
    ]);
  });

  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await browser?.close();
  });

  it('sets up a company, brings in a second operator, and hands out the widget code', async () => {
    // The owner's browser may read the clipboard, to check what "Copy" put there.
    const ownerContext = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    contexts.push(ownerContext);
    const page = await ownerContext.newPage();
    const errors = watchErrors(page);
    await signIn(page, owner);

    // A new account starts with the empty state and creates its company there.
    await page.goto(`${baseUrl}/companies`);
    await page.getByRole('heading', { name: 'Create your first company' }).waitFor();
    const companyName = `Acme ${Date.now().toString(36)}`;
    await page.getByLabel('Company name').fill(companyName);
    await page.getByLabel('Company name').press('Enter');
    await page.waitForURL(/\/companies\/[\w-]+$/);
    const companyId = new URL(page.url()).pathname.split('/')[2]!;
    await page.getByRole('heading', { name: new RegExp(`^${companyName}`) }).waitFor();
    // The creator is an operator at once (no extra step), so one step of five is done.
    await page.getByText('1 of 5 done').waitFor();

    // Domains: what the owner pastes is normalised by the server and replaces the optimistic row.
    await openSection(page, 'Domains');
    const host = `shop-${Math.random().toString(36).slice(2, 10)}.example.com`;
    await page.getByLabel('Domain').fill(`https://${host.toUpperCase()}:8443/pricing`);
    await page.getByRole('button', { name: 'Add domain' }).click();
    await page.getByRole('list', { name: 'Domains' }).getByText(host, { exact: true }).waitFor();

    // Languages: the first added is the default.
    await openSection(page, 'Languages');
    for (const code of ['en', 'uk']) {
      await page.getByLabel('Language code').fill(code);
      await page.getByLabel('Language code').press('Enter');
      await page.getByRole('button', { name: code === 'en' ? 'Remove English' : 'Remove Ukrainian' }).waitFor();
    }
    const languageRows = page.getByRole('list', { name: 'Languages' }).getByRole('listitem');
    await expect
      .poll(() => languageRows.allTextContents())
      .toEqual([expect.stringMatching(/^en English Default/), expect.stringMatching(/^uk Ukrainian/)]);

    // Categories: the first one flips support on, so the console warns first and reports after.
    await openSection(page, 'Categories');
    await page.getByLabel('Category name').fill('Sales');
    await page.getByRole('button', { name: 'Add category' }).click();
    const attention = page.getByRole('dialog', { name: 'Attention!' });
    await attention.waitFor();
    expect(await attention.textContent()).toMatch(/all current operator destination assignments .* will be deleted/);
    await attention.getByRole('button', { name: 'Add category' }).click();
    await page.getByRole('status').filter({ hasText: 'Category support is now on' }).waitFor();
    await page.getByRole('list', { name: 'Categories' }).getByText('Sales', { exact: true }).waitFor();

    // Operators: an unregistered address gets its own error; the Free plan (the owner alone) is
    // lifted to 5 operators by paying on the Plan page through the local checkout (F15).
    await openSection(page, 'Operators');
    await page.getByLabel('Operator’s email').fill(newAccount('nobody').email);
    await page.getByRole('button', { name: 'Invite' }).click();
    await page.getByRole('alert').filter({ hasText: 'No Parley account uses this email' }).waitFor();
    await openSection(page, 'Plan');
    await checkoutOnPlanPage(page, { plan: 'Standard', operators: 5, action: 'Pay' });
    await openSection(page, 'Operators');
    await page.getByText('1 of 5 operator seats used', { exact: false }).waitFor();
    await page.getByLabel('Operator’s email').fill(operator.email);
    await page.getByLabel('Operator’s email').press('Enter');
    // The confirmed row (with the invitee's name from the server) replaces the optimistic one.
    await page
      .getByRole('list', { name: 'Pending invitations' })
      .getByRole('listitem')
      .filter({ hasText: operator.name })
      .getByRole('button', { name: 'Revoke' })
      .waitFor();

    // The invitee accepts on Settings → Operator companies, in their own browser.
    const operatorContext = await browser.newContext();
    contexts.push(operatorContext);
    const operatorPage = await operatorContext.newPage();
    const operatorErrors = watchErrors(operatorPage);
    await signIn(operatorPage, operator);
    await operatorPage.goto(`${baseUrl}/settings`);
    await operatorPage.getByRole('link', { name: 'Operator companies' }).click();
    await operatorPage.getByRole('button', { name: `Accept the invitation from ${companyName}` }).click();
    await operatorPage
      .getByRole('status')
      .filter({ hasText: `You are now an operator of ${companyName}` })
      .waitFor();
    const membership = operatorPage.getByRole('list', { name: 'My companies' }).getByRole('listitem').filter({ hasText: companyName });
    await membership.getByText('Operator', { exact: true }).waitFor();
    await operatorPage.getByText('No invitations', { exact: false }).waitFor();

    // Back with the owner: the operator is listed; set their destinations.
    await page.reload();
    const operatorRow = page.getByRole('list', { name: 'Operators' }).getByRole('listitem').filter({ hasText: operator.email });
    await operatorRow.getByText('No destinations set', { exact: false }).waitFor();
    expect(await page.getByRole('list', { name: 'Pending invitations' }).count()).toBe(0);
    await operatorRow.getByRole('link', { name: 'Destination management' }).click();
    await page.getByRole('heading', { name: /Destination management/ }).waitFor();
    await page.getByLabel(/English/).check();
    await page.getByLabel(/Ukrainian/).check();
    await page.getByLabel('Sales').check();
    await page.getByRole('button', { name: 'Save destinations' }).click();
    await page.getByRole('status').filter({ hasText: 'Destinations saved.' }).waitFor();
    await page.getByRole('link', { name: '← Operators' }).click();
    await operatorRow.getByText('Serves: en, uk · Sales').waitFor();

    // Fast responses: one with a nickname (shown as \nickname), one without.
    await openSection(page, 'Fast responses');
    await page.getByLabel('Text').fill('Hello! How can I help you today?');
    await page.getByLabel('Nickname (optional)').fill('hello');
    await page.getByLabel('Nickname (optional)').press('Enter');
    await page.getByRole('list', { name: 'Fast responses' }).getByText('\\hello', { exact: true }).waitFor();
    await page.getByLabel('Text').fill('Thank you for waiting, I am checking this for you.');
    await page.getByRole('button', { name: 'Add response' }).click();
    const responses = page.getByRole('list', { name: 'Fast responses' }).getByRole('listitem');
    await expect.poll(() => responses.count()).toBe(2);
    await responses.nth(1).getByText('No nickname').waitFor();

    // Widget → Code: Copy puts the snippet with the company's public key on the clipboard.
    await openSection(page, 'Code', 'Widget code');
    const snippet = await page.getByLabel('Widget code').inputValue();
    await page.getByRole('button', { name: 'Copy code' }).click();
    await page.getByRole('button', { name: 'Copied' }).waitFor();
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    const { publicKey } = await page.evaluate(
      async (id) => (await fetch(`/api/companies/${id}`)).json() as Promise<{ publicKey: string }>,
      companyId,
    );
    expect(clipboard).toBe(snippet);
    expect(clipboard).toContain(`data-key="${publicKey}"`);
    expect(clipboard).toMatch(/^<script async src="[^"]+\/widget\.js"/);

    // The overview's checklist now has every step but the widget's first load ticked.
    await openSection(page, 'Overview');
    await page.getByText('4 of 5 done').waitFor();

    // The switcher opens the same section of another company.
    const second = await page.evaluate(async () => {
      const res = await fetch('/api/companies', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Second shop' }),
      });
      return (await res.json()) as { id: string };
    });
    await openSection(page, 'Fast responses');
    await page.reload();
    await page.getByLabel('Switch company').selectOption(second.id);
    await page.waitForURL(`${baseUrl}/companies/${second.id}/fast-responses`);
    await page.getByText('No fast responses yet', { exact: false }).waitFor();

    expect(errors).toEqual([]);
    expect(operatorErrors).toEqual([]);
  });
});
