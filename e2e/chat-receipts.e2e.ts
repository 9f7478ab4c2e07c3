import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../scripts/seed-sql.mjs';
import { openChatPage, signedIn, typeInComposer, visitorAsksOnShop } from './chat-page-support';
import { launchBrowser } from './support/browser';
import { waitReady } from './widget-support';

describe('delivered and seen marks (F21) between the real widget on the demo shop and the console', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('seen marks appear on both sides, only once the message was in a focused view, and a reload of each side keeps them', async () => {
    const owner = await signedIn(browser, DEMO.owner);
    const operator = await openChatPage(owner);
    const question = `Do you ship to Lviv? ${crypto.randomUUID().slice(0, 8)}`;
    const { page, w } = await visitorAsksOnShop(browser, question);

    // The console received the question: delivered. The operator opens the chat: seen.
    const questionMark = () => w.bubbles.filter({ hasText: question }).locator('.tm').textContent();
    await expect.poll(questionMark).toContain('✓Delivered');
    await operator.locator('.inbox-item').filter({ hasText: question }).click();
    await expect.poll(questionMark).toContain('✓✓Seen');

    // The visitor minimised the widget: the reply reaches it (delivered) but nobody saw it yet.
    await w.panel.getByRole('button', { name: 'Minimise chat' }).click();
    const reply = 'Yes, in two days.';
    await typeInComposer(operator, reply);
    await operator.keyboard.press('Enter');
    const replyMark = operator.locator('.chat-conversation .message-operator').filter({ hasText: reply }).locator('.message-receipt');
    await expect.poll(() => replyMark.textContent()).toContain('Delivered');
    expect(await replyMark.textContent()).not.toContain('Seen');
    // The visitor opens the widget and the reply is in view: the console marks it seen.
    await w.launcher.click();
    await w.bubbles.filter({ hasText: reply }).waitFor();
    await expect.poll(() => replyMark.textContent()).toContain('✓✓ Seen');
    expect(await replyMark.getAttribute('title')).toBe('Seen by the visitor');

    // A reload of each side keeps the marks (the widget's saved state and welcome, the console's chat snapshot).
    await page.reload();
    await waitReady(page);
    if (!(await w.panel.isVisible())) await w.launcher.click();
    await expect.poll(questionMark).toContain('✓✓Seen');
    await operator.reload();
    await operator.getByTestId('connection').filter({ hasText: 'Online' }).waitFor();
    await expect.poll(() => replyMark.textContent()).toContain('✓✓ Seen');
  });
});
