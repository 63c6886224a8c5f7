/**
 * Starlight draws a page's table of contents twice: in the sidebar on wide screens and in the bar
 * above the content on narrow ones. The copy shown marks the section in view as the reader scrolls;
 * the copy not shown does no work until the window's width shows it
 * (src/components/overrides/toc-starts-when-shown.ts).
 */
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site';
import { builtPages } from '../support/dist';
import { pageReady } from '../support/ready';

const site = useBuiltSite();

/** The links of a page's table of contents (the sidebar's copy; the bar's holds the same), as `#id`. */
function tableOfContentsLinks(html: string): string[] {
  const start = html.indexOf('<starlight-toc');
  if (start < 0) return [];
  const toc = html.slice(start, html.indexOf('</starlight-toc>', start));
  return [...toc.matchAll(/<a href="(#[^"]+)"/g)].map((m) => m[1]!);
}

// The page with the longest table of contents: the most sections to scroll through.
const longest = builtPages()
  .map((p) => ({ path: p.path, links: tableOfContentsLinks(p.html) }))
  .sort((a, b) => b.links.length - a.links.length)[0]!;
/** The page's title, marked while the top of the page is in view, and a section well past it. */
const [top, section] = [longest.links[0]!, longest.links[Math.floor((2 * longest.links.length) / 3)]!];

const phone: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const desktop: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
const sidebar = 'starlight-toc';
const bar = 'mobile-starlight-toc';

/** The link a copy of the table of contents marks as the section in view, or null when it marks none. */
const marked = (page: Page, copy: string) => page.evaluate((copy) => document.querySelector(`${copy} a[aria-current="true"]`)?.getAttribute('href') ?? null, copy);
const scrollTo = (page: Page, link: string) => page.evaluate((id) => document.getElementById(id)!.scrollIntoView(), decodeURIComponent(link.slice(1)));
/** Which section a copy marks past the top depends on where its heading lands; that it moves off the title is what counts. */
const pastTheTop = (link: string | null) => link !== null && link !== top;

describe(`the table of contents of ${longest.path} (${longest.links.length} links)`, () => {
  it('has sections to scroll through', () => {
    expect(longest.links.length, 'the longest table of contents of the site').toBeGreaterThanOrEqual(3);
  });

  /**
   * On a phone, the bar's copy marks the title while the page is at its top, watches nothing until
   * the reader's first scroll, then follows it. `slowWrapper`: the wrapper's script arrives a while
   * after Starlight's (held back on the way), on a CPU six times slower than this machine's, as on a
   * starved machine: Starlight's copy starts at the browser's first idle time after it is defined,
   * and the wrapper must be in place before that whatever the order in which the scripts arrive
   * (PageSidebar.astro puts it first in the page, and the browser runs modules in that order).
   */
  async function startsOnFirstScroll({ slowWrapper }: { slowWrapper: boolean }) {
    const context = await site.browser.newContext(phone);
    try {
      const page = await context.newPage();
      // How many elements the page's scripts ask an IntersectionObserver to watch (Starlight's
      // table of contents watches every section and block of the content).
      await page.addInitScript(() => {
        const observe = IntersectionObserver.prototype.observe;
        (window as unknown as { watched: number }).watched = 0;
        IntersectionObserver.prototype.observe = function (this: IntersectionObserver, target: Element) {
          (window as unknown as { watched: number }).watched++;
          return observe.call(this, target);
        };
      });
      let heldBack = 0;
      if (slowWrapper) {
        // The wrapper is the page's only script that asks whether an element is shown.
        await page.route('**/*.js', async (route) => {
          const response = await route.fetch();
          const body = await response.text();
          if (body.includes('checkVisibility')) {
            heldBack++;
            await new Promise((resolve) => setTimeout(resolve, 1_500));
          }
          await route.fulfill({ response, body });
        });
        await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 6 });
      }
      await page.goto(site.url + longest.path);
      await pageReady(page);
      if (slowWrapper) expect(heldBack, 'the wrapper’s script held back').toBeGreaterThan(0);
      const watched = () => page.evaluate(() => (window as unknown as { watched: number }).watched);
      await expect.poll(() => marked(page, bar), { timeout: 10_000 }).toBe(top);
      expect(await watched(), 'elements watched before the reader scrolls').toBe(0);
      await scrollTo(page, section);
      await expect.poll(watched, { timeout: 10_000 }).toBeGreaterThan(0);
      await expect.poll(async () => pastTheTop(await marked(page, bar)), { timeout: 10_000 }).toBe(true);
    } finally {
      await context.close();
    }
  }

  it('marks the title at the top of the page, and starts watching the sections only once the reader scrolls', { timeout: 60_000 }, () => startsOnFirstScroll({ slowWrapper: false }));

  it('starts only on the first scroll too when the wrapper’s script arrives last, on a slow CPU', { timeout: 90_000 }, () => startsOnFirstScroll({ slowWrapper: true }));

  for (const { name, options, shown, hidden, widerOrNarrower } of [
    { name: 'on a phone', options: phone, shown: bar, hidden: sidebar, widerOrNarrower: { width: 1280, height: 800 } },
    { name: 'on a desktop', options: desktop, shown: sidebar, hidden: bar, widerOrNarrower: { width: 390, height: 844 } },
  ]) {
    it(`${name}, the copy shown follows the scrolling; the other starts once the window's width shows it`, { timeout: 60_000 }, async () => {
      const context = await site.browser.newContext(options);
      try {
        const page = await context.newPage();
        await page.goto(site.url + longest.path);
        await pageReady(page);
        await expect.poll(() => marked(page, shown), { timeout: 10_000 }).toBe(top);
        await scrollTo(page, section);
        await expect.poll(async () => pastTheTop(await marked(page, shown)), { timeout: 10_000 }).toBe(true);
        expect(await marked(page, hidden), `${hidden}, not shown, marks nothing`).toBeNull();

        await page.setViewportSize(widerOrNarrower);
        await expect.poll(async () => pastTheTop(await marked(page, hidden)), { timeout: 10_000 }).toBe(true);
        await page.evaluate(() => window.scrollTo(0, 0));
        await expect.poll(() => marked(page, hidden), { timeout: 10_000 }).toBe(top);
      } finally {
        await context.close();
      }
    });
  }
});
