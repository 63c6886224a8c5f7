/**
 * A page prefetches the page behind a link the reader points at or focuses, from listeners on the
 * document (src/integrations/link-prefetch-page-script.ts). No link listens for the pointer itself:
 * Astro's prefetch gave every link two at load and visited every link again whenever a node with a
 * link was added, which a tool's first drawing set off on every batch (issue 20).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site';
import { toolPaths } from '../support/page-types';
import { pageReady } from '../support/ready';

const site = useBuiltSite();

/** The URLs the page has asked the browser to prefetch. */
const prefetches = (page: Page) => page.evaluate(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel="prefetch"]')].map((l) => l.href));

/** How many of the page's links listen for the pointer themselves (Chrome's DevTools protocol). */
async function linksWatchingThePointer(page: Page): Promise<{ links: number; watching: number }> {
  const cdp = await page.context().newCDPSession(page);
  const { result } = await cdp.send('Runtime.evaluate', { expression: '[...document.links]' });
  const { result: items } = await cdp.send('Runtime.getProperties', { objectId: result.objectId!, ownProperties: true });
  let links = 0;
  let watching = 0;
  for (const item of items.filter((p) => /^\d+$/.test(p.name))) {
    links++;
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: item.value!.objectId! });
    if (listeners.some((l) => /^(mouse|pointer)/.test(l.type))) watching++;
  }
  return { links, watching };
}

describe('link prefetching', () => {
  // A content page, and every tool page: each island draws after load, what set Astro's visits off.
  for (const path of ['/ladder/', ...toolPaths()]) {
    it(`${path}: no link listens for the pointer itself once the page is ready`, { timeout: 60_000 }, async () => {
      const page = await site.browser.newPage();
      try {
        await page.goto(site.url + path);
        await pageReady(page);
        const { links, watching } = await linksWatchingThePointer(page);
        expect(links, 'links on the page').toBeGreaterThan(10);
        expect(watching).toBe(0);
      } finally {
        await page.close();
      }
    });
  }

  it('prefetches another page once the pointer rests on a link to it, once, and never the page itself', { timeout: 60_000 }, async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await page.goto(site.url + '/ladder/');
      await pageReady(page);
      const here = new URL(page.url());
      const target = await page.evaluate(() => {
        const link = [...document.querySelectorAll<HTMLAnchorElement>('main a[href]')].find((a) => {
          const url = new URL(a.href);
          return url.origin === location.origin && url.pathname !== location.pathname && a.checkVisibility();
        })!;
        link.dataset['testTarget'] = '';
        return link.href.replace(/#.*/, '');
      });
      expect(await prefetches(page)).toEqual([]);
      await page.hover('[data-test-target]');
      await expect.poll(() => prefetches(page)).toEqual([target]);
      await page.mouse.move(0, 0);
      await page.hover('[data-test-target]');
      await page.waitForTimeout(300);
      expect(await prefetches(page), 'a page is prefetched once').toEqual([target]);
      // A link to a section of this page (the skip link's target, the table of contents) fetches nothing.
      await page.evaluate(() => {
        const a = document.createElement('a');
        a.href = '#_top';
        a.textContent = 'top';
        a.dataset['testSelf'] = '';
        document.querySelector('main')!.prepend(a);
      });
      await page.hover('[data-test-self]');
      await page.waitForTimeout(300);
      expect((await prefetches(page)).every((href) => new URL(href).pathname !== here.pathname)).toBe(true);
    } finally {
      await page.close();
    }
  });
});
