/**
 * No page scrolls sideways on a phone. Every page of dist/, served by nginx, at 320 and 390 px in
 * both themes: the page is no wider than the viewport, and every box that scrolls sideways inside
 * it can be reached by keyboard, has a name and shows that it scrolls (src/styles/scroll-box.css).
 * A failure names the page and the element that sticks out of its container.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site';
import { builtPages, notFoundPage } from '../support/dist';
import { readOverflow, type OverflowReading } from '../support/overflow';
import { pageReady } from '../support/ready';

const pages = [...builtPages(), notFoundPage()].map((p) => p.path);
/** The narrowest phone the handbook supports, and a common one. */
const widths = [320, 390] as const;
/** Starlight's themes, as its theme picker sets them on <html>. */
const themes = ['light', 'dark'] as const;

const site = useBuiltSite();

/** A phone-sized page: a mobile browser honours the page's viewport meta, as a phone does. */
async function phonePage(browser: Browser, width: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 800 }, isMobile: true, hasTouch: true });
  return context.newPage();
}

/** The problems of one reading, one line each, naming the page, the width and the theme. */
function problems(reading: OverflowReading, at: string): { wide: string[]; boxes: string[]; cut: string[] } {
  const wide = reading.page > reading.viewport ? [`${at}: the page is ${reading.page} px wide`, ...reading.causes.map((c) => `${at}: sticks out: ${c}`)] : [];
  const boxes = reading.scrollBoxes.filter((b) => b.problems.length).map((b) => `${at}: scroll box ${b.box}: ${b.problems.join('; ')}`);
  const cut = reading.cutOff.map((c) => `${at}: ${c}`);
  return { wide, boxes, cut };
}

describe(`every page on a phone (${pages.length} pages at ${widths.join(' and ')} px, ${themes.join(' and ')})`, () => {
  it('is no wider than the viewport, has no link or control past its left edge, and each box that scrolls sideways is focusable, named and shows that it scrolls', { timeout: 900_000 }, async ({ expect }) => {
    const wide: string[] = [];
    const boxes: string[] = [];
    const cut: string[] = [];
    const scrolling = new Set<string>();
    // One page per width, side by side.
    await Promise.all(
      widths.map(async (width) => {
        const page = await phonePage(site.browser, width);
        try {
          for (const path of pages) {
            await page.goto(site.url + path);
            await pageReady(page);
            for (const theme of themes) {
              await page.evaluate((t) => (document.documentElement.dataset['theme'] = t), theme);
              const reading = await readOverflow(page);
              const found = problems(reading, `${path} at ${width} px, ${theme}`);
              wide.push(...found.wide);
              boxes.push(...found.boxes);
              cut.push(...found.cut);
              for (const b of reading.scrollBoxes) scrolling.add(`${path} ${b.box}`);
            }
          }
        } finally {
          await page.context().close();
        }
      }),
    );
    console.log(`phones: ${pages.length} pages × ${widths.length} widths × ${themes.length} themes; ${wide.length} lines about wide pages, ${scrolling.size} boxes that scroll, ${boxes.length} problems with them`);
    expect.soft(wide, 'pages wider than the viewport, and the elements that stick out').toEqual([]);
    expect.soft(boxes, 'boxes that scroll sideways (src/styles/scroll-box.css: a focusable, named region)').toEqual([]);
    expect.soft(cut, 'links and controls that start past the left edge, where no scrolling reaches them').toEqual([]);
  });

  it('would name what widens a page, a link past its left edge and a box that scrolls without focus, name or cue (the measurement works)', async () => {
    const page = await phonePage(site.browser, 320);
    try {
      // A page of its own, without the handbook's styles: nothing here may be taken for granted.
      await page.setContent(`<!doctype html><meta name="viewport" content="width=device-width, initial-scale=1">
        <body style="margin:0">
          <header style="position:fixed;top:0;left:0;width:100%">A fixed header that only widens with the page</header>
          <p id="long-word">https://example.org/a/path/that/is/far/too/long/for/any/phone/screen/to/show</p>
          <div id="scrolls" style="overflow-x:auto"><div style="width:600px">A wide table in a box that scrolls</div></div>
          <div style="overflow-x:auto"><span id="escaping-label" style="position:absolute;left:500px;width:1px;height:1px;overflow:hidden">not rated</span></div>
          <h2>A heading <a id="cut-link" href="#x" style="margin-left:-200px">#</a></h2>
        </body>`);
      const reading = await readOverflow(page);
      expect(reading.viewport).toBe(320);
      expect(reading.page).toBeGreaterThan(320);
      expect(reading.causes.join('\n')).toMatch(/p#long-word/);
      expect(reading.causes.join('\n')).toMatch(/span#escaping-label "not rated"/);
      expect(reading.causes.join('\n')).not.toMatch(/header/);
      expect(reading.cutOff).toEqual([expect.stringMatching(/^a#cut-link "#" starts at -\d+ px$/)]);
      const box = reading.scrollBoxes.find((b) => b.box.startsWith('div#scrolls'));
      expect(box?.problems).toEqual([
        expect.stringMatching(/not reachable by keyboard/),
        expect.stringMatching(/no accessible name/),
        expect.stringMatching(/not a region/),
        expect.stringMatching(/no visible cue/),
      ]);
    } finally {
      await page.context().close();
    }
  });
});
