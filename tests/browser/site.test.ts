import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site';
import { openSearch } from '../support/search-dialog';

const site = useBuiltSite();

describe('the handbook in Chromium', () => {
  it('opens the home page and every sidebar link', async () => {
    const page = await site.browser.newPage();
    const home = await page.goto(site.url + '/');
    expect(home?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toContain('ML Engineering Career Handbook');
    // The splash home page has no sidebar; a role page carries the whole sidebar.
    await page.goto(site.url + '/roles/lead-ml-engineer/');
    const hrefs = await page.$$eval('nav[aria-label="Main"] a[href]', (as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(15);
    for (const href of new Set(hrefs)) {
      const response = await page.goto(site.url + href);
      expect(response?.status(), href).toBe(200);
      expect(await page.locator('h1').count(), href).toBe(1);
    }
    await page.close();
  });

  it('searches for “drift” and lists results', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url + '/roles/lead-ml-engineer/');
    await (await openSearch(page)).fill('drift');
    const results = page.locator('.pagefind-ui__result');
    await results.first().waitFor({ timeout: 20_000 });
    expect(await results.count()).toBeGreaterThan(0);
    const firstLink = await results.first().locator('a').first().getAttribute('href');
    expect(firstLink).toMatch(/^\//);
    await page.close();
  });

  it('serves a 404 page with a way back', async () => {
    const page = await site.browser.newPage();
    const response = await page.goto(site.url + '/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toContain('Page not found');
    await page.close();
  });
});
