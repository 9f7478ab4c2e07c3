import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { base32Decode, TOTP_STEP_SECONDS, totp } from '../worker/auth/totp';
import { newAccount, registerVerified, signIn } from './support/accounts';
import { launchBrowser } from './support/browser';
import { watchErrors } from './support/page-errors';

const baseUrl = inject('baseUrl');

/** The code an authenticator app holding `secret` shows `steps` time steps from now. */
const codeAt = (secret: string, steps: number) => totp(base32Decode(secret)!, Date.now() + steps * TOTP_STEP_SECONDS * 1000);

/** A six-digit value that is none of the codes within two steps of now. */
async function wrongCode(secret: string): Promise<string> {
  const near = await Promise.all([-2, -1, 0, 1, 2].map((k) => codeAt(secret, k)));
  let n = 0;
  while (near.includes(String(n).padStart(6, '0'))) n++;
  return String(n).padStart(6, '0');
}

describe('two-factor login in the console', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('sets up two-factor from Settings, logs out, and logs in again with a code from the secret shown', async () => {
    const account = await registerVerified(newAccount('twofa'));
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    await signIn(page, account);

    await page.goto(`${baseUrl}/settings/two-factor`);
    await page.getByRole('button', { name: 'Set up two-factor authentication' }).click();
    await page.getByLabel('Password').fill(account.password);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('img', { name: 'QR code for your authenticator app' }).waitFor();
    const secret = (await page.locator('.setup-key').textContent())!.replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);

    const confirmCode = await codeAt(secret, 0);
    await page.getByLabel('Code from the app').fill(confirmCode);
    await page.getByRole('button', { name: 'Turn on' }).click();
    const codes = page.getByRole('list', { name: 'Recovery codes' }).locator('code');
    await codes.first().waitFor();
    expect(await codes.count()).toBe(10);
    expect(await page.getByRole('link', { name: 'Download' }).getAttribute('download')).toBe('parley-recovery-codes.txt');
    await page.getByRole('button', { name: 'I have saved them' }).click();
    await page.getByRole('status').filter({ hasText: 'Two-factor authentication is on' }).waitFor();

    await page.getByRole('button', { name: 'Log out' }).click();
    await page.waitForURL(`${baseUrl}/login`);
    await page.getByLabel('Email').fill(account.email);
    await page.getByLabel('Password').fill(account.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('heading', { name: 'Two-factor authentication' }).waitFor();
    const codeInput = page.getByLabel('Authentication code');
    expect(await codeInput.getAttribute('autocomplete')).toBe('one-time-code');

    // The confirming code's step is spent, so the next step's code (inside the ±1 window) is the one to use.
    const loginCode = await codeAt(secret, 1);
    await codeInput.fill(await wrongCode(secret));
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.locator('form .form-error[role="alert"]').filter({ hasText: 'didn’t work' }).waitFor();

    await codeInput.fill(loginCode);
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.waitForURL((url) => url.pathname !== '/login');
    await page.locator('.account-name', { hasText: account.name }).waitFor();

    expect(errors).toEqual([]);
    await context.close();
  });
});
