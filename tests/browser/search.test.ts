/**
 * Search in Chromium, as a reader uses it: the dialog opens in the reader's gesture while Pagefind's
 * UI loads (focus in a search box, Escape and Ctrl K working, a failed load said and tried again),
 * answers a level's other name and a question
 * in plain words with the canonical page first, a query that finds nothing as a whole with the pages
 * that match most of it, orders its first results as the search benchmark does, shows a level's other names and hides the fields
 * that only rank, and shows under a result the sections the search benchmark counts; the Browse page lists every page of a filter without a query, from the URL or the
 * keyboard, and fits a 320-pixel screen.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browseLink, pagefindFilters, browseGroups } from '~/lib/site/browse';
import { searchTerms } from '~/lib/site/search-query';
import { alsoCalledField, hiddenSearchFields, searchRanking } from '~/lib/site/search-weights';
import { browseHref, levelHref } from '~/lib/site/urls';
import type { LadderExport } from '~/schemas/export';
import { shownSubResults, type SearchHit } from '~/lib/site/search-eval';
import { asSearchHit, openPagefind } from '../../scripts/search/pagefind-index';
import { dialogResult } from '../../scripts/search/run-queries';
import { useBuiltSite } from '../support/built-site';
import { distDir } from '../support/dist';
import { pageReady } from '../support/ready';
import { openSearch, searchFor, slowSearchUi } from '../support/search-dialog';

const site = useBuiltSite();
const ladder = JSON.parse(readFileSync(join(distDir, 'ladder.json'), 'utf8')) as LadderExport;
/** A level with other names, for the dialog's tests. */
const aliased = ladder.levels.find((l) => l.aliases.length > 0)!;

/** Whether the search dialog is open. */
const dialogOpen = (page: Page) => page.evaluate(() => !!document.querySelector('dialog[open]'));
/** The focused element: its tag, whether it is in the open dialog, whether it is Pagefind's search box. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return { tag: element?.tagName.toLowerCase(), inDialog: !!element?.closest('dialog[open]'), pagefind: !!element?.matches('.pagefind-ui__search-input') };
  });

/** The text of the search dialog's status line (while Pagefind's UI loads, or fails to). */
const statusText = (page: Page) => page.evaluate(() => document.querySelector('dialog [role="status"]')?.textContent?.trim() ?? null);

/**
 * A new page on the home page whose search dialog the reader opened with a click while Pagefind's
 * UI is held back (`slowSearchUi`), or, `failing`, while it cannot load. Returns the page, the held
 * UI and the dialog's status as it read before the click.
 */
async function dialogOpenedWhileUiLoads({ failing = false } = {}) {
  const page = await site.browser.newPage();
  await page.goto(site.url + '/');
  await pageReady(page);
  const ui = await slowSearchUi(page);
  if (failing) {
    ui.release();
    ui.fail(true);
  }
  const statusBefore = await statusText(page);
  await page.click('button[data-open-modal]');
  await expect.poll(() => dialogOpen(page), { message: 'the dialog opens in the click, before Pagefind’s UI is drawn' }).toBe(true);
  return { page, ui, statusBefore };
}

