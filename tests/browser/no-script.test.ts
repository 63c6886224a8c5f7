/**
 * The handbook for a reader whose browser runs no JavaScript (turned off, blocked, or failed to
 * load), on a phone and a desktop: what leads from a page to the others. Starlight's search button
 * stays disabled without scripts; the header offers a link to the Browse page in its place, and the
 * Browse page lists every page, the sidebar's and the rest (src/components/overrides/SearchOrBrowse.astro,
 * src/components/search/BrowsePages.astro). Starlight's menu is a popover, which opens without them;
 * its list “On this page”, which a script closes after a jump, no longer covers the section jumped to.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browseHref, homeHref } from '~/lib/site/urls';
import { useBuiltSite } from '../support/built-site';
import { builtPages } from '../support/dist';
import { docPages } from '../support/page-types';

const site = useBuiltSite();
const pages = builtPages();
/** A page with the sidebar, and the home page, a splash page without it. */
const withSidebar = pages.find((p) => /\bdata-has-sidebar\b/.test(p.html) && p.path !== browseHref)!;
const withoutSidebar = pages.find((p) => p.path === homeHref)!;
const widths = [320, 390, 1280];
const themes = ['light', 'dark'] as const;

/** A page without JavaScript, `width` wide, in the system theme `theme`. */
async function pageWithoutScripts(width: number, theme: 'light' | 'dark' = 'light', javaScriptEnabled = false) {
  const context = await site.browser.newContext({ javaScriptEnabled, colorScheme: theme, viewport: { width, height: 800 } });
  return { context, page: await context.newPage() };
}

/** The site paths of the links to the site shown in `scope` (laid out and not hidden), in order. */
function shownLinks(page: Page, scope: string): Promise<string[]> {
  return page.$$eval(`${scope} a[href]`, (links) =>
    links
      .filter((a) => a.checkVisibility({ visibilityProperty: true }) && a.getBoundingClientRect().width > 0)
      .map((a) => new URL((a as HTMLAnchorElement).href))
      .filter((url) => url.origin === location.origin)
      .map((url) => url.pathname),
  );
}

/** The header's way to find a page as the reader sees it: the search button, and a link to Browse. */
async function headerSearch(page: Page) {
  const button = page.locator('header button[data-open-modal]');
  const link = page.locator(`header a[href$="${browseHref}"]`);
  return {
    button: (await button.count()) > 0 && (await button.isVisible()),
    buttonEnabled: (await button.count()) > 0 && (await button.isEnabled()),
    link: (await link.count()) > 0 && (await link.isVisible()),
    linkName: (await link.count()) > 0 ? ((await link.getAttribute('aria-label')) ?? (await link.innerText())).trim() : '',
    linkBox: (await link.count()) > 0 ? await link.boundingBox() : null,
  };
}

