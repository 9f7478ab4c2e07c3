import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../scripts/seed-sql.mjs';
import { openChatPage, signedIn, visitorAsksOnShop } from './chat-page-support';
import { launchBrowser } from './support/browser';
import { baseUrl, ownerApi } from './widget-support';

const NOTICE = 'The operator can see what you type before you send it.';

describe('the typing preview (F21) between the real widget on the demo shop and the console', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    // The demo company is shared by every e2e file: it leaves with the preview off, as seeded.
    await (await ownerApi())('PATCH', `/api/companies/${DEMO.company.id}`, { typingPreviewEnabled: false });
    await browser?.close();
  });

  it('the owner turns it on; the widget says so and the operator sees the draft until the message arrives', async () => {
    const owner = await signedIn(browser, DEMO.owner);
    const settings = await owner.newPage();
    await settings.goto(`${baseUrl}/companies/${DEMO.company.id}/settings`);
    await settings.getByLabel("Show visitors' typing to operators").check();
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await settings.getByText('Settings saved.').waitFor();

    const operator = await openChatPage(owner);
    const question = `Do you ship to Lviv? ${crypto.randomUUID().slice(0, 8)}`;
    const { w } = await visitorAsksOnShop(browser, question);
    await w.panel.getByText(NOTICE).waitFor();
    const item = operator.locator('.inbox-item').filter({ hasText: question });
    const chatId = await item.getAttribute('data-chat-id');
    await item.click();
    const conversation = operator.locator('.chat-conversation');
    await conversation.locator('.message').filter({ hasText: question }).waitFor();

    // Typed, not sent: the console shows the draft as it grows.
    const draft = conversation.locator('.visitor-draft');
    await w.composer.pressSequentially('Can I pay by inv', { delay: 30 });
    await expect.poll(() => draft.textContent()).toBe('typing… Can I pay by inv');
    await w.composer.pressSequentially('oice?', { delay: 30 });
    await expect.poll(() => draft.textContent()).toBe('typing… Can I pay by invoice?');

    // Sent: the draft line goes and the message is there.
    await w.composer.press('Enter');
    await conversation.locator('.message-visitor').filter({ hasText: 'Can I pay by invoice?' }).waitFor();
    await expect.poll(() => draft.count()).toBe(0);

    // Turned off, the open widget drops its notice at once.
    await (await ownerApi())('PATCH', `/api/companies/${DEMO.company.id}`, { typingPreviewEnabled: false });
    await w.panel.getByText(NOTICE).waitFor({ state: 'detached' });

    // Ended, so the demo owner's inbox in later files holds no chat of this one's.
    await w.panel.getByRole('button', { name: 'End chat' }).click();
    await operator.locator(`.inbox-item.ended[data-chat-id="${chatId}"]`).waitFor();
  });
});
