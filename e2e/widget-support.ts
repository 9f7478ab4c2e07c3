// Helpers for the widget end-to-end tests: API calls as the demo owner, test companies on their
// own *.localhost demo domains, an operator socket opened from a console page, widget locators.
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { DEMO } from '../scripts/seed-sql.mjs';

export const baseUrl = inject('baseUrl');
export const port = inject('port');
const runId = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** A logged-in API client (Node fetch, the console's Origin so CSRF checks pass). */
export async function apiAs(email: string, password: string) {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: baseUrl },
    body: JSON.stringify({ email, password }),
  });
  expect(login.status).toBe(200);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return async <T = unknown>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', Origin: baseUrl, Cookie: cookie },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${await res.text()}`);
    return (res.status === 204 ? null : await res.json()) as T;
  };
}

export type Api = Awaited<ReturnType<typeof apiAs>>;
export const ownerApi = () => apiAs(DEMO.owner.email, DEMO.owner.password);

export interface TestCompany {
  id: string;
  publicKey: string;
  host: string;
  url: string;
  categoryId: string;
}

/** A fresh company owned by the demo owner, who serves `en` + its one category; its own demo domain; `settings` PATCHed. */
export async function createCompany(
  api: Api,
  name: string,
  settings: { offlineFormEnabled: boolean } & Record<string, unknown>,
): Promise<TestCompany> {
  const company = await api<{ id: string; publicKey: string }>('POST', '/api/companies', { name: `${name} ${runId}` });
  const host = `${name.toLowerCase().replace(/\W+/g, '')}-${runId}.localhost`;
  const base = `/api/companies/${company.id}`;
  await api('POST', `${base}/domains`, { host });
  await api('POST', `${base}/languages`, { code: 'en' });
  const category = await api<{ id: string }>('POST', `${base}/categories`, { name: 'Sales' });
  await api('PUT', `${base}/operators/${DEMO.owner.id}/destinations`, { languages: ['en'], categories: [category.id] });
  await api('PATCH', base, settings);
  return { id: company.id, publicKey: company.publicKey, host, url: `http://${host}:${port}/`, categoryId: category.id };
}

/** An operator's chat-page socket, opened by a console page in its own browser context. */
export interface OperatorSocket {
  context: BrowserContext;
  page: Page;
  /** Every frame received so far, oldest first. */
  frames(): Promise<{ type: string; [k: string]: unknown }[]>;
  send(frame: unknown): Promise<void>;
  waitFor(predicate: string, timeoutMs?: number): Promise<{ type: string; [k: string]: unknown }>;
}

/** Logs in on the console in a second context and goes online for `companyId` (F10). */
export async function operatorOnline(browser: Browser, companyId: string, who = DEMO.owner): Promise<OperatorSocket> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${baseUrl}/`);
  await page.evaluate(
    async ({ email, password, companyId }) => {
      const res = await fetch('/api/auth/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password }),
      });
      if (!res.ok) throw new Error(`login ${res.status}`);
      const w = window as unknown as { op: WebSocket; frames: unknown[] };
      w.frames = [];
      await new Promise<void>((resolve, reject) => {
        w.op = new WebSocket(`${location.origin.replace(/^http/, 'ws')}/api/companies/${companyId}/connect`);
        w.op.onmessage = (e) => {
          const frame = JSON.parse(e.data);
          w.frames.push(frame);
          if (frame.type === 'welcome') resolve();
        };
        w.op.onerror = () => reject(new Error('operator socket failed'));
        w.op.onopen = () => w.op.send(JSON.stringify({ type: 'hello', protocol: 2, status: 'online' }));
      });
    },
    { email: who.email, password: who.password, companyId },
  );
  return {
    context,
    page,
    frames: () => page.evaluate(() => (window as unknown as { frames: { type: string }[] }).frames) as never,
    send: (frame) => page.evaluate((f) => (window as unknown as { op: WebSocket }).op.send(JSON.stringify(f)), frame),
    // The predicate runs here, in Node: the console's CSP forbids evaluating strings in the page.
    waitFor: async (predicate, timeoutMs = 15_000) => {
      const matches = new Function('f', `return ${predicate}`) as (f: unknown) => boolean;
      // Not expect.poll: set-ups in beforeAll call this too, outside any test. Each pass waits in
      // the page for the next frame (or the deadline), so nothing sleeps on a fixed step.
      const until = Date.now() + timeoutMs;
      for (;;) {
        const frames = await page.evaluate(() => (window as unknown as { frames: unknown[] }).frames);
        const found = frames.find(matches);
        if (found !== undefined) return found as never;
        const left = until - Date.now();
        if (left <= 0) throw new Error(`no operator frame matched ${predicate} within ${timeoutMs} ms`);
        await page.evaluate(
          ({ seen, left }) =>
            new Promise<void>((resolve) => {
              const w = window as unknown as { op: WebSocket; frames: unknown[] };
              if (w.frames.length > seen) return resolve();
              w.op.addEventListener('message', () => resolve(), { once: true });
              setTimeout(resolve, left);
            }),
          { seen: frames.length, left },
        );
      }
    },
  };
}

/** Records the widget's `ready` event from the very start of every page load. */
export async function instrument(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { widgetReady: boolean; Parley?: unknown };
    w.widgetReady = false;
    let api: { on(e: string, fn: () => void): void } | undefined;
    Object.defineProperty(window, 'Parley', {
      configurable: true,
      get: () => api,
      set: (value) => {
        api = value;
        value.on('ready', () => (w.widgetReady = true));
      },
    });
  });
}

/**
 * Resolves with the first frame matching `match` that any WebSocket of `page` receives after this
 * call (the widget's own socket included); set it up before the action that should cause it.
 */
export function frameReceived(page: Page, match: (frame: { type: string; [k: string]: unknown }) => boolean) {
  return new Promise<{ type: string; [k: string]: unknown }>((resolve) => {
    page.on('websocket', (ws) =>
      ws.on('framereceived', ({ payload }) => {
        if (typeof payload !== 'string') return;
        const frame = JSON.parse(payload) as { type: string };
        if (match(frame)) resolve(frame);
      }),
    );
  });
}

/** Locators inside the widget's shadow root (Playwright's CSS engine pierces open shadow roots). */
export function widget(page: Page | Frame) {
  return {
    host: page.locator('parley-widget'),
    launcher: page.locator('parley-widget button.l'),
    panel: page.getByRole('dialog'),
    composer: page.locator('parley-widget textarea'),
    log: page.locator('parley-widget div.lg'),
    bubbles: page.locator('parley-widget div.lg div.m'),
  };
}

/** Waits for the widget's `ready` event, recorded by {@link instrument}, in a page or a frame. */
export const waitReady = (page: Page | Frame) =>
  page.waitForFunction(() => (window as unknown as { widgetReady: boolean }).widgetReady, null, { timeout: 30_000 });
