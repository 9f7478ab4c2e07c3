// Every console page at desktop and phone size, in the light and the dark scheme: each must show
// its heading and fit the screen's width, and each is written as a PNG to test-results/screenshots/
// (git-ignored) for a person to look at.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Account, newAccount, registerVerified } from './support/accounts';
import { serviceAdmin } from './support/admin';
import { launchBrowser } from './support/browser';
import { watchErrors } from './support/page-errors';
import { type ShowcaseCompany, showcaseCompany } from './support/showcase-company';

const baseUrl = inject('baseUrl');
const SCREENSHOT_DIR = path.join(import.meta.dirname, '..', 'test-results', 'screenshots');

const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 375, height: 812 },
} as const;
type ViewportName = keyof typeof VIEWPORTS;
const SCHEMES = ['light', 'dark'] as const;

interface ConsolePage {
  name: string;
  /** Who looks: signed out, the showcase company's owner, an owner without any company, or a service admin. */
  as: 'guest' | 'owner' | 'newcomer' | 'admin';
  path: (c: ShowcaseCompany) => string;
  heading: string | RegExp;
  /** Text that shows once the page's data is in (the heading alone may come first), or a wait of the page's own. */
  ready?: string | ((page: Page) => Promise<unknown>);
  /** What a person does first, once the page is ready (opens a dialog, say). */
  act?: (page: Page) => Promise<unknown>;
  /** A whole-page shot; pages that grow with the run's history show their first screen only. */
  fullPage?: boolean;
}

const area = (c: ShowcaseCompany, section = '') => `/companies/${c.companyId}${section ? `/${section}` : ''}`;

