import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../scripts/seed-sql.mjs';
import { openChatPage, signedIn, typeInComposer, visitorAsksOnShop } from './chat-page-support';
import { launchBrowser } from './support/browser';

describe('a conversation between the real widget on the demo shop and the chat page', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('carries messages and typing both ways, a transfer the visitor is told about, and the close', async () => {
    const owner = await signedIn(browser, DEMO.owner);
    const operator = await openChatPage(owner);

    const { page, w } = await visitorAsksOnShop(browser, 'Do you have these boots in size 42?');

    const row = operator.locator('.inbox-item').filter({ hasText: 'Do you have these boots' });
    await row.waitFor();
    await row.click();
    const messages = operator.locator('.chat-conversation .message');
    await expect
      .poll(() => messages.allTextContents())
      .toEqual([expect.stringContaining('Do you have these boots in size 42?'), expect.stringContaining('Demo Owner joined the chat.')]);
    await expect.poll(() => operator.locator('.chat-visitor').textContent()).toContain('shop.localhost');

    // Visitor typing shows on the chat page; operator typing shows in the widget.
    await w.composer.pressSequentially('And in bl', { delay: 30 });
    await expect.poll(() => operator.locator('.typing-note').textContent()).toContain('is typing');
    await typeInComposer(operator, 'Yes, size 42 is in stock.');
    await expect.poll(() => page.locator('parley-widget .st').textContent()).toContain('is typing');
    await operator.keyboard.press('Enter');
    await w.bubbles.filter({ hasText: 'Yes, size 42 is in stock.' }).waitFor();

    await w.composer.pressSequentially('ue?');
    await w.composer.press('Enter');
    await expect
      .poll(() => messages.allTextContents())
      .toEqual([
        expect.stringContaining('Do you have these boots in size 42?'),
        expect.stringContaining('Demo Owner joined the chat.'),
        expect.stringContaining('Yes, size 42 is in stock.'),
        expect.stringContaining('And in blue?'),
      ]);

    // Transfer: the colleague gets the whole chat, the widget says who took over.
    const colleague = await openChatPage(await signedIn(browser, DEMO.operator));
    await operator.getByLabel('Transfer to').selectOption({ label: DEMO.operator.name });
    await operator.getByRole('button', { name: 'Transfer', exact: true }).click();
    // In the chat log, not the screen-reader announcement of the same words.
    await w.log.getByText(`The chat moved to ${DEMO.operator.name}.`).waitFor();
    const moved = colleague.locator('.inbox-item').filter({ hasText: 'And in blue?' });
    await moved.click();
    // The history, with who had it and who has it now.
    await expect.poll(() => colleague.locator('.chat-conversation .message').count()).toBe(5);

    await colleague.getByRole('button', { name: 'Close chat' }).click();
    await colleague.getByRole('dialog').getByRole('button', { name: 'Close chat' }).click();
    await w.panel.getByRole('status').filter({ hasText: 'The chat has ended.' }).waitFor();
    await colleague.locator('.chat-conversation').getByRole('status').filter({ hasText: 'This chat was closed.' }).waitFor();
  });
});
