/**
 * Every page of dist/, served by nginx as a host would serve it, in Chromium. One pass with
 * JavaScript checks, page by page, what each page must be: served with the policy and the security
 * headers over HTTP, no Content-Security-Policy violation, no console error, no request to another
 * origin, no axe-core violation (WCAG 2.2 A and AA, light theme, desktop). One pass without
 * JavaScript checks that content pages show the same text and tools say that they need it. Then
 * axe runs on one page of each template in the three other variants (dark, and a phone in both
 * themes), and on the parts that open (the search dialog, the mobile menu).
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { headerPolicy } from '~/security/csp';
import { securityHeaders } from '~/security/headers';
import { addAxe, axe, axeReport, type AxeFinding } from '../support/axe';
import { useBuiltSite } from '../support/built-site';
import { builtPages, notFoundPage } from '../support/dist';
import { pageTemplates, toolPaths } from '../support/page-types';
import { pageReady } from '../support/ready';
import { openSearch, searchFor } from '../support/search-dialog';

const pages = [...builtPages(), notFoundPage()];
const tools = new Set(toolPaths());
const templates = pageTemplates(pages);
/** Share of the main text that must be there without JavaScript; the rest is room for script-added labels. */
const minShare = 0.97;

type Theme = 'light' | 'dark';
const desktop: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
const phone: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
interface Variant {
  theme: Theme;
  device: 'desktop' | 'phone';
  options: BrowserContextOptions;
}
const [everyPageVariant, ...otherVariants]: Variant[] = [
  { theme: 'light', device: 'desktop', options: desktop },
  { theme: 'dark', device: 'desktop', options: desktop },
  { theme: 'light', device: 'phone', options: phone },
  { theme: 'dark', device: 'phone', options: phone },
];

/** The headers every response must carry, by lower-case name: the policy and the security headers. */
const expectedHeaders: Record<string, string> = {
  'content-security-policy': headerPolicy(),
  ...Object.fromEntries(Object.entries(securityHeaders).map(([name, value]) => [name.toLowerCase(), value])),
};

const site = useBuiltSite();

/**
 * A context in a Starlight theme (Starlight reads it from localStorage), with axe-core in every page,
 * that records what goes wrong: CSP violations (from a listener registered before any script of
 * the page runs), console errors and uncaught exceptions, requests to another origin.
 */
