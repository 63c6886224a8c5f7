import type { BrowserContextOptions } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { toolPaths } from '../support/page-types';
import { useBuiltSite } from '../support/built-site';
import { pageReady } from '../support/ready';

// WCAG 2.2 SC 2.4.11 Focus Not Obscured (Minimum, AA): a control that receives keyboard focus must
// not be entirely hidden by content the author put on top of it (a sticky bar, a fixed banner).
// A sticky bar covers more of a narrow screen (its text wraps) and sits over other controls on a wide one.
const screens: { name: string; options: BrowserContextOptions }[] = [
  { name: '390 px', options: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } },
  { name: '320 px', options: { viewport: { width: 320, height: 568 }, isMobile: true, hasTouch: true } },
  { name: '1280 px', options: { viewport: { width: 1280, height: 800 } } },
];
const site = useBuiltSite();

describe.each(screens)('focus is never hidden under a sticky or fixed element at $name', ({ name, options }) => {
  for (const path of toolPaths()) {
    it(`tabs through the content of ${path} at ${name}`, { timeout: 120_000 }, async () => {
      const context = await site.browser.newContext(options);
      const page = await context.newPage();
      await page.goto(site.url + path);
      await pageReady(page);
      // Start just before the first control of the content, then walk until focus leaves it.
      await page.click('main h1');
      const hidden: string[] = [];
      for (let step = 0; step < 400; step++) {
        await page.keyboard.press('Tab');
        const stop = await page.evaluate(() => {
          const focused = document.activeElement;
          if (!(focused instanceof HTMLElement) || !focused.closest('main')) return null;
          const box = focused.getBoundingClientRect();
          const label = `${focused.tagName.toLowerCase()}${focused.id ? `#${focused.id}` : ''} “${(focused.textContent ?? '').trim().slice(0, 40)}”`;
          // Every sample point of the control is under an element that is neither it nor its label.
          const points = [0.25, 0.5, 0.75].flatMap((fx) => [0.25, 0.5, 0.75].map((fy) => [box.left + box.width * fx, box.top + box.height * fy] as const));
          const labels = 'labels' in focused ? [...((focused as HTMLInputElement).labels ?? [])] : [];
          const covered = points.every(([x, y]) => {
            const top = document.elementFromPoint(x, y);
            return !!top && !focused.contains(top) && !top.contains(focused) && !labels.some((l) => l.contains(top));
          });
          return { label, covered };
        });
        if (!stop) break;
        if (stop.covered) hidden.push(stop.label);
      }
      await context.close();
      expect(hidden, `focused controls entirely covered on ${path}`).toEqual([]);
    });
  }
});
