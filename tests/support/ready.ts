import type { Page } from 'playwright-core';

/**
 * Waits until a page with JavaScript is ready for a reader: loaded, Starlight's search button
 * enabled, and the browser idle twice after that, so that the page's module scripts (its islands)
 * and the tasks they start have run. (Pagefind's search box is drawn only when a reader is about to
 * search: `openSearch` in ./search-dialog.ts waits for it.) A test of a tool waits for that tool's
 * island as well.
 */
export async function pageReady(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      if (document.readyState !== 'complete') return false;
      const button = document.querySelector('site-search button[data-open-modal]');
      return !button || !button.hasAttribute('disabled');
    },
    undefined,
    { timeout: 60_000 },
  );
  for (let round = 0; round < 2; round++) await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 10_000 })));
}
