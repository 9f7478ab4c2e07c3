import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO } from '../scripts/seed-sql.mjs';
import { signedIn } from './chat-page-support';
import { newAccount, registerVerified, signIn } from './support/accounts';
import { launchBrowser } from './support/browser';
import { latestMailTo } from './support/mail';
import { watchErrors } from './support/page-errors';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('invitations are noticed (F6)', () => {
  it('mails the invitee and shows a badge live in their open console; the owner sees the age and resends', async () => {
    const invitee = await registerVerified(newAccount('invitee'));
    const inviteeContext = await browser.newContext();
    const page = await inviteeContext.newPage();
    const errors = watchErrors(page);
    await signIn(page, invitee);
    await page.goto(`${baseUrl}/settings/profile`);
    await page.getByLabel('Display name').waitFor();
    expect(await page.getByTestId('invitation-badge').count()).toBe(0);

    // The owner invites from the Operators page of the demo company (which has free seats).
    const ownerContext = await signedIn(browser, DEMO.owner);
    const owner = await ownerContext.newPage();
    await owner.goto(`${baseUrl}/companies/${DEMO.company.id}/operators`);
    await owner.getByLabel('Operator’s email').fill(invitee.email);
    await owner.getByLabel('Operator’s email').press('Enter');
    const row = owner.getByRole('list', { name: 'Pending invitations' }).getByRole('listitem').filter({ hasText: invitee.email });
    await row.getByText('Sent just now').waitFor();

    // The invitee's open page shows it without a reload (a poll while the tab is in view), and the mail is there.
    const settingsLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Settings/ });
    await settingsLink.getByTestId('invitation-badge').waitFor({ timeout: 60_000 });
    expect(await settingsLink.getAttribute('aria-label')).toBeNull();
    expect(await settingsLink.textContent()).toContain('an invitation waits for your answer');
    const mail = await latestMailTo(invitee.email, (m) => m.subject.includes('invited you to answer chats'));
    expect(mail.subject).toBe(`Demo Owner invited you to answer chats for ${DEMO.company.name}`);
    expect(mail.links).toContain(`${baseUrl}/settings/companies`);

    // The owner sends it again: a second mail, and the row says so.
    await row.getByRole('button', { name: `Send the invitation to ${invitee.email} again` }).click();
    await owner
      .getByRole('status')
      .filter({ hasText: `Sent the invitation to ${invitee.email} again.` })
      .waitFor();
    await row.getByText('Sent just now, again just now').waitFor();
    await expect.poll(async () => (await mailsTo(invitee.email)).length).toBe(2);

    // The invitee opens Operator companies from the badge and declines: both badges go at once.
    await settingsLink.click();
    await page.getByRole('link', { name: /^Operator companies/ }).click();
    await page
      .getByRole('link', { name: /^Operator companies/ })
      .getByTestId('invitation-badge')
      .waitFor();
    await page.getByRole('button', { name: `Decline the invitation from ${DEMO.company.name}` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Declined the invitation from ${DEMO.company.name}.` })
      .waitFor();
    await expect.poll(() => page.getByTestId('invitation-badge').count()).toBe(0);

    expect(errors).toEqual([]);
    await ownerContext.close();
    await inviteeContext.close();
  });
});

async function mailsTo(to: string): Promise<{ subject: string }[]> {
  const res = await fetch(`${baseUrl}/api/dev/mail`);
  const { mails } = (await res.json()) as { mails: { to: string; subject: string }[] };
  return mails.filter((m) => m.to === to && m.subject.includes('invited you'));
}
