import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Account, newAccount, registerVerified, signIn } from './support/accounts';
import { launchBrowser } from './support/browser';
import { latestMailTo } from './support/mail';
import { watchErrors } from './support/page-errors';
import { checkoutOnPlanPage } from './support/plan';

const baseUrl = inject('baseUrl');

describe('plans and payments in the console (F15)', () => {
  let browser: Browser;
  let owner: Account;
  let invitee: Account;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [browser, owner, invitee] = await Promise.all([
      launchBrowser(),
      registerVerified(newAccount('payer')),
      registerVerified(newAccount('seat')),
    ]);
  });

  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await browser?.close();
  });

  it('lets a new company buy seats through the local checkout and bring a second operator online; Decline changes nothing', async () => {
    const ownerContext = await browser.newContext();
    contexts.push(ownerContext);
    const page = await ownerContext.newPage();
    const errors = watchErrors(page);
    await signIn(page, owner);

    // A new company is on Free: the owner alone.
    await page.goto(`${baseUrl}/companies`);
    const companyName = `Seats ${Date.now().toString(36)}`;
    await page.getByLabel('Company name').fill(companyName);
    await page.getByLabel('Company name').press('Enter');
    await page.waitForURL(/\/companies\/[\w-]+$/);
    const companyId = new URL(page.url()).pathname.split('/')[2]!;
    await page.getByTestId('checklist-plan-note').getByRole('link', { name: 'Upgrade the plan' }).waitFor();

    // Inviting answers the plan error, with a way to the Plan page.
    await page.getByRole('navigation', { name: 'Company' }).getByRole('link', { name: 'Operators', exact: true }).click();
    await page.getByLabel('Operator’s email').fill(invitee.email);
    await page.getByRole('button', { name: 'Invite' }).click();
    await page.getByRole('alert').filter({ hasText: 'Your plan allows one operator' }).waitFor();
    await page.getByRole('link', { name: 'Upgrade the plan on the Plan page' }).click();
    await page.getByRole('heading', { name: 'Plan', exact: true, level: 2 }).waitFor();
    await page.getByTestId('plan-operators').filter({ hasText: '1 used of 1 allowed' }).waitFor();
    await page.getByTestId('plan-status').filter({ hasText: 'Free: one operator' }).waitFor();

    // The preview says what a pick does before anything is confirmed.
    await page.getByRole('radio', { name: /^Standard\b/ }).check();
    await page.getByLabel('Operators').fill('3');
    await page
      .getByTestId('plan-preview')
      .filter({ hasText: 'keeps Free limits (one operator). Pay below to start Standard for 3 operators.' })
      .waitFor();
    await page.getByTestId('payment-preview').filter({ hasText: 'Standard for 3 operators, 1 month: $27.00.' }).waitFor();

    // Declining at the checkout leaves everything as it was.
    await checkoutOnPlanPage(page, { plan: 'Standard', operators: 3, action: 'Decline' });
    await page.getByTestId('plan-operators').filter({ hasText: '1 used of 1 allowed' }).waitFor();
    await page.getByText('No payments or plan changes yet.').waitFor();

    // Paying buys exactly the seats picked; the ledger keeps the payment with its receipt.
    await checkoutOnPlanPage(page, { plan: 'Standard', operators: 3, months: 1, action: 'Pay' });
    await page.getByTestId('plan-operators').filter({ hasText: '1 used of 3 allowed' }).waitFor();
    await page
      .getByTestId('plan-status')
      .filter({ hasText: /^Paid until .* \(30 days left\)\.$/ })
      .waitFor();
    const payment = page.locator('table.ledger tr[data-kind="payment"]');
    await payment.getByText('Payment for 1 month').waitFor();
    await payment.getByText('Receipt', { exact: true }).click();
    await payment.getByText('Standard, 3 operators, 1 month').waitFor();
    expect(await payment.textContent()).toContain('$27.00');
    expect((await latestMailTo(owner.email)).subject).toBe(`Receipt: $27.00 for ${companyName} on Parley`);

    // Now the invitation goes through, and the invitee can go online.
    await page.getByRole('navigation', { name: 'Company' }).getByRole('link', { name: 'Operators', exact: true }).click();
    await page.getByText('1 of 3 operator seats used', { exact: false }).waitFor();
    await page.getByLabel('Operator’s email').fill(invitee.email);
    await page.getByRole('button', { name: 'Invite' }).click();
    await page
      .getByRole('list', { name: 'Pending invitations' })
      .getByRole('listitem')
      .filter({ hasText: invitee.name })
      .getByRole('button', { name: 'Revoke' })
      .waitFor();

    const inviteeContext = await browser.newContext();
    contexts.push(inviteeContext);
    const inviteePage = await inviteeContext.newPage();
    const inviteeErrors = watchErrors(inviteePage);
    await signIn(inviteePage, invitee);
    await inviteePage.goto(`${baseUrl}/settings/companies`);
    await inviteePage.getByRole('button', { name: `Accept the invitation from ${companyName}` }).click();
    await inviteePage
      .getByRole('status')
      .filter({ hasText: `You are now an operator of ${companyName}` })
      .waitFor();
    await inviteePage.goto(`${baseUrl}/companies/${companyId}/chat`);
    await inviteePage.getByTestId('connection').filter({ hasText: 'Online · receiving chats' }).waitFor();

    // Operators see the plan read-only.
    await inviteePage.goto(`${baseUrl}/companies/${companyId}/plan`);
    await inviteePage.getByTestId('plan-operators').filter({ hasText: '2 used of 3 allowed' }).waitFor();
    await inviteePage.getByTestId('plan-read-only').waitFor();
    expect(await inviteePage.getByRole('button', { name: /^Pay/ }).count()).toBe(0);

    expect(errors).toEqual([]);
    expect(inviteeErrors).toEqual([]);
  });
});
