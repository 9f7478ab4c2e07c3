/**
 * Lighthouse on the public help pages (issue 14: "fast on a phone", measured here, never asserted
 * in tests): `/help/en` (where `/help` lands), an article, and a company's article, each audited
 * `runs` times with Lighthouse's defaults — mobile form factor, simulated slow-4G throttling and
 * 4× CPU slowdown — in Debian's Chromium. The median score per page counts, since one run on a
 * shared machine can land low; the budgets take the worst page.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from '../../e2e/support/browser';
import { chromiumPath } from '../../scripts/lib.mjs';
import { DEMO } from '../../scripts/seed-sql.mjs';
import { type DevServer, demoOwnerCookie, startDevServer } from '../lib/dev-server';

export interface HelpLighthouseOptions {
  /** Lighthouse runs per page; the median score counts. */
  runs: number;
}

export interface PageScores {
  path: string;
  /** Median category scores, 0–100. */
  performance: number;
  accessibility: number;
  /** Every run's scores, in order. */
  runs: { performance: number; accessibility: number }[];
  /** The last run's audits that cost points (score < 1), by id, for fixing the page. */
  failing: string[];
}

export interface HelpLighthouseResult {
  /** What the runs emulated, from Lighthouse's own report (mobile, simulated throttling by default). */
  settings: { lighthouse: string; formFactor: string; throttlingMethod: string; chromium: string };
  pages: PageScores[];
}

const COMPANY_ARTICLE = {
  slug: 'returns',
  published: true,
  translations: [
    {
      lang: 'en',
      title: 'Returning an order',
      body: [
        'You can send any order back within **30 days** of delivery.',
        '',
        '## How to return',
        '',
        '1. Open your order in the account.',
        '2. Choose **Return** and print the label.',
        '3. Drop the parcel at any post office.',
        '',
        'The money is back on your card within five working days. [Contact us](https://shop.localhost/) if it is not.',
      ].join('\n'),
    },
  ],
};

export async function measureHelpLighthouse(dir: string, o: HelpLighthouseOptions): Promise<HelpLighthouseResult> {
  const server = await startDevServer(dir);
  let chrome: { port: number; stop(): void } | undefined;
  try {
    await addCompanyArticle(server);
    chrome = await startChromium();
    const paths = ['/help/en', '/help/en/add-widget-to-site', `/help/c/${DEMO.company.publicKey}/en/${COMPANY_ARTICLE.slug}`];
    const pages: PageScores[] = [];
    let settings: HelpLighthouseResult['settings'] | undefined;
    for (const path of paths) {
      const audited = await auditPage(`${server.url}${path}`, path, chrome.port, o.runs);
      pages.push(audited.scores);
      settings = audited.settings;
    }
    if (!settings) throw new Error('no page audited');
    return { settings, pages };
  } finally {
    chrome?.stop();
    server.stop();
  }
}

/** The demo company writes one help article through the members' API. */
async function addCompanyArticle(server: DevServer): Promise<void> {
  const headers = { 'content-type': 'application/json', origin: server.url };
  const cookie = await demoOwnerCookie(server);
  const res = await fetch(`${server.url}/api/companies/${DEMO.company.id}/articles`, {
    method: 'POST',
    headers: { ...headers, cookie },
    body: JSON.stringify(COMPANY_ARTICLE),
  });
  if (res.status !== 201) throw new Error(`creating the company article answered ${res.status}: ${await res.text()}`);
}

/** Chromium with the repository's flags and a DevTools port of its own, which Lighthouse drives. */
async function startChromium(): Promise<{ port: number; stop(): void }> {
  const path = chromiumPath();
  if (!path) throw new Error('Chromium not found: apt-get install -y chromium (or set CHROMIUM_PATH).');
  const profile = mkdtempSync(join(tmpdir(), 'parley-lighthouse-'));
  const child: ChildProcess = spawn(path, [...CHROMIUM_ARGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const stop = () => {
    child.kill();
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let err = '';
      child.stderr?.on('data', (chunk: Buffer) => {
        err += chunk.toString();
        const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
        if (m) resolve(Number(m[1]));
      });
      child.once('exit', (code) => reject(new Error(`Chromium exited (${code}) before DevTools listened: ${err.slice(-500)}`)));
    });
    return { port, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function auditPage(
  url: string,
  path: string,
  port: number,
  runs: number,
): Promise<{ scores: PageScores; settings: HelpLighthouseResult['settings'] }> {
  const scores: PageScores['runs'] = [];
  let failing: string[] = [];
  let settings: HelpLighthouseResult['settings'] | undefined;
  for (let i = 0; i < runs; i++) {
    const result = await lighthouse(url, { port, logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse on ${path}: ${lhr.runtimeError.message}`);
    // A redirect or an error page would score a page we did not mean to measure.
    if (new URL(lhr.finalDisplayedUrl).pathname !== path) throw new Error(`Lighthouse on ${path} ended on ${lhr.finalDisplayedUrl}`);
    settings = {
      lighthouse: lhr.lighthouseVersion,
      formFactor: lhr.configSettings.formFactor,
      throttlingMethod: lhr.configSettings.throttlingMethod,
      chromium: lhr.environment.hostUserAgent,
    };
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    scores.push({ performance: score('performance'), accessibility: score('accessibility') });
    const counted = new Set(
      ['performance', 'accessibility'].flatMap((c) => (lhr.categories[c]?.auditRefs ?? []).filter((r) => r.weight > 0).map((r) => r.id)),
    );
    failing = Object.values(lhr.audits)
      .filter((a) => counted.has(a.id) && a.score !== null && a.score < 1)
      .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
  }
  if (!settings) throw new Error(`Lighthouse did not run on ${path}`);
  const scoresOf = {
    path,
    performance: median(scores.map((s) => s.performance)),
    accessibility: median(scores.map((s) => s.accessibility)),
    runs: scores,
    failing,
  };
  return { scores: scoresOf, settings };
}
