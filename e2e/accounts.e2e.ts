import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO } from '../scripts/seed-sql.mjs';
import { launchBrowser } from './support/browser';
import { watchErrors } from './support/page-errors';

const baseUrl = inject('baseUrl');
const runId = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** A real, decodable PNG (solid colour square), so the browser can render the served avatar. */
function solidPng(size: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: size }, () => [29, 78, 216]).flat())]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: size }, () => row)));
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}

/** The image is displayed: the browser fetched and decoded it. */
async function imageLoaded(page: Page, selector: string): Promise<boolean> {
  const img = page.locator(selector).first();
  await img.waitFor();
  return img.evaluate(async (el: HTMLImageElement) => {
    if (!el.complete) await new Promise((done) => el.addEventListener('load', done, { once: true }));
    return el.naturalWidth > 0;
  });
}

describe('accounts in the console', () => {
  let browser: Browser;
  let tempDir: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    tempDir = mkdtempSync(path.join(tmpdir(), 'parley-accounts-e2e-'));
  });

  afterAll(async () => {
    await browser?.close();
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  });

  it('signs up, verifies from the dev mailbox, logs in, sets name and avatar, and keeps both after a reload', async () => {
    const email = `e2e-${runId}@example.test`;
    const password = 'correct horse battery';
    const newName = `Renamed ${runId}`;
    const avatarFile = path.join(tempDir, 'avatar.png');
    writeFileSync(avatarFile, solidPng(16));

    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);

    await page.goto(`${baseUrl}/signup`);
    await page.getByLabel('Display name').fill('E2E Person');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Create account' }).click();

    await page.getByRole('heading', { name: 'Check your mail' }).waitFor();
    expect(await page.getByText(email).textContent()).toBe(email);

    // The "check your mail" screen points to the dev mailbox; the link in the mail is clicked there.
    await page.getByRole('link', { name: 'Open the dev mailbox' }).click();
    await page.waitForURL(`${baseUrl}/dev/mail`);
    const mail = page.locator('article.mail', { has: page.locator('.mail-to', { hasText: email }) });
    await mail.first().waitFor();
    expect(await page.getByText('Development tool', { exact: false }).first().isVisible()).toBe(true);
    await mail.first().locator('a[href*="/verify?token="]').click();

    await page.waitForURL(/\/verify\?token=/);
    await page.getByRole('status').filter({ hasText: 'is confirmed' }).waitFor();
    // Opened again (the mail is still there), the link says the address is confirmed, not that it is invalid.
    await page.reload();
    await page.getByRole('status').filter({ hasText: 'already confirmed' }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);

    // A signed-in page sends us to the login form, which brings us back after logging in (?next=).
    await page.goto(`${baseUrl}/settings/profile`);
    await page.waitForURL(/\/login\?next=%2Fsettings%2Fprofile$/);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByLabel('Password').press('Enter');
    await page.waitForURL(`${baseUrl}/settings/profile`);

    const nameInput = page.getByLabel('Display name');
    await nameInput.fill(newName);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    await page.getByRole('link', { name: 'General' }).click();
    await page.waitForURL(`${baseUrl}/settings/general`);
    await page.getByLabel('Choose an image').setInputFiles(avatarFile);
    expect(await imageLoaded(page, 'img[alt="Preview of the chosen image"]')).toBe(true);
    await page.getByRole('button', { name: 'Upload avatar' }).click();
    await page.getByRole('status').filter({ hasText: 'Avatar updated.' }).waitFor();

    await page.reload();
    await page.locator('.account-name', { hasText: newName }).waitFor();
    expect(await imageLoaded(page, 'img[alt="Your avatar"]')).toBe(true);
    expect(await imageLoaded(page, 'img.avatar-sm')).toBe(true);
    await page.getByRole('link', { name: 'Display name' }).click();
    expect(await page.getByLabel('Display name').inputValue()).toBe(newName);

    await page.getByRole('button', { name: 'Log out' }).click();
    await page.waitForURL(`${baseUrl}/login`);

    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the error on the login form for a wrong password', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);

    await page.goto(`${baseUrl}/login`);
    await page.getByLabel('Email').fill(DEMO.owner.email);
    await page.getByLabel('Password').fill(`${DEMO.owner.password}-wrong`);
    await page.getByRole('button', { name: 'Log in' }).click();

    const alert = page.locator('form .form-error[role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/password/i);
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await page.getByRole('button', { name: 'Log in' }).isEnabled()).toBe(true);

    expect(errors).toEqual([]);
    await context.close();
  });
});
