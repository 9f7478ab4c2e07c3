import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../scripts/seed-sql.mjs';
import { openChatPage, signedIn, typeInComposer, visitorAsksOnShop } from './chat-page-support';
import { launchBrowser } from './support/browser';
import { latestMailTo } from './support/mail';

describe('the transcript by email (F21) from the real widget on the demo shop', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the visitor ends the chat and asks for the transcript; it arrives only once the mailed link is opened', async () => {
    const owner = await signedIn(browser, DEMO.owner);
    const operator = await openChatPage(owner);
    const question = `Where is parcel ${crypto.randomUUID().slice(0, 8)} <b>now</b>?`;
    const email = `visitor-${crypto.randomUUID().slice(0, 8)}@example.test`;

    const { shop, w } = await visitorAsksOnShop(browser, question);

    await operator.locator('.inbox-item').filter({ hasText: question }).click();
    await typeInComposer(operator, 'It left our warehouse today.');
    await operator.keyboard.press('Enter');
    await w.bubbles.filter({ hasText: 'It left our warehouse today.' }).waitFor();

    await w.panel.getByRole('button', { name: 'End chat' }).click();
    const form = w.panel.getByRole('form', { name: 'Email me this chat' });
    await form.getByLabel('Your email').fill(email);
    await form.getByRole('button', { name: 'Send' }).click();
    await w.panel.getByText('Check your inbox').waitFor();

    const confirm = await latestMailTo(email);
    expect(confirm.text).not.toContain(question);
    const link = confirm.links.find((l) => l.includes('/api/widget/transcript/confirm'))!;
    const landing = await shop.newPage();
    await landing.goto(link);
    await landing.getByRole('heading', { name: 'Send the transcript?' }).waitFor();
    await landing.getByRole('button', { name: 'Send the transcript' }).click();
    await landing.getByRole('heading', { name: 'Transcript sent' }).waitFor();

    const transcript = await latestMailTo(email, (m) => m.subject.startsWith('Your chat with'));
    expect(transcript.text).toContain(question);
    expect(transcript.text).toContain('It left our warehouse today.');

    // The link works once.
    await landing.goto(link);
    await landing.getByRole('heading', { name: 'Already sent' }).waitFor();
  });
});
