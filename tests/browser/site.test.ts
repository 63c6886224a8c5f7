import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site';
import { builtPages } from '../support/dist';
import { docPages } from '../support/page-types';
import { openSearch, searchFor } from '../support/search-dialog';
import { fillStorageBeforeLoad } from '../support/tool-storage';

const site = useBuiltSite();
const pages = builtPages();
const docs = docPages();
/** A page with the sidebar (every page but the splash pages has it). */
const withSidebar = pages.find((p) => /\bdata-has-sidebar\b/.test(p.html))!;

/**
 * A page of `context` on the page with the sidebar, loaded, with the errors it throws or logs and its
 * theme as the document holds it.
 */
async function themedPage(context: BrowserContext) {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(site.url + withSidebar.path);
  await page.waitForLoadState('load');
  const theme = () => page.evaluate(() => document.documentElement.dataset['theme']);
  return { page, errors, theme, select: page.locator('starlight-theme-select select').first() };
}

describe('the handbook in Chromium', () => {
  it('opens the home page and every sidebar link', async () => {
    const page = await site.browser.newPage();
    const home = await page.goto(site.url + '/');
    expect(home?.status()).toBe(200);
    expect(await page.title()).toContain(docs.find((d) => d.path === '/')!.title);
    expect(withSidebar, 'a built page has the sidebar').toBeDefined();
    await page.goto(site.url + withSidebar.path);
    const hrefs = await page.$$eval('nav[aria-label="Main"] a[href]', (as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of new Set(hrefs)) {
      const response = await page.goto(site.url + href);
      expect(response?.status(), href).toBe(200);
      expect(await page.locator('h1').count(), href).toBe(1);
    }
    await page.close();
  });

  it('searches for a page by its title and lists it', async () => {
    // A page of the docs with a plain title, as a reader would type it.
    const wanted = docs.find((d) => d.template === 'doc' && d.pageType !== 'tool' && /^[A-Za-z ]{8,}$/.test(d.title))!;
    const page = await site.browser.newPage();
    await page.goto(site.url + withSidebar.path);
    const results = await searchFor(page, await openSearch(page), wanted.title);
    const links = await results.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links.every((href) => href.startsWith('/')), links.join(' ')).toBe(true);
    expect(links.some((href) => href.startsWith(wanted.path)), `${wanted.title}: ${links.join(' ')}`).toBe(true);
    await page.close();
  });

  it('serves the 404 page, with status 404 and a way back, for a page that does not exist', async () => {
    const page = await site.browser.newPage();
    const response = await page.goto(site.url + '/no-such-page/');
    expect(response?.status()).toBe(404);
    expect(await page.title()).toContain(docs.find((d) => d.path === '/404/')!.title);
    expect(await page.locator('main a[href="/"]').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('shows the theme select only where JavaScript runs, since without it choosing would do nothing', async () => {
    for (const javaScriptEnabled of [false, true]) {
      const context = await site.browser.newContext({ javaScriptEnabled, viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(site.url + withSidebar.path);
      const selects = page.locator('starlight-theme-select');
      expect(await selects.count()).toBeGreaterThan(0);
      const shown = await selects.evaluateAll((all) => all.some((e) => e.getBoundingClientRect().width > 0));
      expect(shown, javaScriptEnabled ? 'with JavaScript' : 'without JavaScript').toBe(javaScriptEnabled);
      // Nor the rule that sets it apart in the header, alone at its end without it.
      const divider = await page.locator('header .social-icons').first().evaluate((e) => getComputedStyle(e, '::after').display);
      expect(divider !== 'none', 'the divider before it').toBe(javaScriptEnabled);
      await context.close();
    }
  });

  it('follows the system’s light or dark theme without JavaScript as it does with it, code blocks included', async () => {
    // A page with a code block (Expressive Code's own stylesheet) and the page with the sidebar.
    const withCode = pages.find((p) => /class="expressive-code"/.test(p.html));
    const looks = async (javaScriptEnabled: boolean, colorScheme: 'light' | 'dark') => {
      const context = await site.browser.newContext({ javaScriptEnabled, colorScheme, viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const seen: Record<string, string> = {};
      for (const { path } of [withSidebar, ...(withCode ? [withCode] : [])]) {
        await page.goto(site.url + path);
        const colors = await page.evaluate(() => {
          const style = (selector: string) => {
            const e = document.querySelector(selector);
            return e ? `${getComputedStyle(e).color} on ${getComputedStyle(e).backgroundColor}` : '';
          };
          return { body: style('body'), header: style('.header'), main: style('main h1'), code: style('.expressive-code pre'), line: style('.expressive-code .ec-line') };
        });
        for (const [part, color] of Object.entries(colors)) seen[`${path} ${part}`] = color;
      }
      await context.close();
      return seen;
    };
    const [light, dark] = [await looks(true, 'light'), await looks(true, 'dark')];
    expect(light).not.toEqual(dark);
    expect(await looks(false, 'light')).toEqual(light);
    expect(await looks(false, 'dark')).toEqual(dark);
  });

  it('switches the theme in a full storage, where the choice cannot be kept, without an error', async () => {
    const context = await site.browser.newContext({ colorScheme: 'dark' });
    await fillStorageBeforeLoad(context);
    const { errors, theme, select } = await themedPage(context);
    for (const chosen of ['light', 'dark'] as const) {
      await select.selectOption(chosen);
      await expect.poll(theme).toBe(chosen);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('follows a light system where the browser refuses storage, and switches the theme there without an error', async () => {
    const context = await site.browser.newContext({ colorScheme: 'light' });
    // As a browser with the site's data blocked: reading localStorage throws a SecurityError.
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get: () => {
          throw new DOMException("Failed to read the 'localStorage' property from 'Window': Access is denied for this document.", 'SecurityError');
        },
      });
    });
    const { page, errors, theme, select } = await themedPage(context);
    expect(await theme()).toBe('light');
    expect(await select.inputValue()).toBe('auto');
    for (const chosen of ['dark', 'light'] as const) {
      await select.selectOption(chosen);
      await expect.poll(theme).toBe(chosen);
    }
    // A page of its own, outside Starlight's layout (a hiring material), takes the same script.
    const ownLayout = pages.find((p) => !/<starlight-theme-select\b/.test(p.html) && /StarlightThemeProvider/.test(p.html));
    if (ownLayout) {
      await page.goto(site.url + ownLayout.path);
      expect(await theme(), ownLayout.path).toBe('light');
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