describe('the handbook without JavaScript', () => {
  it('offers, in place of the search button it cannot enable, a named link to the Browse page, on a phone and a desktop', async () => {
    expect(withSidebar && withoutSidebar, 'a built page with the sidebar and one without').toBeTruthy();
    for (const width of widths)
      for (const { path } of [withSidebar, withoutSidebar]) {
        const { context, page } = await pageWithoutScripts(width);
        await page.goto(site.url + path);
        const seen = await headerSearch(page);
        const where = `${path} at ${width} px`;
        expect(seen.button, `${where}: the disabled search button is not shown`).toBe(false);
        expect(seen.link, `${where}: a link to the Browse page is shown in the header`).toBe(true);
        expect(seen.linkName, `${where}: the link's name`).not.toBe('');
        expect(seen.linkBox!.x + seen.linkBox!.width, `${where}: the link fits the window`).toBeLessThanOrEqual(width);
        // Followed, it leads to the Browse page.
        await page.locator(`header a[href$="${browseHref}"]`).click();
        expect(new URL(page.url()).pathname, where).toBe(browseHref);
        await context.close();
      }
  });

  it('leaves the header as it was where JavaScript runs: the search button, enabled, and no link', async () => {
    for (const width of widths) {
      const { context, page } = await pageWithoutScripts(width, 'light', true);
      await page.goto(site.url + withSidebar.path);
      await expect.poll(async () => (await headerSearch(page)).buttonEnabled, { message: `${width} px: the search button is enabled` }).toBe(true);
      const seen = await headerSearch(page);
      expect(seen.button, `${width} px: the search button is shown`).toBe(true);
      expect(seen.link, `${width} px: no Browse link in the header`).toBe(false);
      await context.close();
    }
  });

  it('lists, on the Browse page, every page of the sidebar as a link a reader can follow, and leaves out the filters it cannot use', async () => {
    for (const width of [390, 1280]) {
      const { context, page } = await pageWithoutScripts(width);
      await page.goto(site.url + browseHref);
      const sidebar = await page.$$eval('nav[aria-label="Main"] .sidebar-content a[href]', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(sidebar.length, 'the sidebar has links').toBeGreaterThan(0);
      const listed = await shownLinks(page, 'main');
      expect(
        sidebar.filter((href) => !listed.includes(href)),
        `${width} px: sidebar pages not listed in the Browse page's main content`,
      ).toEqual([]);
      // The page says why the filters are not there; the form, which does nothing, is not shown.
      expect(await page.locator('main').innerText()).toMatch(/JavaScript/);
      expect(await page.locator('main form').evaluateAll((forms) => forms.filter((f) => f.checkVisibility()).length), 'filter forms shown').toBe(0);
      // Every link listed leads to a page.
      if (width === 390)
        for (const href of new Set(listed)) {
          const response = await page.request.get(site.url + href);
          expect(response.status(), href).toBe(200);
        }
      await context.close();
    }
  });

  it('opens the sidebar from the menu button on a phone, Starlight’s popover needing no script, and closes it again', async () => {
    for (const width of [320, 390]) {
      const { context, page } = await pageWithoutScripts(width);
      await page.goto(site.url + withSidebar.path);
      const firstLink = page.locator('#starlight__sidebar a[href]').first();
      expect(await firstLink.isVisible(), `${width} px: the sidebar starts closed`).toBe(false);
      await page.locator('nav[aria-label="Main"] button[popovertarget]').click();
      await expect.poll(() => firstLink.isVisible(), { message: `${width} px: the menu opens the sidebar` }).toBe(true);
      const box = (await firstLink.boundingBox())!;
      expect(box.x + box.width, `${width} px: its links fit the window`).toBeLessThanOrEqual(width);
      await page.keyboard.press('Escape');
      await expect.poll(() => firstLink.isVisible(), { message: `${width} px: Escape closes it` }).toBe(false);
      await context.close();
    }
  });

  it('shows, on a phone, the section a link of the list “On this page” jumps to, not the list left open over it', async () => {
    // The page whose list is longest: the list covers most of the screen when open.
    const links = (html: string) => [.../<mobile-starlight-toc[\s\S]*?<\/mobile-starlight-toc>/.exec(html)?.[0].matchAll(/<a href="#([^"]+)"/g) ?? []].map((m) => decodeURIComponent(m[1]!));
    const longest = pages.map((p) => ({ path: p.path, ids: links(p.html) })).sort((a, b) => b.ids.length - a.ids.length)[0]!;
    expect(longest.ids.length).toBeGreaterThanOrEqual(3);
    const { context, page } = await pageWithoutScripts(390);
    await page.goto(site.url + longest.path);
    const list = page.locator('#starlight__mobile-toc .dropdown');
    for (const id of [longest.ids[Math.floor(longest.ids.length / 2)]!, longest.ids.at(-1)!]) {
      await page.evaluate(() => scrollTo(0, 0));
      if (!(await list.isVisible())) await page.locator('#starlight__on-this-page--mobile').click();
      await list.locator(`a[href="#${encodeURIComponent(id)}"]`).click();
      await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash.slice(1)))).toBe(id);
      // What a reader sees where the section's heading is: the heading, not the list.
      const seen = await page.evaluate((id) => {
        const target = document.getElementById(id)!;
        const box = target.getBoundingClientRect();
        const shown = document.elementFromPoint(box.left + Math.min(10, box.width / 2), box.top + box.height / 2);
        return { inView: box.top >= 0 && box.bottom <= innerHeight, shown: shown !== null && (target.contains(shown) || shown.contains(target)) };
      }, id);
      expect(seen, id).toEqual({ inView: true, shown: true });
    }
    await context.close();
  });

  it('keeps every page no wider than a 320 px window, in both system themes, one page of each type', async () => {
    // One page of each page type written in content/docs, and one of each generated route.
    const docs = docPages();
    const typed = new Map<string, string>();
    for (const doc of docs) if (!typed.has(doc.pageType) && pages.some((p) => p.path === doc.path)) typed.set(doc.pageType, doc.path);
    const docPaths = new Set(docs.map((d) => d.path));
    for (const page of pages) {
      const route = `generated ${page.path.replace(/[^/]+\/$/, '*')}`;
      if (!docPaths.has(page.path) && !typed.has(route)) typed.set(route, page.path);
    }
    const wider: string[] = [];
    for (const theme of themes) {
      const { context, page } = await pageWithoutScripts(320, theme);
      for (const path of new Set([...typed.values(), browseHref])) {
        await page.goto(site.url + path);
        const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
        if (scroll > inner) wider.push(`${path} (${theme}): ${scroll} px in ${inner}`);
      }
      await context.close();
    }
    expect(wider).toEqual([]);
  });
});
