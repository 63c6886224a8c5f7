import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/dist';
import { describeStops, focusedStop, tabWalk, type FocusStop } from '../support/keyboard';
import { toolPaths } from '../support/page-types';
import { useBuiltSite } from '../support/built-site';
import { pageReady } from '../support/ready';

const desktop: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
const phone: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const pages = builtPages();
const built = new Set(pages.map((p) => p.path));
const tools = new Set(toolPaths());
/** A content page with the header, the sidebar and a table of contents. */
const contentPath = pages.find((p) => !tools.has(p.path) && /\bdata-has-sidebar\b/.test(p.html) && /\bdata-has-toc\b/.test(p.html))!.path;

const site = useBuiltSite();

async function open(options: BrowserContextOptions, path: string): Promise<Page> {
  const context = await site.browser.newContext(options);
  const page = await context.newPage();
  await page.goto(site.url + path);
  await pageReady(page);
  return page;
}

/** Stops a keyboard user could not use: unnamed (tables excepted: a scrolling table is named by its content), invisible, or without a focus indicator. */
function unusable(stops: FocusStop[]): string[] {
  return describeStops(stops.filter((s) => (!s.name && s.role !== 'table') || !s.visible || !s.indicator));
}

describe('keyboard only', () => {
  it('walks a content page: skip link, header, search, theme, sidebar, content, and round again', { timeout: 180_000 }, async () => {
    const page = await open(desktop, contentPath);
    const stops = await tabWalk(page);
    const lines = describeStops(stops);
    expect(stops[0], lines.join('\n')).toMatchObject({ role: 'link', name: 'Skip to content' });
    expect(stops.some((s) => s.role === 'link' && s.href === '/' && s.name), 'the site title links home').toBe(true);
    expect(lines).toContain('button "Search"');
    expect(stops.some((s) => s.role === 'combobox' && /theme/i.test(s.name)), 'the theme select').toBe(true);
    const sidebarLinks = await page.$$eval('#starlight__sidebar a[href]', (as) =>
      as.filter((a) => a.checkVisibility()).map((a) => a.getAttribute('href')!),
    );
    const reached = new Set(stops.map((s) => s.href));
    expect(sidebarLinks.filter((href) => !reached.has(href)), 'sidebar links the walk never reached').toEqual([]);
    expect(stops.find((s) => s.href === contentPath)?.current, 'the current page is marked in the sidebar').toBe('page');
    expect(stops.length, 'the walk comes back to the start (no keyboard trap)').toBeLessThan(300);
    expect(unusable(stops)).toEqual([]);
    await page.context().close();
  });

  it('skips to the content with the skip link', async () => {
    const page = await open(desktop, contentPath);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const inMain = await page.evaluate(() => !!document.activeElement?.closest('main'));
    expect(inMain, `focus after the skip link: ${describeStops([(await focusedStop(page))!])}`).toBe(true);
    await page.context().close();
  });

  it('searches: opens the dialog, types, reaches a result, and Escape returns to the button', { timeout: 120_000 }, async () => {
    const page = await open(desktop, contentPath);
    const walk = await tabWalk(page, { until: (s) => s.name === 'Search' && s.role === 'button' });
    expect(walk.at(-1)?.name).toBe('Search');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => !!document.querySelector('dialog[open]'))).toBe(true);
    const input = await focusedStop(page);
    expect(input?.tag, 'focus moves into the search field').toBe('input');
    // The page's own title: a query with results, whatever the content.
    await page.keyboard.type((await page.locator('h1').textContent())!.trim());
    await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 60_000 });
    const toResult = await tabWalk(page, { max: 10, until: (s) => s.tag === 'a' });
    expect(toResult.at(-1)?.href ?? '', describeStops(toResult).join('\n')).toMatch(/^\//);
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog')), 'focus stays in the dialog').toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => !!document.querySelector('dialog[open]'))).toBe(false);
    expect((await focusedStop(page))?.name, 'focus returns to the search button').toBe('Search');
    await page.keyboard.press('Control+k');
    await expect.poll(() => page.evaluate(() => !!document.querySelector('dialog[open]')), { message: 'Ctrl+K opens the search' }).toBe(true);
    await page.context().close();
  });

  it('opens the menu on a phone and walks into the sidebar', { timeout: 120_000 }, async () => {
    const page = await open(phone, contentPath);
    const walk = await tabWalk(page, { until: (s) => s.name === 'Menu' });
    expect(describeStops(walk).at(-1)).toBe('button "Menu"');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#starlight__sidebar').evaluate((el) => el.matches(':popover-open'))).toBe(true);
    const inMenu = await tabWalk(page, { max: 40 });
    expect(inMenu.filter((s) => s.href?.startsWith('/')).length, describeStops(inMenu).join('\n')).toBeGreaterThan(3);
    expect(unusable(inMenu)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#starlight__sidebar').evaluate((el) => el.matches(':popover-open'))).toBe(false);
    await page.context().close();
  });

  it('walks every tool page without a trap, every stop named, visible and with a focus indicator', { timeout: 300_000 }, async () => {
    const toolPages = [...tools].filter((p) => built.has(p));
    const problems: string[] = [];
    for (const path of toolPages) {
      for (const options of [desktop, phone]) {
        const page = await open(options, path);
        const stops = await tabWalk(page);
        if (stops.length >= 300) problems.push(`${path}: the walk never came back to the start`);
        problems.push(...unusable(stops).map((s) => `${path} (${options.viewport?.width}px): ${s}`));
        await page.context().close();
      }
    }
    console.log(`keyboard: ${toolPages.length} tool pages walked (${toolPages.join(', ') || 'none yet'})`);
    expect(problems).toEqual([]);
  });
});
