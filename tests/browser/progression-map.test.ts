/**
 * The progression map (src/components/ladder/ProgressionMap.astro) as a keyboard user meets it.
 * On a phone the wide map scrolled sideways in its box, and a node tabbed to at the right edge
 * stayed mostly off-screen: Chromium does not scroll a partly visible SVG link into view. Below
 * 38rem of figure the page now shows a narrow drawing instead. At 320 and 390 px, and at 1280 px with
 * the wide drawing: one drawing only is shown and exposed, its text is 12 px or more, tabbing reaches
 * each of its nodes once, each wholly inside the viewport and not under the header after the
 * browser's own focus scrolling, and the page is no wider than the viewport. At 860 px, beside the
 * sidebar, the figure is narrower than the wide drawing needs: the narrow one stands there.
 */
import type { BrowserContextOptions } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { mapHref } from '~/lib/site/urls';
import { useBuiltSite } from '../support/built-site';
import { pageReady } from '../support/ready';

const screens: { name: string; layout: 'wide' | 'narrow'; options: BrowserContextOptions }[] = [
  { name: '320 px', layout: 'narrow', options: { viewport: { width: 320, height: 568 }, isMobile: true, hasTouch: true } },
  { name: '390 px', layout: 'narrow', options: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } },
  { name: '860 px', layout: 'narrow', options: { viewport: { width: 860, height: 800 } } },
  { name: '1280 px', layout: 'wide', options: { viewport: { width: 1280, height: 800 } } },
];
const site = useBuiltSite();

describe.each(screens)('the progression map at $name', ({ name, layout, options }) => {
  it(`shows the ${layout} drawing alone, and tabbing brings each of its nodes wholly into view`, { timeout: 120_000 }, async () => {
    const context = await site.browser.newContext(options);
    try {
      const page = await context.newPage();
      await page.goto(site.url + mapHref);
      await pageReady(page);
      const figure = page.locator('figure.progression-map');
      const shown = await figure.locator('svg[data-map-layout]').evaluateAll((svgs) => svgs.filter((s) => s.checkVisibility()).map((s) => s.getAttribute('data-map-layout')));
      expect(shown).toEqual([layout]);
      // Its text, as drawn: the size of each text element times the drawing's scale.
      const smallest = await figure.locator(`svg[data-map-layout="${layout}"]`).evaluate((svg: SVGSVGElement) => {
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        return Math.min(...[...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
      });
      // A wider ladder (another track) widens the wide drawing: raise the width of the container query in ProgressionMap.astro.
      expect(smallest, `the smallest text of the ${layout} map, in px`).toBeGreaterThanOrEqual(12);
      const nodes = await figure.locator(`svg[data-map-layout="${layout}"] a[data-node]`).evaluateAll((as) => as.map((a) => a.getAttribute('data-node')!));
      expect(nodes.length).toBeGreaterThan(0);
      // What assistive technology is given: one drawing, its nodes, and the caption's link to the map in words.
      expect(await figure.getByRole('group').count()).toBe(1);
      expect(await figure.getByRole('link').count()).toBe(nodes.length + 1);

      // From the page's title, Tab until focus has been through the map.
      await page.click('main h1');
      const reached: string[] = [];
      const problems: string[] = [];
      for (let step = 0; step < 200; step++) {
        await page.keyboard.press('Tab');
        const stop = await page.evaluate(() => {
          const focused = document.activeElement;
          const node = focused?.closest('figure.progression-map a[data-node]');
          if (!node) return { inMap: false as const, past: !!focused?.closest('figure.progression-map figcaption') };
          const box = node.getBoundingClientRect();
          const root = document.documentElement;
          // The top of the content as Starlight keeps it clear of its header (scroll-padding-top).
          const headerBottom = document.querySelector('header.header')?.getBoundingClientRect().bottom ?? 0;
          const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          return {
            inMap: true as const,
            id: node.getAttribute('data-node')!,
            box: { left: box.left, right: box.right, top: box.top, bottom: box.bottom },
            viewport: { width: root.clientWidth, height: innerHeight },
            page: root.scrollWidth,
            headerBottom,
            covered: !top || !node.contains(top),
          };
        });
        if (!stop.inMap) {
          if (reached.length && stop.past) break;
          continue;
        }
        reached.push(stop.id);
        const { box, viewport } = stop;
        const at = `${stop.id} at ${name}`;
        if (box.left < 0 || box.right > viewport.width || box.top < 0 || box.bottom > viewport.height)
          problems.push(`${at}: box ${[box.left, box.top, box.right, box.bottom].map(Math.round).join(', ')} in a viewport of ${viewport.width} × ${viewport.height}`);
        if (box.top < stop.headerBottom) problems.push(`${at}: its top ${Math.round(box.top)} px is under the header (to ${Math.round(stop.headerBottom)} px)`);
        if (stop.covered) problems.push(`${at}: its centre is covered by another element`);
        if (stop.page > viewport.width) problems.push(`${at}: the page is ${stop.page} px wide`);
      }
      expect(reached, 'the nodes tabbed through, in the order of the drawing').toEqual(nodes);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
