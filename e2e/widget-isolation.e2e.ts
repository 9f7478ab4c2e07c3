import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../scripts/seed-sql.mjs';
import { launchBrowser } from './support/browser';
import { instrument, port, waitReady, widget } from './widget-support';

let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(async () => browser?.close());

/** Applied before any page script runs, through a constructable sheet (the demo page's CSP allows no inline style). */
const HOSTILE_CSS = `
  * { all: unset; display: none !important; }
  html, body { display: block !important; }
  parley-widget { all: unset !important; display: none !important; opacity: 0 !important; transform: scale(0) !important; }
`;

describe('widget isolation', () => {
  it('refuses to start on a domain nobody registered, downloading nothing more', async () => {
    const context = await browser.newContext();
    // A fake clock lets the test run out every retry delay the loader could set, without waiting.
    await context.clock.install();
    const tab = await context.newPage();
    const requested: string[] = [];
    tab.on('request', (r) => requested.push(new URL(r.url()).pathname));
    // The loader's socket upgrades, as the page makes them.
    const upgrades: string[] = [];
    tab.on('websocket', (ws) => upgrades.push(new URL(ws.url()).pathname));
    const warnings: string[] = [];
    tab.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    // The demo site serves an unregistered *.localhost host too when told which key to embed. The
    // server refuses the socket's upgrade (403), which a page sees as any failed connection.
    await tab.goto(`http://stranger.localhost:${port}/?key=${DEMO.company.publicKey}`);
    // The loader's retry delays (2 s, doubling, four times) run on the fake clock, moved on in steps
    // until each refusal came back and the next try started: five tries, then one warning.
    const warned = () => warnings.filter((w) => w.includes('registered')).length;
    await expect
      .poll(
        async () => {
          await tab.clock.runFor(2000);
          return warned();
        },
        { interval: 50, timeout: 60_000 },
      )
      .toBe(1);
    // Nothing more, however long the page stays.
    await tab.clock.runFor(60_000);
    expect(warned()).toBe(1);
    expect(upgrades).toEqual(Array.from({ length: 5 }, () => '/api/widget/connect'));
    expect(requested.filter((p) => p.startsWith('/api/'))).toEqual([]);
    expect(await tab.locator('parley-widget').count()).toBe(0);
    expect(requested.some((p) => p.startsWith('/w/'))).toBe(false);
    expect(await tab.evaluate(() => Object.keys(window).filter((k) => k.toLowerCase().includes('parley')))).toEqual(['Parley']);
    await context.close();
  });

  it('stays intact under hostile page CSS', async () => {
    const context = await browser.newContext();
    await instrument(context);
    await context.addInitScript((css) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      document.adoptedStyleSheets = [sheet];
    }, HOSTILE_CSS);
    const tab = await context.newPage();
    // The demo shop has the offline form on, so with nobody online the launcher offers it.
    await tab.goto(`http://${DEMO.company.host}:${port}/`);
    await waitReady(tab);
    expect(await tab.locator('main').isVisible()).toBe(false);
    const w = widget(tab);
    await w.launcher.waitFor({ state: 'visible' });
    const box = await w.launcher.boundingBox();
    expect(box && box.width >= 50 && box.height >= 50).toBe(true);
    await w.launcher.click();
    await w.panel.waitFor();
    const email = tab.getByLabel('Your email');
    await email.waitFor();
    // The widget's own styles apply in full: sizes and colours as designed, not the page's.
    expect(await email.evaluate((el) => getComputedStyle(el).fontSize)).toBe('13px');
    expect(await w.panel.evaluate((el) => getComputedStyle(el).width)).toBe('370px');
    await context.close();
  });

  it('keeps its own CSS out of the page', async () => {
    const context = await browser.newContext();
    await instrument(context);
    const tab = await context.newPage();
    await tab.goto(`http://${DEMO.company.host}:${port}/`);
    await waitReady(tab);
    await widget(tab).launcher.waitFor({ state: 'visible' });
    // A page element with the widget's own class names picks up none of its rules.
    const position = await tab.evaluate(() => {
      const own = document.createElement('button');
      own.className = 'l p bt';
      document.body.append(own);
      return getComputedStyle(own).position;
    });
    expect(position).toBe('static');
    await context.close();
  });
});
