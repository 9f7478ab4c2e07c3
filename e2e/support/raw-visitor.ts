import type { Browser, BrowserContext } from 'playwright-core';
import { inject } from 'vitest';

const baseUrl = inject('baseUrl');

/** What the e2e files read of the frames a visitor's socket receives. */
export interface VisitorFrame {
  type: string;
  chatId?: string;
  message?: { text: string; author: string; clientId: string | null };
  operator?: { name: string };
  /** On an `error`: the type of the refused frame. */
  ref?: string;
}

/** The site page the visitor is on: a registered domain of the company whose widget key it uses. */
export interface VisitorSite {
  url: string;
  publicKey: string;
  category: string | null;
  title: string;
  referrer: string;
}

export interface RawVisitor {
  context: BrowserContext;
  send(frame: unknown): Promise<void>;
  /** The first frame (received so far, or later) that `match` accepts. */
  waitFor(match: (f: VisitorFrame) => boolean, timeoutMs?: number): Promise<VisitorFrame>;
  /** Every frame the socket received so far, in order. */
  frames(): VisitorFrame[];
}

/**
 * A visitor on a company's site, talking over the widget's socket exactly as the widget does
 * (frames from `common/protocol`, version 2); resolves once welcomed. The socket goes to
 * Parley's origin, as the widget's does (the site's CSP allows only that).
 */
export async function rawVisitor(browser: Browser, site: VisitorSite, visitorId: string): Promise<RawVisitor> {
  const context = await browser.newContext();
  const page = await context.newPage();
  // The site's CSP allows no eval, so frames are handed over and matched here, as they arrive.
  const received: VisitorFrame[] = [];
  const arrivals = new Set<() => void>();
  await page.exposeFunction('visitorFrame_', (frame: VisitorFrame) => {
    received.push(frame);
    for (const check of arrivals) check();
  });
  await page.goto(site.url);
  await page.evaluate(
    ({ socketUrl, visitorId, category, title, referrer }) =>
      new Promise<void>((resolve, reject) => {
        const w = window as unknown as { ws_: WebSocket; visitorFrame_: (frame: unknown) => void };
        w.ws_ = new WebSocket(socketUrl);
        w.ws_.onerror = () => reject(new Error('visitor socket failed'));
        w.ws_.onopen = () =>
          w.ws_.send(
            JSON.stringify({
              type: 'hello',
              protocol: 2,
              visitorId,
              visitorSecret: `${visitorId}-secret-0123456789abcdef`,
              language: 'en',
              category,
              page: { url: location.href, title, referrer },
            }),
          );
        w.ws_.onmessage = (e) => {
          const frame = JSON.parse(e.data);
          w.visitorFrame_(frame);
          if (frame.type === 'welcome') resolve();
        };
      }),
    {
      socketUrl: `${baseUrl.replace(/^http/, 'ws')}/api/widget/connect?key=${site.publicKey}`,
      visitorId,
      category: site.category,
      title: site.title,
      referrer: site.referrer,
    },
  );
  const send = (frame: unknown) => page.evaluate((f) => (window as unknown as { ws_: WebSocket }).ws_.send(JSON.stringify(f)), frame);
  const waitFor = (match: (f: VisitorFrame) => boolean, timeoutMs = 30_000) =>
    new Promise<VisitorFrame>((resolve, reject) => {
      const check = () => {
        const found = received.find(match);
        if (!found) return;
        done();
        resolve(found);
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`the visitor never got the frame; got ${JSON.stringify(received)}`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        arrivals.delete(check);
      };
      arrivals.add(check);
      check();
    });
  return { context, send, waitFor, frames: () => [...received] };
}
