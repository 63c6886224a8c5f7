/**
 * The handbook built for a folder of a site, as a GitHub Pages project site serves it
 * (`SITE_URL=https://acme.github.io/ml-handbook/`): one build of the real site in a copy of the
 * repository, checked file by file (no link, script, stylesheet or address of the site leaves the
 * base path), then served by nginx under /ml-handbook/ and used in Chromium: search, a tool that
 * stores and reads a record, a share link and the page not found.
 */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { engineer, recordFile } from '../support/growth-scenario';
import { openTool, ownKey, storedRecord } from '../support/growth-browser';
import { serveWithNginx, type ServedSite } from '../support/nginx';
import { pageReady } from '../support/ready';
import { copyRepository } from '../support/repo';
import { openSearch, searchFor } from '../support/search-dialog';
import { seedStorage } from '../support/tool-storage';

const origin = 'https://acme.github.io';
const base = '/ml-handbook/';

const copy = copyRepository('base-path-');
let dist = '';
let served: ServedSite | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  const build = copy.build({ SITE_URL: `${origin}${base}` });
  if (build.status !== 0) throw new Error(`the build for ${origin}${base} failed:\n${build.stdout}\n${build.stderr}`);
  dist = join(copy.dir, 'dist');
  const { chromium, nginx } = inject('tools');
  if (!chromium || !nginx) throw new Error('run the browser tests through their Vitest project (`vitest run --project browser`), which provides Chromium and nginx.');
  served = await serveWithNginx(nginx, dist, { base });
  browser = await launchBrowser(chromium);
}, 900_000);
afterAll(async () => {
  await browser?.close();
  await served?.close();
  copy.remove();
});

/** Every URL attribute of every tag of a page (scripts' and styles' contents, comments and text left out). */
function tagUrls(html: string): string[] {
  const tags = html.replace(/<!--[\s\S]*?-->/g, '').replace(/(<(script|style)\b[^>]*>)[\s\S]*?<\/\2\s*>/gi, '$1').match(/<[a-zA-Z][^>]*>/g) ?? [];
  return tags.flatMap((tag) =>
    [...tag.matchAll(/\s(href|src|action|formaction|poster|srcset|content)\s*=\s*("([^"]*)"|'([^']*)'|([^\s"'>]+))/gi)].flatMap((m) => {
      const value = m[3] ?? m[4] ?? m[5] ?? '';
      if (m[1]!.toLowerCase() === 'srcset') return value.split(',').map((part) => part.trim().split(/\s+/)[0]!);
      // `content` only where it is an address of the site (og:url, og:image).
      if (m[1]!.toLowerCase() === 'content') return value.startsWith(origin) ? [value] : [];
      return [value];
    }),
  );
}

/** Whether a URL a page writes stays under the base path: a path of the site, or the site's own address. */
const escapesBase = (url: string) => (url.startsWith('/') && !url.startsWith('//') && !url.startsWith(base)) || (url.startsWith(origin) && !url.startsWith(origin + base));

describe('the handbook built for a base path', () => {
  it('writes no link, script, stylesheet, form or address of the site outside the base path, in any page', () => {
    const pages = globSync('**/*.html', { cwd: dist });
    expect(pages.length).toBeGreaterThan(1);
    const escaping = pages.flatMap((file) => tagUrls(readFileSync(join(dist, file), 'utf8')).filter(escapesBase).map((url) => `${file}: ${url}`));
    expect(escaping).toEqual([]);
  });

  it('titles the home page by its own title alone, as at the root (the tab would name the handbook twice)', () => {
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    const tabTitle = /<title>([^<]*)<\/title>/.exec(home)?.[1];
    const ownTitle = /<meta property="og:title" content="([^"]*)"/.exec(home)?.[1];
    expect(ownTitle).toBeTruthy();
    expect(tabTitle).toBe(ownTitle);
  });

  it('gives its address under the base path in the sitemap, llms.txt, ladder.json and the canonical links', () => {
    const sitemap = globSync('sitemap-*.xml', { cwd: dist }).map((f) => readFileSync(join(dist, f), 'utf8')).join('\n');
    const addresses = [
      ...[...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!),
      ...[...readFileSync(join(dist, 'llms.txt'), 'utf8').matchAll(/\]\((https?:[^)]+)\)/g)].map((m) => m[1]!),
      (JSON.parse(readFileSync(join(dist, 'ladder.json'), 'utf8')) as { $schema: string }).$schema,
      /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(join(dist, 'index.html'), 'utf8'))![1]!,
    ];
    expect(addresses.length).toBeGreaterThan(3);
    expect(addresses.filter((a) => !a.startsWith(origin + base))).toEqual([]);
  });
});

