/**
 * The progression map (src/components/ladder/ProgressionMap.astro) as a keyboard user meets it.
 * On a phone the wide map scrolled sideways in its box, and a node tabbed to at the right edge
 * stayed mostly off-screen: Chromium does not scroll a partly visible SVG link into view. The page
 * now shows a narrow drawing wherever the figure is too narrow for the wide one. The test states
 * properties, not which drawing a screen gets, so a larger ladder (another track) needs no edit
 * here: at every width, exactly one drawing is shown and exposed; it is the wide one exactly when
 * the figure is at least as wide as the wide drawing needs for text at `minTextPx` (measured here
 * from the drawing, rounded up to the figure's step, src/lib/ladder/progression-map-switch.ts); the
 * text of the one shown is `minTextPx` or more; tabbing reaches each of its nodes once, each wholly inside the
 * viewport and not under the header after the browser's own focus scrolling; and the page is no
 * wider than the viewport.
 */
import type { BrowserContextOptions } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { minTextPx, wideFrom } from '~/lib/ladder/progression-map-switch';
import { mapHref } from '~/lib/site/urls';
import { useBuiltSite } from '../support/built-site';
import { pageReady } from '../support/ready';

/** Phones, a tablet beside which Starlight's sidebar leaves little room, laptops and a wide desktop. */
const screens: { name: string; options: BrowserContextOptions }[] = [
  { name: '320 px', options: { viewport: { width: 320, height: 568 }, isMobile: true, hasTouch: true } },
  { name: '390 px', options: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } },
  { name: '860 px', options: { viewport: { width: 860, height: 800 } } },
  { name: '1024 px', options: { viewport: { width: 1024, height: 768 } } },
  { name: '1280 px', options: { viewport: { width: 1280, height: 800 } } },
  { name: '1600 px', options: { viewport: { width: 1600, height: 900 } } },
];
const site = useBuiltSite();

it('draws every arrowhead of both drawings at one size, whatever the width of its line', async () => {
  // A marker sized in stroke widths (SVG's default) grows with its line: the usual next levels'
  // thicker lines drew larger arrowheads than the feeders' and adjacent paths'.
  const context = await site.browser.newContext(screens[1]!.options);
  try {
    const page = await context.newPage();
    await page.goto(site.url + mapHref);
    const heads = await page.locator('figure.progression-map svg[data-map-layout] marker').evaluateAll((markers) =>
      (markers as SVGMarkerElement[]).map((m) => ({ userSpace: m.markerUnits.baseVal === SVGMarkerElement.SVG_MARKERUNITS_USERSPACEONUSE, width: m.markerWidth.baseVal.value, height: m.markerHeight.baseVal.value })),
    );
    expect(heads.length).toBeGreaterThanOrEqual(6);
    expect(new Set(heads.map((h) => JSON.stringify(h)))).toEqual(new Set([JSON.stringify({ ...heads[0]!, userSpace: true })]));
  } finally {
    await context.close();
  }
});

describe.each(screens)('the progression map at $name', ({ name, options }) => {
  it(`shows one drawing, the wide one exactly where its text fits at ${minTextPx} px, and tabbing brings each of its nodes wholly into view`, { timeout: 120_000 }, async () => {
    const context = await site.browser.newContext(options);
    try {
      const page = await context.newPage();
      await page.goto(site.url + mapHref);
      await pageReady(page);
      const figure = page.locator('figure.progression-map');
      const shown = await figure.locator('svg[data-map-layout]').evaluateAll((svgs) => svgs.filter((s) => s.checkVisibility()).map((s) => s.getAttribute('data-map-layout')));
      expect(shown, 'the drawings shown').toHaveLength(1);
      const layout = shown[0]!;

      // The width the wide drawing needs, from the drawing itself (shown or not): its smallest text
      // reaches `minTextPx` when the drawing is that much wider than its viewBox, plus its frame's sides.
      const fit = await figure.evaluate((fig, min) => {
        const svg = fig.querySelector<SVGSVGElement>('svg[data-map-layout="wide"]')!;
        const frame = getComputedStyle(svg.parentElement!);
        const inset = ['border-left-width', 'border-right-width', 'padding-left', 'padding-right'].reduce((sum, p) => sum + parseFloat(frame.getPropertyValue(p)), 0);
        const smallest = Math.min(...[...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize)));
        return { needs: (svg.viewBox.baseVal.width * min) / smallest + inset, figure: fig.getBoundingClientRect().width, from: fig.getAttribute('data-wide-from') };
      }, minTextPx);
      // The figure names the width rounded up to a step of its stylesheet (`never` beyond the last).
      expect(fit.from, 'data-wide-from of the figure').toBe(wideFrom(fit.needs));
      const fits = fit.from !== 'never' && fit.figure >= Number(fit.from);
      expect(layout, `the drawing shown in a figure ${fit.figure} px wide, where the wide one needs ${fit.needs.toFixed(1)} px (step ${fit.from})`).toBe(fits ? 'wide' : 'narrow');
      if (layout === 'wide') expect(fit.figure).toBeGreaterThanOrEqual(fit.needs);

      // Its text, as drawn: the size of each text element times the drawing's scale.
      const smallest = await figure.locator(`svg[data-map-layout="${layout}"]`).evaluate((svg: SVGSVGElement) => {
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        return Math.min(...[...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
      });
      expect(smallest, `the smallest text of the ${layout} map, in px`).toBeGreaterThanOrEqual(minTextPx);
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