const PAGES: ConsolePage[] = [
  { name: 'login', as: 'guest', path: () => '/login', heading: 'Log in' },
  { name: 'signup', as: 'guest', path: () => '/signup', heading: 'Create your account' },
  { name: 'forgot-password', as: 'guest', path: () => '/forgot-password', heading: 'Reset your password' },
  { name: 'check-email', as: 'guest', path: () => '/check-email?email=new%40example.test', heading: 'Check your mail' },
  { name: 'dev-mail', as: 'guest', path: () => '/dev/mail', heading: /^Dev mailbox/, fullPage: false },
  { name: 'companies-empty', as: 'newcomer', path: () => '/companies', heading: 'Create your first company' },
  { name: 'companies', as: 'owner', path: () => '/companies', heading: 'Companies', ready: 'Northwind Goods' },
  { name: 'overview', as: 'owner', path: (c) => area(c), heading: 'Overview', ready: 'of 5 done' },
  {
    name: 'chat',
    as: 'owner',
    path: (c) => `${area(c, 'chat')}?chat=${c.liveChatId}`,
    heading: /^Chats/,
    ready: 'I mostly run in the rain',
  },
  {
    name: 'close-chat-dialog',
    as: 'owner',
    path: (c) => `${area(c, 'chat')}?chat=${c.liveChatId}`,
    heading: 'Close this chat?',
    ready: 'I mostly run in the rain',
    act: (page) => page.getByRole('button', { name: 'Close chat' }).click(),
    fullPage: false,
  },
  { name: 'history', as: 'owner', path: (c) => area(c, 'chat/history'), heading: 'Chat history', ready: 'Do you ship to Kyiv?' },
  {
    name: 'offline-messages',
    as: 'owner',
    path: (c) => area(c, 'offline-messages'),
    heading: 'Offline messages',
    ready: 'Return of order 1042',
  },
  // The showcase's chats reach the report only after the room's next flush; its offline message shows at once.
  { name: 'reports', as: 'owner', path: (c) => area(c, 'reports'), heading: 'Reports', ready: 'Everyone ·' },
  { name: 'company-settings', as: 'owner', path: (c) => area(c, 'settings'), heading: 'Settings' },
  { name: 'domains', as: 'owner', path: (c) => area(c, 'domains'), heading: 'Domains', ready: 'northwind.example' },
  { name: 'languages', as: 'owner', path: (c) => area(c, 'languages'), heading: 'Languages', ready: 'Ukrainian' },
  { name: 'categories', as: 'owner', path: (c) => area(c, 'categories'), heading: 'Categories', ready: 'Returns' },
  { name: 'operators', as: 'owner', path: (c) => area(c, 'operators'), heading: 'Operators', ready: 'colleague-' },
  {
    name: 'destinations',
    as: 'owner',
    path: (c) => area(c, `operators/${c.owner.id}/destinations`),
    heading: /^Destination management/,
    ready: 'Ukrainian',
  },
  { name: 'fast-responses', as: 'owner', path: (c) => area(c, 'fast-responses'), heading: 'Fast responses', ready: 'two working days' },
  { name: 'plan', as: 'owner', path: (c) => area(c, 'plan'), heading: 'Plan', ready: 'Paid until' },
  { name: 'widget-code', as: 'owner', path: (c) => area(c, 'widget/code'), heading: 'Widget code', ready: 'Copy code' },
  {
    name: 'test-chat',
    as: 'owner',
    path: (c) => area(c, 'widget/test-chat'),
    heading: 'Test chat',
    // The owner is online, so the widget's launcher shows in the frame.
    ready: (page) => page.frameLocator('iframe.test-chat-frame').locator('parley-widget button.l').waitFor(),
  },
  { name: 'settings-profile', as: 'owner', path: () => '/settings/profile', heading: 'Display name' },
  { name: 'settings-general', as: 'owner', path: () => '/settings/general', heading: 'Avatar' },
  { name: 'settings-companies', as: 'owner', path: () => '/settings/companies', heading: 'My companies', ready: 'Northwind Goods' },
  { name: 'settings-sessions', as: 'owner', path: () => '/settings/sessions', heading: 'Where you’re signed in' },
  { name: 'not-found', as: 'owner', path: () => '/no-such-page', heading: 'Page not found' },
  { name: 'company-help', as: 'owner', path: (c) => area(c, 'help'), heading: 'Help center', ready: 'No articles' },
  { name: 'company-help-new', as: 'owner', path: (c) => area(c, 'help/new'), heading: 'New article', ready: 'Українська' },
  { name: 'help-articles', as: 'admin', path: () => '/help-articles', heading: 'Help articles', ready: 'Setting up a new company' },
  {
    name: 'help-article-editor',
    as: 'admin',
    path: () => '/help-articles/first-time-setup',
    heading: 'Edit article',
    ready: (page) => page.locator('.help-preview strong').first().waitFor(),
  },
  { name: 'help-feedback', as: 'admin', path: () => '/help-articles/feedback', heading: 'Votes and feedback' },
  // The public help pages (server-rendered by the worker, not the console), in the same sizes and schemes.
  { name: 'help', as: 'guest', path: () => '/help/en', heading: 'Parley help' },
  { name: 'help-search', as: 'guest', path: () => '/help/en?q=widget', heading: 'Results for “widget”' },
  { name: 'help-article', as: 'guest', path: () => '/help/uk/first-time-setup', heading: 'Налаштування нової компанії' },
  { name: 'help-not-found', as: 'guest', path: () => '/help/en/no-such-article', heading: 'Page not found' },
];

