/**
 * The widget and the chat page in Chromium, on the demo shop (issue 11: timings that must not be
 * test assertions). Three figures:
 * - the longest long task on the host page while the widget starts (each load in a fresh
 *   context, so nothing is cached), from a PerformanceObserver installed before any page script;
 * - an operator's socket says hello → the launcher shows on a page already open (nobody was
 *   online and the offline form is off, so it was hidden), the first change after a quiet push gap;
 * - a fast response is edited through the API → the new text is in the chat page's open picker.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AVAILABILITY_PUSH_GAP_MS, PROTOCOL_VERSION } from '../../common/protocol';
import { launchBrowser } from '../../e2e/support/browser';
import { DEMO } from '../../scripts/seed-sql.mjs';
import { type DevServer, demoOwnerCookie, startDevServer } from '../lib/dev-server';
import { SocketClient, sleep } from '../lib/socket-client';
import { type Summary, summarize } from '../lib/stats';

export interface WidgetPageOptions {
  /** Page loads measured for long tasks. */
  loads: number;
  /** Samples of each push timing. */
  rounds: number;
}

export interface WidgetPageResult {
  loads: number;
  /** Per load, the longest long task until the widget was ready (0 when there was none), ms. */
  longestTask: Summary;
  /** Operator hello sent → launcher visible, ms. */
  shown: Summary;
  /** Fast-response PATCH sent → the new text in the open picker, ms. */
  fastResponse: Summary;
}

const WAIT_MS = 30_000;
const NICKNAME = 'benchpush';

export async function measureWidgetPage(dir: string, o: WidgetPageOptions): Promise<WidgetPageResult> {
  const server = await startDevServer(dir);
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const api = await ownerApi(server);
    // With the offline form off, the launcher shows only while someone is online.
    await api('PATCH', '', { offlineFormEnabled: false });
    const longest: number[] = [];
    for (let i = 0; i < o.loads; i++) longest.push(await longestTaskOfOneLoad(browser, server));
    const shown = await launcherShown(browser, server, api.cookie, o.rounds);
    const fastResponse = await fastResponseShown(browser, server, api, o.rounds);
    return { loads: o.loads, longestTask: summarize(longest), shown: summarize(shown), fastResponse: summarize(fastResponse) };
  } finally {
    await browser?.close();
    server.stop();
  }
}

type Api = ((method: string, path: string, body?: unknown) => Promise<unknown>) & { cookie: string };

/** The demo owner's API client for the demo company (`path` is relative to the company). */
async function ownerApi(server: DevServer): Promise<Api> {
  const cookie = await demoOwnerCookie(server);
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${server.url}/api/companies/${DEMO.company.id}${path}`, {
      method,
      headers: { 'content-type': 'application/json', origin: server.url, cookie },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${await res.text()}`);
    return res.status === 204 ? null : res.json();
  };
  return Object.assign(call, { cookie });
}

const shopUrl = (server: DevServer) => `http://${DEMO.company.host}:${server.port}/`;

/**
 * What every page runs before its own scripts: long tasks and the widget's `ready` event are
 * recorded. A string, not a function: tsx would wrap its named inner functions in a helper
 * (`__name`) the page doesn't have.
 */
const RECORDER = `
  window.benchLongTasks = [];
  window.benchReady = false;
  new PerformanceObserver((list) => window.benchLongTasks.push(...list.getEntries().map((e) => e.duration)))
    .observe({ type: 'longtask', buffered: true });
  let api;
  Object.defineProperty(window, 'Parley', {
    configurable: true,
    get: () => api,
    set: (value) => {
      api = value;
      value.on('ready', () => { window.benchReady = true; });
    },
  });
`;

/** A context whose pages record long tasks and the widget's `ready` event from their first script on. */
async function instrumented(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.addInitScript({ content: RECORDER });
  return context;
}

// Functions handed to the page are anonymous arrows: those tsx leaves as they are (string
// expressions would need eval, which the demo shop's CSP forbids).
const widgetReady = (page: Page) =>
  page.waitForFunction(() => (window as unknown as { benchReady: boolean }).benchReady, null, { timeout: WAIT_MS });

async function longestTaskOfOneLoad(browser: Browser, server: DevServer): Promise<number> {
  const context = await instrumented(browser);
  try {
    const page = await context.newPage();
    await page.goto(shopUrl(server));
    await widgetReady(page);
    // Observer callbacks run after the task they report: let one more frame and task go by, then read.
    return await page.evaluate(
      () =>
        new Promise<number>((resolve) =>
          requestAnimationFrame(() =>
            setTimeout(() => resolve(Math.max(0, ...(window as unknown as { benchLongTasks: number[] }).benchLongTasks))),
          ),
        ),
    );
  } finally {
    await context.close();
  }
}

