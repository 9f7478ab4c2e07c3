import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../scripts/seed-sql.mjs';
import { openChatPage, signedIn, visitorAsksOnShop } from './chat-page-support';
import { launchBrowser } from './support/browser';

const SCREENSHOT_DIR = path.join(import.meta.dirname, '..', 'test-results', 'screenshots');
/** A small PDF: the server sniffs `%PDF-`, the visitor must get these very bytes back. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/**
 * Hands the widget's composer (or its dialog, for `drop`) a file the way the browser does: a
 * screenshot pasted from the clipboard, or a file dropped. The PNG comes from a canvas, so its
 * bytes are a real image.
 */
function giveWidget(page: Page, how: 'paste' | 'drop', file: { name: string; bytes?: number[] }) {
  return page.evaluate(
    async ({ how, file }) => {
      let blob: Blob;
      if (file.bytes) blob = new Blob([new Uint8Array(file.bytes)]);
      else {
        const canvas = document.createElement('canvas');
        canvas.width = 160;
        canvas.height = 90;
        const g = canvas.getContext('2d')!;
        g.fillStyle = '#2563eb';
        g.fillRect(0, 0, 160, 90);
        g.fillStyle = '#fde68a';
        g.fillRect(20, 20, 60, 40);
        blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
      }
      const data = new DataTransfer();
      data.items.add(new File([blob], file.name, { type: blob.type }));
      const root = document.querySelector('parley-widget')!.shadowRoot!;
      if (how === 'paste')
        root
          .querySelector('textarea')!
          .dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      else {
        const panel = root.querySelector('[role=dialog]')!;
        panel.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
        panel.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      }
    },
    { how, file },
  );
}

describe('files between the real widget and the chat page (F20)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('a pasted screenshot shows inline for the operator, whose PDF the visitor downloads; a refused type says why', async () => {
    const operator = await openChatPage(await signedIn(browser, DEMO.owner));
    const { shop, page, w } = await visitorAsksOnShop(browser, 'My order page looks broken, see:', { acceptDownloads: true });
    const row = operator.locator('.inbox-item').filter({ hasText: 'My order page looks broken' });
    await row.click();

    // The visitor pastes a screenshot: it is uploaded and sent as a message without text.
    await page.getByRole('button', { name: 'Attach a file' }).waitFor();
    await giveWidget(page, 'paste', { name: 'image.png' });
    const sentImage = w.bubbles.locator('img');
    await sentImage.waitFor();
    await expect.poll(() => sentImage.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(160);

    // The operator sees it inline, the real image.
    const inline = operator.locator('.chat-conversation .message img');
    await inline.waitFor();
    await expect.poll(() => inline.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(160);
    await operator.screenshot({ path: path.join(SCREENSHOT_DIR, 'console-attachment-image.png') });

    // The operator replies with a PDF; the visitor downloads exactly its bytes, served as an attachment.
    await operator
      .locator('.composer-actions input[type=file]')
      .setInputFiles({ name: 'рахунок.pdf', mimeType: 'application/pdf', buffer: PDF });
    await operator.locator('.tray-item.tray-ready, .tray-item:not(.tray-uploading)').first().waitFor();
    await operator.locator('#chat-composer').press('Enter');
    const link = w.bubbles.getByRole('link', { name: /рахунок\.pdf/ });
    await link.waitFor();
    expect(await link.textContent()).toMatch(/рахунок\.pdf.*\d+ byte/);
    const href = (await link.getAttribute('href'))!;
    const served = await shop.request.get(href);
    expect(served.status()).toBe(200);
    expect(served.headers()['content-disposition']).toMatch(/^attachment;.*filename\*=UTF-8''%D1%80%D0%B0/);
    const download = page.waitForEvent('download');
    await link.click();
    expect(readFileSync((await (await download).path())!)).toEqual(PDF);
    await w.panel.screenshot({ path: path.join(SCREENSHOT_DIR, 'widget-attachments.png') });

    // A file of a type the company doesn't take is refused, and the widget says why.
    await giveWidget(page, 'drop', { name: 'tool.exe', bytes: [0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0] });
    await page.getByRole('alert').filter({ hasText: '“tool.exe” can’t be sent' }).waitFor();
    await w.panel.screenshot({ path: path.join(SCREENSHOT_DIR, 'widget-attachment-refused.png') });
    await operator.context().close();
    await shop.close();
  });
});