describe('the handbook served under its base path, in Chromium', () => {
  const url = () => served!.url;
  /** A page of `context` that records what the browser refused or failed on (CSP, scripts, missing files). */
  async function watchedPage(context: BrowserContext): Promise<{ page: Page; problems: string[] }> {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    // A missing file is a response of 400 or more (the page not found itself excepted), which the console repeats without its address.
    page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && problems.push(m.text()));
    page.on('response', (r) => r.status() >= 400 && !r.url().includes('/no-such-page/') && problems.push(`${r.status()} ${r.url()}`));
    return { page, problems };
  }

  it('searches, and a result opens its page under the base path', async () => {
    const context = await browser!.newContext();
    const { page, problems } = await watchedPage(context);
    await page.goto(`${url()}/`);
    // A level's title, as its page gives it: the search finds that page.
    const levelPage = globSync('ladder/levels/*/index.html', { cwd: dist })[0]!;
    const title = /<h1[^>]*>([^<]+)<\/h1>/.exec(readFileSync(join(dist, levelPage), 'utf8'))![1]!.trim();
    const results = await searchFor(page, await openSearch(page), title);
    const hrefs = await results.locator('a.pagefind-ui__result-link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((h) => !h.startsWith(base))).toEqual([]);
    const [response] = await Promise.all([page.waitForNavigation(), results.locator('a.pagefind-ui__result-link').first().click()]);
    expect(response?.status()).toBe(200);
    expect(new URL(page.url()).pathname.startsWith(base)).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps a record in a tool and reads it back on the next visit, its links under the base path', async () => {
    const context = await browser!.newContext();
    const log = await openTool(context, url(), 'evidence');
    const title = 'Shipped the ranking service';
    await log.page.locator('#ev-title').fill(title);
    await log.page.getByRole('button', { name: 'Add to the log' }).click();
    await log.page.locator('.ev-entry h3', { hasText: title }).waitFor();
    expect((await storedRecord(log.page))?.evidence.map((e) => e.title)).toContain(title);
    const again = await openTool(context, url(), 'evidence');
    await again.page.locator('.ev-entry h3', { hasText: title }).waitFor();
    const links = await again.page.locator('main a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(links.filter(escapesBase)).toEqual([]);
    expect([...log.errors, ...again.errors]).toEqual([]);
    await context.close();
  });

  it('copies a share link under the base path, and another browser that opens it is offered its levels', async () => {
    const first = await browser!.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const probe = await openTool(first, url(), 'checkIns');
    const record = engineer(probe.model);
    await seedStorage(first, { [ownKey]: recordFile(record) });
    const { page } = await openTool(first, url(), 'checkIns');
    await page.getByRole('button', { name: 'Copy share link' }).click();
    const link = await page.locator('[data-sa-share-url]').inputValue();
    expect(link.startsWith(`${url()}/growth/self-assessment/#`)).toBe(true);

    const other = await browser!.newContext();
    const there = await other.newPage();
    await there.goto(link);
    await pageReady(there);
    const prompt = there.getByRole('region', { name: 'Share link' });
    await prompt.waitFor();
    await prompt.getByRole('button', { name: 'Use the link' }).click();
    await expect.poll(async () => (await storedRecord(there))?.checkIns.length ?? 0).toBeGreaterThan(0);
    await other.close();
    await first.close();
  });

  it('serves its page not found with status 404, styled, and its way back under the base path', async () => {
    const context = await browser!.newContext();
    const { page, problems } = await watchedPage(context);
    const response = await page.goto(`${url()}/no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.evaluate(() => [...document.styleSheets].filter((s) => s.href).length)).toBeGreaterThan(0);
    const home = page.locator(`main a[href="${base}"]`);
    expect(await home.count()).toBeGreaterThan(0);
    const [back] = await Promise.all([page.waitForNavigation(), home.first().click()]);
    expect(back?.status()).toBe(200);
    expect(problems).toEqual([]);
    await context.close();
  });
});