/** Opens the owner's operator socket and says hello; resolves with the socket and when the hello left. */
async function operatorHello(server: DevServer, cookie: string): Promise<{ socket: SocketClient; sentAt: number }> {
  const socket = await SocketClient.open(`${server.url.replace(/^http/, 'ws')}/api/companies/${DEMO.company.id}/connect`, {
    origin: server.url,
    cookie,
  });
  const welcome = socket.waitFor((f) => f.type === 'welcome', WAIT_MS, 'operator welcome');
  const sentAt = performance.now();
  socket.send({ type: 'hello', protocol: PROTOCOL_VERSION, status: 'online', resume: [] });
  await welcome;
  return { socket, sentAt };
}

async function launcherShown(browser: Browser, server: DevServer, cookie: string, rounds: number): Promise<number[]> {
  const context = await instrumented(browser);
  const samples: number[] = [];
  try {
    const page = await context.newPage();
    await page.goto(shopUrl(server));
    await widgetReady(page);
    const launcher = page.locator('parley-widget button.l');
    for (let r = 0; r < rounds; r++) {
      await launcher.waitFor({ state: 'hidden', timeout: WAIT_MS });
      // Idle widgets hear of changes at most once per gap (F10); an operator coming online after a
      // quiet gap is what this times, so each round starts a gap after the last push.
      await sleep(AVAILABILITY_PUSH_GAP_MS);
      const visible = launcher.waitFor({ state: 'visible', timeout: WAIT_MS }).then(() => performance.now());
      const { socket, sentAt } = await operatorHello(server, cookie);
      samples.push((await visible) - sentAt);
      socket.close();
      await socket.closed;
    }
  } finally {
    await context.close();
  }
  return samples;
}

async function fastResponseShown(browser: Browser, server: DevServer, api: Api, rounds: number): Promise<number[]> {
  const context = await browser.newContext();
  const samples: number[] = [];
  let visitor: SocketClient | undefined;
  try {
    const login = await context.request.post(`${server.url}/api/auth/login`, {
      data: { email: DEMO.owner.email, password: DEMO.owner.password },
      headers: { origin: server.url },
    });
    if (login.status() !== 200) throw new Error(`chat page login answered ${login.status()}`);
    const page = await context.newPage();
    await page.goto(`${server.url}/companies/${DEMO.company.id}/chat`);
    await page.getByRole('button', { name: 'Enable sound' }).click({ timeout: WAIT_MS });
    await page.getByTestId('connection').filter({ hasText: 'Online · receiving chats' }).waitFor({ timeout: WAIT_MS });

    // A chat to open, so the composer (and its picker) is on the page.
    visitor = await SocketClient.open(`${server.url.replace(/^http/, 'ws')}/api/widget/connect?key=${DEMO.company.publicKey}`, {
      origin: shopUrl(server).slice(0, -1),
    });
    const welcome = visitor.waitFor((f) => f.type === 'welcome', WAIT_MS, 'visitor welcome');
    visitor.send({
      type: 'hello',
      protocol: PROTOCOL_VERSION,
      visitorId: 'bench-visitor',
      visitorSecret: 'bench-visitor-secret-0123456789abcdef',
      language: 'en',
      category: DEMO.categories.sales.id,
      page: { url: shopUrl(server), title: 'Demo Shop', referrer: '' },
    });
    await welcome;
    const stored = visitor.waitFor((f) => f.type === 'message', WAIT_MS, 'message acknowledgement');
    visitor.send({ type: 'message', clientId: 'bench-1', text: 'A question for the bench' });
    const chatId = (await stored).frame.chatId as string;
    await page.locator(`[data-chat-id="${chatId}"]`).click({ timeout: WAIT_MS });

    const created = (await api('POST', '/fast-responses', { nickname: NICKNAME, text: 'Bench wording 0' })) as { id: string };
    const options = page.getByRole('listbox').getByRole('option');
    await page.locator('#chat-composer').pressSequentially(`\\${NICKNAME}`);
    await options.filter({ hasText: 'Bench wording 0' }).waitFor({ timeout: WAIT_MS });
    for (let r = 1; r <= rounds; r++) {
      const text = `Bench wording ${r}`;
      const shown = options
        .filter({ hasText: text })
        .waitFor({ timeout: WAIT_MS })
        .then(() => performance.now());
      const sentAt = performance.now();
      await api('PATCH', `/fast-responses/${created.id}`, { nickname: NICKNAME, text });
      samples.push((await shown) - sentAt);
    }
  } finally {
    visitor?.close();
    await context.close();
  }
  return samples;
}