/** The Browse page at `href`, once its island has listed the pages. */
async function openBrowse(page: Page, href: string) {
  await page.goto(site.url + href);
  await pageReady(page);
  await page.waitForSelector('browse-pages[data-ready]', { timeout: 60_000 });
}
/** The pages the Browse page lists now, once its status reads `status`. */
async function listed(page: Page, status: RegExp) {
  await page.waitForFunction((source) => new RegExp(source).test(document.querySelector('[data-browse-status]')?.textContent ?? ''), status.source, { timeout: 20_000 });
  return page.locator('[data-browse-results] a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}
/** The paths of the pages the index holds for these filters, searched from Node. */
async function indexed(filters: Record<string, unknown>) {
  const index = await openPagefind(distDir);
  try {
    return (await index.search(null, { filters, limit: Infinity })).map((d) => d.url).sort();
  } finally {
    await index.close();
  }
}

describe('the search dialog', () => {
  it('draws Pagefind’s UI when a reader is about to search, not while the page loads', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url + '/');
    await pageReady(page);
    expect(await page.locator('#starlight__search > *').count(), 'Pagefind’s UI drawn on a page no one has searched').toBe(0);
    // A pointer over the button draws it (without opening the dialog), so that it is ready for the click.
    await page.hover('button[data-open-modal]');
    await page.locator('#starlight__search .pagefind-ui__search-input').waitFor({ state: 'attached', timeout: 60_000 });
    expect(await page.locator('dialog[open]').count()).toBe(0);
    await page.close();
  });

  it('starts drawing Pagefind’s UI at the first touch of the button, before the click', async () => {
    for (const intent of ['pointerdown', 'touchstart']) {
      const page = await site.browser.newPage();
      await page.goto(site.url + '/');
      await pageReady(page);
      await page.locator('button[data-open-modal]').evaluate((button, type) => button.dispatchEvent(new Event(type)), intent);
      await page.locator('#starlight__search .pagefind-ui__search-input').waitFor({ state: 'attached', timeout: 15_000 });
      expect(await dialogOpen(page), intent).toBe(false);
      await page.close();
    }
  });

  it('opens at once while Pagefind’s UI loads, with focus in a search box and a status, then hands what was typed and the focus to Pagefind’s box', async () => {
    // A phone shows its keyboard only for a focus moved in the reader's tap: the dialog cannot wait for the UI.
    const { page, ui } = await dialogOpenedWhileUiLoads();
    expect(await focused(page)).toEqual({ tag: 'input', inDialog: true, pagefind: false });
    expect((await page.locator('dialog[open] [role="status"]').textContent())?.trim(), 'the dialog says what it is doing').not.toBe('');
    const name = await page.evaluate(() => (document.activeElement as HTMLInputElement).title);
    await page.keyboard.type('a query');
    ui.release();
    const pagefindBox = page.locator('dialog[open] .pagefind-ui__search-input');
    await pagefindBox.waitFor({ timeout: 15_000 });
    await expect.poll(() => focused(page)).toEqual({ tag: 'input', inDialog: true, pagefind: true });
    expect(await pagefindBox.inputValue()).toBe('a query');
    expect(await pagefindBox.getAttribute('title'), 'the two boxes have the same name').toBe(name);
    expect(await page.locator('dialog input:not([type="checkbox"])').count(), 'one search box').toBe(1);
    await page.close();
  });

  it('closes with Escape and toggles with Ctrl K while Pagefind’s UI loads, and never opens later by itself', async () => {
    const { page, ui } = await dialogOpenedWhileUiLoads();
    await page.keyboard.press('Escape');
    await expect.poll(() => dialogOpen(page), { message: 'Escape closes it' }).toBe(false);
    await page.keyboard.press('Control+k');
    await expect.poll(() => dialogOpen(page), { message: 'Ctrl K opens it' }).toBe(true);
    await page.keyboard.press('Control+k');
    await expect.poll(() => dialogOpen(page), { message: 'Ctrl K again closes it' }).toBe(false);
    ui.release();
    await page.locator('#starlight__search .pagefind-ui__search-input').waitFor({ state: 'attached', timeout: 15_000 });
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
    expect(await dialogOpen(page), 'a dialog the reader closed stays closed once the UI is drawn').toBe(false);
    await page.close();
  });

  it('says so when Pagefind’s UI cannot load, and loads it on the next open', async () => {
    const { page, ui, statusBefore: loading } = await dialogOpenedWhileUiLoads({ failing: true });
    await expect.poll(() => statusText(page), { message: 'the dialog says that search could not load', timeout: 15_000 }).not.toBe(loading);
    expect(await statusText(page)).toBeTruthy();
    ui.fail(false);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialogOpen(page)).toBe(false);
    await page.click('button[data-open-modal]');
    await page.locator('dialog[open] .pagefind-ui__search-input').waitFor({ timeout: 15_000 });
    await expect.poll(() => focused(page)).toEqual({ tag: 'input', inDialog: true, pagefind: true });
    await page.close();
  });

  it('answers a query that finds nothing as a whole with the pages that match most of it', async () => {
    // A level's name beside a word that the site holds, but never on a page with that name:
    // Pagefind alone finds nothing, as it returns only pages that hold every word.
    const index = await openPagefind(distDir);
    let query = '';
    try {
      const words = [...new Set(ladder.glossary.flatMap((t) => t.term.toLowerCase().match(/[a-z]{4,}/g) ?? []))];
      for (const word of words) {
        if ((await index.search(word, { limit: 1 })).length && !(await index.search(`${aliased.title} ${word}`, { limit: 1 })).length) {
          query = `${aliased.title} ${word}`;
          break;
        }
      }
    } finally {
      await index.close();
    }
    expect(query, 'a word of a glossary term that no page holds beside the level’s title').not.toBe('');
    // The dialog answers, and as the benchmark's fallback does: same first page.
    const ranked = await openPagefind(distDir, searchRanking);
    let expected: string;
    try {
      expected = (await ranked.search(searchTerms(query), { limit: 1, fallback: true }))[0]!.url;
    } finally {
      await ranked.close();
    }
    const page = await site.browser.newPage();
    await page.goto(site.url + '/');
    const results = await searchFor(page, await openSearch(page), query);
    const first = new URL((await results.first().locator('.pagefind-ui__result-link').first().getAttribute('href'))!, site.url).pathname;
    expect(first).toBe(new URL(expected, site.url).pathname);
    await page.close();
  });

  it('orders its first results as the benchmark does, where the handbook’s module reorders Pagefind’s', async () => {
    // Among the names of the content, as written and followed by a word that few of their pages
    // hold (so that partial matches come into play): one whose first results the handbook's module
    // (other word forms, partial matches, names that hold the whole query first) orders differently
    // from Pagefind alone.
    const names = [...Object.values(ladder.roleDescriptions as Record<string, { kpis?: { metrics: { name: string }[] } }>).flatMap((p) => p.kpis?.metrics.map((m) => m.name) ?? []), ...ladder.glossary.map((t) => t.term)];
    const index = await openPagefind(distDir, searchRanking);
    let query = '';
    let expected: string[] = [];
    try {
      for (const name of names.flatMap((n) => [n, `${n.toLowerCase()} role`])) {
        const ours = (await index.search(searchTerms(name), { limit: 5, fallback: true })).map((r) => r.url);
        const pagefinds = (await index.search(searchTerms(name), { limit: 5 })).map((r) => r.url);
        if (ours.length > 1 && ours.join() !== pagefinds.join()) {
          [query, expected] = [name, ours];
          break;
        }
      }
    } finally {
      await index.close();
    }
    expect(query, 'a name whose first results the handbook’s module reorders').not.toBe('');
    const page = await site.browser.newPage();
    await page.goto(site.url + '/');
    const results = await searchFor(page, await openSearch(page), query);
    await expect.poll(() => results.locator('.pagefind-ui__result-link').count()).toBeGreaterThanOrEqual(expected.length);
    const shown = await results.evaluateAll((items) =>
      items.map((item) => new URL((item.querySelector('.pagefind-ui__result-link') as HTMLAnchorElement).href).pathname),
    );
    expect(shown.slice(0, expected.length)).toEqual(expected);
    await page.close();
  });

  it('finds a level by another of its names, and shows that name under the result, never a ranking-only field', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url + '/');
    const results = await searchFor(page, await openSearch(page), aliased.aliases.at(-1)!);
    const first = results.first();
    expect(new URL((await first.locator('.pagefind-ui__result-link').first().getAttribute('href'))!, site.url).pathname).toBe(levelHref(aliased.id));
    // The names, with their label: as a tag, or in the page's own excerpt, which then has no tag repeating them.
    const named = first.locator(`:scope .pagefind-ui__result-tag, :scope .pagefind-ui__result-inner > .pagefind-ui__result-excerpt`);
    await expect.poll(async () => (await named.allTextContents()).filter((t) => t.includes(`${alsoCalledField}:`) && t.includes(aliased.aliases.at(-1)!))).toHaveLength(1);
    const tags = await page.locator('dialog[open] .pagefind-ui__result-tag').allTextContents();
    for (const field of hiddenSearchFields) expect(tags.filter((t) => t.startsWith(`${field}:`))).toEqual([]);
    await page.close();
  });

  it('keeps a page’s own excerpt inside its result’s card, on a phone and a desktop, and never repeats as a tag a field that excerpt shows', async () => {
    for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 900 }]) {
      const context = await site.browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(site.url + '/');
      await searchFor(page, await openSearch(page), aliased.aliases.at(-1)!);
      // Each result whose page's own entry Pagefind's UI shows (the excerpt beside its title, not in a section).
      const cards = await page.locator('dialog[open] .pagefind-ui__result-inner:has(> .pagefind-ui__result-excerpt)').evaluateAll((inners) =>
        inners.map((inner) => {
          const title = inner.querySelector(':scope > .pagefind-ui__result-title')!;
          const excerpt = inner.querySelector(':scope > .pagefind-ui__result-excerpt')!;
          const textStart = (e: Element) => e.getBoundingClientRect().left + parseFloat(getComputedStyle(e).paddingLeft);
          return {
            title: title.textContent,
            background: [getComputedStyle(title).backgroundColor, getComputedStyle(excerpt).backgroundColor],
            textStart: [textStart(title), textStart(excerpt)],
            excerpt: excerpt.textContent ?? '',
            tags: [...inner.querySelectorAll('.pagefind-ui__result-tag')].map((t) => t.textContent?.trim() ?? ''),
          };
        }),
      );
      expect(cards.length, `${viewport.width}px: a level's other name shows the level's own entry`).toBeGreaterThan(0);
      for (const card of cards) {
        const where = `${viewport.width}px, ${card.title}`;
        expect(card.background[1], `${where}: the excerpt is drawn on its card`).toBe(card.background[0]);
        expect(card.textStart[1], `${where}: the excerpt starts where its title does`).toBeCloseTo(card.textStart[0]!, 0);
        const repeated = card.tags.filter((t) => card.excerpt.includes(t.slice(0, t.indexOf(':') + 1)));
        expect(repeated, `${where}: a tag repeats what the excerpt shows`).toEqual([]);
      }
      await context.close();
    }
  });

  it('shows under a result the sections the benchmark counts: those about the query, where it weighs most', async () => {
    // Among the names of the content (KPIs, glossary terms), one for which the dialog's choice of
    // sections differs from Pagefind's own, when there is one: there the dialog's choice shows.
    const names = [...Object.values(ladder.roleDescriptions as Record<string, { kpis?: { metrics: { name: string }[] } }>).flatMap((p) => p.kpis?.metrics.map((m) => m.name) ?? []), ...ladder.glossary.map((t) => t.term)];
    const urlsOf = (hit: SearchHit) => shownSubResults(hit).map((s) => s.url);
    const index = await openPagefind(distDir, searchRanking);
    let query = names[0]!;
    let expected: string[] = [];
    try {
      for (const name of names) {
        // The dialog's first result, as its module ranks it and chooses its sections, and Pagefind's own for the same page.
        const [first] = await index.search(searchTerms(name), { limit: 1, fallback: true });
        if (!first) continue;
        const own = (await index.search(searchTerms(name), { limit: Infinity })).find((r) => r.url === first.url) ?? first;
        const ours = urlsOf(asSearchHit(dialogResult(first)));
        if (!expected.length || ours.join() !== urlsOf(asSearchHit(own)).join()) [query, expected] = [name, ours];
        if (ours.join() !== urlsOf(asSearchHit(own)).join()) break;
      }
    } finally {
      await index.close();
    }
    expect(expected.length, `sections for “${query}”`).toBeGreaterThan(0);
    const page = await site.browser.newPage();
    await page.goto(site.url + '/');
    const results = await searchFor(page, await openSearch(page), query);
    await results.first().locator('.pagefind-ui__result-nested').first().waitFor();
    const shown = await results
      .first()
      .locator('.pagefind-ui__result-nested a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash));
    expect(shown).toEqual(expected);
    await page.close();
  });

  it('searches a question typed in plain words for its topic words, as the benchmark does', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url + '/');
    const question = `how do I get promoted to ${aliased.title}?`;
    await searchFor(page, await openSearch(page), question);
    const message = (await page.locator('dialog[open] .pagefind-ui__message').textContent()) ?? '';
    const index = await openPagefind(distDir, searchRanking);
    try {
      const asked = await index.search(searchTerms(question), { limit: Infinity, fallback: true });
      const asTyped = await index.search(question, { limit: Infinity });
      expect(asked.length).toBeGreaterThan(asTyped.length);
      expect(message).toMatch(new RegExp(`^${asked.length} results? for`));
    } finally {
      await index.close();
    }
    await page.close();
  });
});