describe('every console page, desktop and phone, light and dark', () => {
  let browser: Browser;
  let company: ShowcaseCompany & { done(): Promise<void> };
  let newcomer: Account;
  let admin: Account;
  const contexts = new Map<string, BrowserContext>();

  beforeAll(async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    browser = await launchBrowser();
    [company, newcomer, admin] = await Promise.all([showcaseCompany(browser), registerVerified(newAccount('newcomer')), serviceAdmin()]);
  });

  afterAll(async () => {
    await Promise.all([...contexts.values()].map((c) => c.close()));
    await company?.done();
    await browser?.close();
  });

  /** One browser context per viewport and person, signed in through the API unless a guest. */
  async function contextFor(viewport: ViewportName, as: ConsolePage['as']): Promise<BrowserContext> {
    const key = `${viewport}-${as}`;
    const existing = contexts.get(key);
    if (existing) return existing;
    const context = await browser.newContext({ viewport: VIEWPORTS[viewport] });
    contexts.set(key, context);
    const who = { owner: company.owner, newcomer, admin, guest: null }[as];
    if (who) {
      const res = await context.request.post(`${baseUrl}/api/auth/login`, {
        data: { email: who.email, password: who.password },
        headers: { Origin: baseUrl },
      });
      expect(res.status()).toBe(200);
    }
    return context;
  }

  const cases = (Object.keys(VIEWPORTS) as ViewportName[]).flatMap((viewport) => PAGES.map((p) => ({ viewport, ...p })));

  it.each(cases)('$name at $viewport size', async ({ viewport, name, as, path: pathOf, heading, ready, act, fullPage }) => {
    const page = await (await contextFor(viewport, as)).newPage();
    const errors = watchErrors(page);
    try {
      await page.goto(`${baseUrl}${pathOf(company)}`);
      if (typeof ready === 'string') await page.getByText(ready).filter({ visible: true }).first().waitFor();
      else await ready?.(page);
      await act?.(page);
      await page
        .getByRole('heading', { name: heading, exact: typeof heading === 'string' })
        .first()
        .waitFor();
      for (const colorScheme of SCHEMES) {
        await page.emulateMedia({ colorScheme });
        // Nothing sticks out sideways: the page scrolls only down, at either size.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${name} is wider than the ${viewport} screen`).toBeLessThanOrEqual(0);
        await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-${viewport}-${colorScheme}.png`), fullPage: fullPage ?? true });
      }
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('rings every control the keyboard reaches', async () => {
    const page = await (await contextFor('desktop', 'owner')).newPage();
    for (const section of ['settings', 'operators', `chat?chat=${company.liveChatId}`]) {
      await page.goto(`${baseUrl}/companies/${company.companyId}/${section}`);
      await page.getByRole('navigation', { name: 'Company' }).waitFor();
      await page.locator('.company-page h2').first().waitFor();
      const unringed: string[] = [];
      // Tab through the page until focus comes back to where it started.
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const el = document.activeElement;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          // An outline, or the 3 px focus shadow text fields wear instead (every button has a 1 px shadow anyway).
          const ring =
            (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0) || style.boxShadow.includes('0px 0px 0px 3px');
          return {
            name: `${el.tagName.toLowerCase()} “${(el.textContent || el.getAttribute('aria-label') || el.id).trim().slice(0, 40)}”`,
            ring,
          };
        });
        if (!focused) break;
        if (!focused.ring) unringed.push(focused.name);
      }
      expect(unringed, `${section}: controls without a focus ring`).toEqual([]);
    }
    await page.close();
  });

  it('shows Away with an amber dot, never the green of Online', async () => {
    const page = await (await contextFor('desktop', 'owner')).newPage();
    await page.goto(`${baseUrl}/companies/${company.companyId}/chat`);
    const connection = page.getByTestId('connection');
    const dot = () => connection.evaluate((el) => getComputedStyle(el, '::before').backgroundColor);
    /** A token's colour as the browser computes it. */
    const token = (name: string) =>
      page.evaluate((name) => {
        const probe = document.createElement('span');
        probe.style.backgroundColor = `var(${name})`;
        document.body.append(probe);
        const colour = getComputedStyle(probe).backgroundColor;
        probe.remove();
        return colour;
      }, name);

    await connection.filter({ hasText: 'Online · receiving chats' }).waitFor();
    expect(await dot()).toBe(await token('--success'));
    await page.getByRole('radio', { name: 'Away' }).click();
    await connection.filter({ hasText: 'Away · no new chats' }).waitFor();
    expect(await dot()).toBe(await token('--warning-dot'));
    expect(await dot()).not.toBe(await token('--success'));
    await page.close();
  });
});
