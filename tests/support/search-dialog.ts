import type { Locator, Page } from 'playwright-core';

/** Opens Starlight's search dialog on `page` and returns its input, ready to type a query into. */
export async function openSearch(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: /search/i }).first().click();
  return page.locator('dialog .pagefind-ui__search-input');
}