describe('the Browse page', () => {
  const groups = browseGroups({ types: [], levels: ladder.levels.map((l) => l.title), tracks: ladder.tracks.map((t) => t.name) });

  it('lists every page of a level from a link, as the search index holds them', async () => {
    const page = await site.browser.newPage();
    const level = ladder.levels[0]!;
    await openBrowse(page, browseLink({ level: [level.title] }));
    const expected = await indexed(pagefindFilters({ level: [level.title] }, groups));
    expect(expected.length).toBeGreaterThan(0);
    expect((await listed(page, /match these filters/)).sort()).toEqual(expected);
    expect(await page.getByRole('checkbox', { name: level.title }).isChecked()).toBe(true);
    await page.close();
  });

  it('is driven from the keyboard: a filter chosen with Space narrows the list and the URL, Clear lists every page again', async () => {
    const page = await site.browser.newPage();
    await openBrowse(page, browseHref);
    const all = await listed(page, /in the handbook/);
    expect(all.sort()).toEqual(await indexed({}));
    const track = ladder.tracks[0]!;
    const box = page.getByRole('checkbox', { name: track.name });
    await box.focus();
    await page.keyboard.press('Space');
    const narrowed = await listed(page, /match these filters/);
    expect(narrowed.sort()).toEqual(await indexed(pagefindFilters({ track: [track.name] }, groups)));
    expect(narrowed.length).toBeLessThan(all.length);
    expect(new URL(page.url()).search).toBe(new URL(browseLink({ track: [track.name] }), site.url).search);
    await page.getByRole('button', { name: 'Clear the filters' }).focus();
    await page.keyboard.press('Enter');
    expect((await listed(page, /in the handbook/)).length).toBe(all.length);
    expect(new URL(page.url()).search).toBe('');
    await page.close();
  });

  it('fits a 320-pixel screen without scrolling sideways', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 700 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await openBrowse(page, browseLink({ level: [ladder.levels.at(-1)!.title] }));
    await listed(page, /match these filters/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});
