import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../scripts/seed-sql.mjs';
import { openChatPage, signedIn, typeInComposer, visitorAsksOnShop } from './chat-page-support';
import { launchBrowser } from './support/browser';
import { baseUrl } from './widget-support';

describe('the chat rating (F21) between the real widget on the demo shop and the console', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the visitor ends the chat and rates it bad with a comment; the operator sees it live, History shows and filters it', async () => {
    const owner = await signedIn(browser, DEMO.owner);
    const operator = await openChatPage(owner);
    const question = `Where is parcel ${crypto.randomUUID().slice(0, 8)}?`;

    const { page, w } = await visitorAsksOnShop(browser, question);

    const row = operator.locator('.inbox-item').filter({ hasText: question });
    await row.click();
    await typeInComposer(operator, 'It left our warehouse today.');
    await operator.keyboard.press('Enter');
    await w.bubbles.filter({ hasText: 'It left our warehouse today.' }).waitFor();

    // The form is a chunk of its own: not loaded before the chat ends.
    expect(await page.evaluate(() => performance.getEntriesByType('resource').some((r) => /\/w\/ask-/.test(r.name)))).toBe(false);
    await w.panel.getByRole('button', { name: 'End chat' }).click();
    const form = w.panel.getByRole('form', { name: 'How was this chat?' });
    await form.getByRole('button', { name: 'Bad' }).click();
    await form.getByLabel(/Anything to add/).fill('Nobody told me <b>when</b> it arrives.');
    await form.getByRole('button', { name: 'Send rating' }).click();
    await w.panel.getByText('Thank you for rating this chat.').waitFor();

    const conversation = operator.locator('.chat-conversation');
    await conversation.getByText('The visitor closed this chat.').waitFor();
    const live = conversation.locator('.chat-rating');
    await expect.poll(() => live.textContent()).toBe('The visitor rated this chat: BadNobody told me <b>when</b> it arrives.');
    expect(await live.locator('b').count()).toBe(0);

    // History: the badge on the row, the filter, and the rating with its comment in the chat.
    const history = await owner.newPage();
    await history.goto(`${baseUrl}/companies/${DEMO.company.id}/chat/history?rating=bad`);
    const found = history.locator('.history-row').filter({ hasText: question });
    await expect.poll(() => found.locator('.rating-bad').textContent()).toBe('Bad');
    await found.click();
    await expect
      .poll(() => history.locator('.history-detail .chat-rating').textContent())
      .toContain('Nobody told me <b>when</b> it arrives.');
    await history.goto(`${baseUrl}/companies/${DEMO.company.id}/chat/history?rating=good`);
    await history.locator('.history-rows, .history-list .hint').first().waitFor();
    expect(await history.locator('.history-row').filter({ hasText: question }).count()).toBe(0);
  });
});