async function recordingContext(browser: Browser, variant: Variant) {
  const context = await browser.newContext({ ...variant.options, colorScheme: variant.theme });
  await context.addInitScript((theme) => {
    // Not in the blank page a new tab starts with, which has no storage.
    if (location.protocol !== 'http:') return;
    localStorage.setItem('starlight-theme', theme);
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`));
  }, variant.theme);
  await addAxe(context);
  const origin = new URL(site.url).origin;
  const recorded = { at: '', violations: [] as string[], errors: [] as string[], foreign: [] as string[] };
  context.on('request', (request) => {
    const url = request.url();
    if (!/^(data|blob|about):/.test(url) && new URL(url).origin !== origin) recorded.foreign.push(`${recorded.at}: ${request.method()} ${url}`);
  });
  context.on('console', (message) => {
    if (message.type() === 'error') recorded.errors.push(`${recorded.at}: console: ${message.text()}`);
  });
  context.on('weberror', (error) => recorded.errors.push(`${recorded.at}: ${error.error().message}`));
  /** Moves the CSP violations the page saw since it loaded into the record. */
  const collect = async (page: Page) => {
    const seen = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp?.splice(0) ?? []);
    recorded.violations.push(...seen.map((v) => `${recorded.at}: ${v}`));
  };
  return { context, recorded, collect };
}

/** Opens `path` in a page with JavaScript, ready, in the variant's theme. */
async function openReady(page: Page, path: string, theme: Theme) {
  const response = await page.goto(site.url + path);
  await pageReady(page);
  expect(await page.getAttribute('html', 'data-theme'), `${path}: theme`).toBe(theme);
  return response;
}

interface Reading {
  text: string;
  headings: string[];
}

/** The main text and the visible headings of the page as it is now. */
function read(page: Page): Promise<Reading> {
  return page.evaluate(() => {
    const main = document.querySelector('main') ?? document.body;
    return {
      text: main.innerText.replace(/\s+/g, ' ').trim(),
      headings: [...main.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter((h) => h.checkVisibility()).map((h) => (h as HTMLElement).innerText.trim()),
    };
  });
}

// Each page is opened several times (with and without JavaScript, in each theme): the time allowed
// grows with the number of pages the content builds, about 7.5 s a page, as 900 s were for the
// handbook's ~120 pages; a team that adds levels (and so comparison pages) gets the time they need.
const everyPageTimeout = Math.max(900_000, pages.length * 7_500);

describe.concurrent(`every page in Chromium, served by nginx (${pages.length} pages, ${templates.size} templates)`, () => {
  it('is served with its headers, violates no CSP directive, logs no error, stays on the site and passes axe; and reads the same without JavaScript', { timeout: everyPageTimeout }, async ({ expect }) => {
    const { browser } = site;
    const withJs = await recordingContext(browser, everyPageVariant!);
    const withoutJs = await browser.newContext({ ...desktop, javaScriptEnabled: false });
    const readings = new Map<string, Reading>();
    const headerProblems: string[] = [];
    const found: AxeFinding[] = [];
    try {
      // The two passes run side by side; the comparison waits for both.
      const [withoutJsReadings] = await Promise.all([
        (async () => {
          const page = await withoutJs.newPage();
          const result = new Map<string, Reading>();
          for (const { path } of pages) {
            await page.goto(site.url + path);
            result.set(path, await read(page));
          }
          return result;
        })(),
        (async () => {
          const page = await withJs.context.newPage();
          for (const { path } of pages) {
            withJs.recorded.at = path;
            const response = await openReady(page, path, everyPageVariant!.theme);
            const headers = response?.headers() ?? {};
            if (response?.status() !== 200) headerProblems.push(`${path}: HTTP ${response?.status()}`);
            for (const [name, value] of Object.entries(expectedHeaders)) if (headers[name] !== value) headerProblems.push(`${path}: ${name}: ${headers[name] ?? '(missing)'}`);
            await withJs.collect(page);
            found.push(...(await axe(page, path)));
            readings.set(path, await read(page));
          }
        })(),
      ]);

      const noJsProblems: string[] = [];
      const checkedTools: string[] = [];
      for (const { path } of pages) {
        const [a, b] = [readings.get(path)!, withoutJsReadings.get(path)!];
        if (b.text.length < 200) noJsProblems.push(`${path}: only ${b.text.length} characters of main text without JavaScript`);
        if (tools.has(path)) {
          checkedTools.push(path);
          if (!/JavaScript/i.test(b.text)) noJsProblems.push(`${path}: a tool page must say, without JavaScript, that it needs JavaScript (<noscript> or a static message)`);
          continue;
        }
        if (b.text.length < minShare * a.text.length) noJsProblems.push(`${path}: ${b.text.length} characters without JavaScript, ${a.text.length} with it`);
        const missing = a.headings.filter((h) => !b.headings.includes(h));
        if (missing.length) noJsProblems.push(`${path}: headings missing without JavaScript: ${missing.join(' | ')}`);
      }
      const { violations, errors, foreign } = withJs.recorded;
      console.log(
        `every page: ${pages.length} pages; ${headerProblems.length} header problems, ${violations.length} CSP violations, ${errors.length} console errors, ${foreign.length} foreign requests, ${found.length} axe violations (${everyPageVariant!.theme}, ${everyPageVariant!.device}); without JavaScript: ${noJsProblems.length} problems, ${checkedTools.length} tools`,
      );
      expect.soft(headerProblems, 'the policy and security headers over HTTP (src/security/headers.ts, served by nginx)').toEqual([]);
      expect.soft(violations, 'Content-Security-Policy violations').toEqual([]);
      expect.soft(errors, 'console errors and uncaught exceptions').toEqual([]);
      expect.soft(foreign, 'requests to another origin').toEqual([]);
      expect.soft(axeReport(found), 'axe-core, WCAG 2.2 A and AA').toEqual([]);
      expect.soft(noJsProblems, 'without JavaScript').toEqual([]);
      expect.soft(checkedTools.sort(), 'every tool page in content/docs was built and checked').toEqual([...tools].sort());
    } finally {
      await withJs.context.close();
      await withoutJs.close();
    }
  });

  it('passes axe on one page of each template in dark, and on a phone in both themes', { timeout: 900_000 }, async ({ expect }) => {
    const found: AxeFinding[] = [];
    const representatives = [...templates.values()].map((paths) => paths[0]!);
    for (const variant of otherVariants) {
      const { context } = await recordingContext(site.browser, variant);
      const page = await context.newPage();
      try {
        for (const path of representatives) {
          await openReady(page, path, variant.theme);
          found.push(...(await axe(page, `${path} (${variant.theme}, ${variant.device})`)));
        }
      } finally {
        await context.close();
      }
    }
    console.log(`templates: ${representatives.length} pages × ${otherVariants.length} variants: ${found.length} axe violations`);
    expect(axeReport(found)).toEqual([]);
  });

  it('searches under the policy, and passes axe with the search dialog and the mobile menu open, in both themes', { timeout: 600_000 }, async ({ expect }) => {
    const path = [...templates.entries()].find(([template]) => template.startsWith('role'))?.[1][0] ?? '/';
    const found: AxeFinding[] = [];
    for (const variant of [everyPageVariant!, otherVariants.find((v) => v.device === 'desktop')!]) {
      const { context, recorded, collect } = await recordingContext(site.browser, variant);
      const page = await context.newPage();
      recorded.at = `${path} (search, ${variant.theme})`;
      await openReady(page, path, variant.theme);
      // The first search loads Pagefind's index and WebAssembly, under the same policy.
      // The page's own title: a query with results, whatever the content.
      const results = await searchFor(page, await openSearch(page), (await page.locator('h1').textContent())!.trim());
      expect(await results.count()).toBeGreaterThan(0);
      found.push(...(await axe(page, `${path} search dialog, ${variant.theme}:`)));
      // Pagefind's form has action="javascript:void(0);": submitting it must not run into the policy.
      await page.keyboard.press('Enter');
      await pageReady(page);
      await collect(page);
      await context.close();
      expect(recorded.violations, 'CSP violations during a search').toEqual([]);
      expect(recorded.errors, 'console errors during a search').toEqual([]);

      const mobile = await recordingContext(site.browser, otherVariants.find((v) => v.device === 'phone' && v.theme === variant.theme)!);
      const mobilePage = await mobile.context.newPage();
      await openReady(mobilePage, path, variant.theme);
      await mobilePage.getByRole('button', { name: 'Menu' }).click();
      // Starlight 0.42's menu is a popover opened by `popovertarget`.
      await expect.poll(() => mobilePage.locator('#starlight__sidebar').evaluate((el) => el.matches(':popover-open'))).toBe(true);
      found.push(...(await axe(mobilePage, `${path} mobile menu, ${variant.theme}:`)));
      await mobile.context.close();
    }
    expect(axeReport(found)).toEqual([]);
  });

  it('would report a CSP violation, a console error and a foreign request (the recorders work)', async ({ expect }) => {
    const { context, recorded, collect } = await recordingContext(site.browser, everyPageVariant!);
    const page = await context.newPage();
    recorded.at = pages[0]!.path;
    await openReady(page, pages[0]!.path, everyPageVariant!.theme);
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.body.append(s);
      const img = document.createElement('img');
      img.src = 'https://example.org/pixel.png';
      document.body.append(img);
    });
    await expect.poll(async () => (await collect(page), recorded.violations.join('\n'))).toMatch(/script-src[\s\S]*img-src|img-src[\s\S]*script-src/);
    // Chromium reports the attempt as a request before the policy blocks it: the recorder sees attempts too.
    expect(recorded.foreign.some((f) => f.includes('https://example.org/pixel.png'))).toBe(true);
    expect(recorded.errors.some((e) => /Content Security Policy/i.test(e))).toBe(true);
    await context.close();
  });
});
