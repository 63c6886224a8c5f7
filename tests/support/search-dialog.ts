import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { distDir } from './dist';
import { pageReady } from './ready';

/**
 * Opens Starlight's search dialog on `page`, once the page is ready (the button is disabled until
 * Starlight's script runs, and the search box exists once Pagefind's UI is drawn), and returns its
 * search box, focused, ready to type a query into.
 */
export async function openSearch(page: Page): Promise<Locator> {
  await pageReady(page);
  await page.locator('button[data-open-modal]').click();
  const input = page.locator('dialog[open] .pagefind-ui__search-input');
  await input.waitFor();
  return input;
}

/**
 * Types `query` into the open search box and waits for its results: Pagefind loads its index on
 * the first search, says how many results it found for the query (“5 results for drift”), then
 * shows placeholders while each result loads. Returns the results.
 */
export async function searchFor(page: Page, input: Locator, query: string): Promise<Locator> {
  await input.fill(query);
  await page.waitForFunction(
    (q) => {
      const dialog = document.querySelector('dialog[open]');
      const forQuery = dialog?.querySelector('.pagefind-ui__message')?.textContent?.includes(q);
      return forQuery && !!dialog?.querySelector('.pagefind-ui__result') && !dialog.querySelector('.pagefind-ui__loading');
    },
    query,
    { timeout: 60_000 },
  );
  return page.locator('dialog[open] .pagefind-ui__result');
}

/**
 * Holds back the script of Pagefind's UI (the built file that draws its search box) on `page`
 * until `release` is called, or fails it while `fail` is set: a slow or lost connection, as a reader
 * meets it on the first search.
 */
export async function slowSearchUi(page: Page): Promise<{ release: () => void; fail: (failing: boolean) => void }> {
  const file = globSync('_astro/**/*.js', { cwd: distDir }).find((f) => readFileSync(join(distDir, f), 'utf8').includes('pagefind-ui__search-input'));
  if (!file) throw new Error('no script in dist/_astro draws Pagefind’s search box');
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let failing = false;
  await page.route(`**/${file}`, async (route) => {
    if (failing) return route.abort('internetdisconnected');
    await released;
    await route.continue();
  });
  return { release, fail: (value) => (failing = value) };
}
