import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { builtPages, distDir } from '../support/dist';
import { serveDirectory } from '../support/server';

/**
 * Every page in Chromium, served twice: as a plain static host would (the policy comes from each
 * page's <meta>), and with the site-wide policy of dist/_headers sent as an HTTP header too. Each
 * request and each CSP violation is recorded.
 */
const paths = [...builtPages().map((p) => p.path), '/404.html'];
const headerPolicy = /Content-Security-Policy: (.*)/.exec(readFileSync(join(distDir, '_headers'), 'utf8'))?.[1];

let browser: Browser;
const sites: { label: string; url: string; close: () => Promise<void> }[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  if (!headerPolicy) throw new Error('dist/_headers has no Content-Security-Policy line');
  sites.push({ label: 'policy in <meta>', ...(await serveDirectory(distDir)) });
  sites.push({ label: 'policy in <meta> and header', ...(await serveDirectory(distDir, { headers: { 'content-security-policy': headerPolicy } })) });
});
afterAll(async () => {
  await browser?.close();
  for (const s of sites) await s.close();
});

interface Recorder {
  context: BrowserContext;
  page: Page;
  /** Requests to any origin other than the test server, as `page → url`. */
  foreign: string[];
  /** CSP violations and CSP console errors, as `page → what`. */
  violations: string[];
  at: string;
  /** Reads the violations the page recorded since it loaded. */
  collect(): Promise<void>;
}

async function recorder(origin: string): Promise<Recorder> {
  const context = await browser.newContext();
  // Registered before any script of the page runs, so nothing escapes it.
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
    });
  });
  const page = await context.newPage();
  const r: Recorder = {
    context,
    page,
    foreign: [],
    violations: [],
    at: '',
    async collect() {
      const seen = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
      r.violations.push(...seen.map((v) => `${r.at}: ${v}`));
    },
  };
  context.on('request', (request) => {
    const url = request.url();
    if (/^(data|blob|about):/.test(url)) return;
    if (new URL(url).origin !== origin) r.foreign.push(`${r.at}: ${request.method()} ${url}`);
  });
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy|Refused to/i.test(message.text())) r.violations.push(`${r.at}: console: ${message.text()}`);
  });
  return r;
}

/** Waits until Starlight has loaded what it loads when idle (the Pagefind UI). */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(null), { timeout: 2000 })));
}

describe('in Chromium, every page', () => {
  for (const which of [0, 1]) {
    it(`requests nothing from another origin and violates no CSP directive (${which ? 'policy in <meta> and header' : 'policy in <meta>'})`, { timeout: 600_000 }, async () => {
      const site = sites[which]!;
      const origin = new URL(site.url).origin;
      expect(new URL(site.url).hostname).toBe('127.0.0.1');
      const r = await recorder(origin);
      try {
        for (const path of paths) {
          r.at = path;
          await r.page.goto(site.url + path);
          await settle(r.page);
          await r.collect();
        }
        // A search loads Pagefind's index and WebAssembly, under the same policy.
        r.at = `${paths[0]} (search)`;
        await r.page.goto(site.url + paths[0]);
        await r.page.getByRole('button', { name: 'Search' }).click();
        await r.page.locator('dialog[open] input').fill('deployment');
        await r.page.locator('.pagefind-ui__result').first().waitFor({ timeout: 60_000 });
        // Pagefind's form has action="javascript:void(0);": submitting it must not run into the policy.
        await r.page.keyboard.press('Enter');
        await settle(r.page);
        await r.collect();
      } finally {
        await r.context.close();
      }
      console.log(`security (${site.label}): ${paths.length} pages and a search, ${r.foreign.length} foreign requests, ${r.violations.length} CSP violations`);
      expect(r.foreign, 'requests to another origin').toEqual([]);
      expect(r.violations, 'Content-Security-Policy violations').toEqual([]);
    });
  }

  it('would report a violation (the listener works)', async () => {
    const site = sites[0]!;
    const r = await recorder(new URL(site.url).origin);
    r.at = paths[0]!;
    await r.page.goto(site.url + paths[0]);
    await r.page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.body.append(s);
      const img = document.createElement('img');
      img.src = 'https://example.org/pixel.png';
      document.body.append(img);
    });
    await r.page.waitForTimeout(300);
    await r.collect();
    await r.context.close();
    expect(r.violations.some((v) => v.includes('script-src'))).toBe(true);
    expect(r.violations.some((v) => v.includes('img-src'))).toBe(true);
    // Chromium reports the attempt as a request before the policy blocks it: the recorder sees attempts too.
    expect(r.foreign.some((f) => f.includes('https://example.org/pixel.png'))).toBe(true);
  });
});
