import type { Page } from 'playwright-core';

/**
 * Waits until a page with JavaScript is ready for a reader: loaded, Starlight's search button
 * enabled and Pagefind's search box drawn. Starlight sets the search up when the browser is idle,
 * after the page's own module scripts (its islands) have run, so this is the last thing a page does
 * on its own. A test of a tool waits for that tool's island as well.
 */
export async function pageReady(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      if (document.readyState !== 'complete') return false;
      const search = document.querySelector('site-search');
      if (!search) return true;
      const button = search.querySelector('button[data-open-modal]');
      return !!button && !button.hasAttribute('disabled') && !!search.querySelector('.pagefind-ui__search-input');
    },
    undefined,
    { timeout: 60_000 },
  );
}
