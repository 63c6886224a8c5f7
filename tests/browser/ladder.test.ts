/**
 * The career ladder in Chromium (issue 4): every level and comparison page opens, the comparison
 * picker opens the chosen pair (with and without JavaScript), every node of the progression map links to
 * something that exists, and search offers the ladder's filters.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Role } from '~/schemas/role';
import { allPairs } from '~/lib/ladder/level-order';
import { pairSlug } from '~/lib/site/urls';
import { loadContent } from '~/lib/content/validation/load';
import { useBuiltSite } from '../support/built-site';
import { pageReady } from '../support/ready';
import { openSearch, searchFor } from '../support/search-dialog';

/** The levels as the content defines them, in ladder order (tracks in file order, then rank). */
function ladderFromContent() {
  const { entries } = loadContent(join(import.meta.dirname, '../..'));
  const tracks = entries.filter((e) => e.collection === 'tracks').map((e) => e.id);
  const levels = entries
    .filter((e) => e.collection === 'roles')
    .map((e) => ({ id: e.id, ...(e.data as Role) }))
    .sort((a, b) => tracks.indexOf(a.track) - tracks.indexOf(b.track) || a.rank - b.rank);
  const paths = entries.filter((e) => e.collection === 'paths').map((e) => e.id);
  const competencies = entries.filter((e) => e.collection === 'competencies').map((e) => e.id);
  const titleOf = (id: string) => levels.find((l) => l.id === id)!.title;
  return { levels, order: levels.map((l) => l.id), paths, competencies, titleOf };
}

const ladder = ladderFromContent();
const site = useBuiltSite();
const pairs = allPairs(ladder.order);
/**
 * The time a test that opens a page per level or per pair of levels may take: 8 s a page beside
 * the browser project's 120 s, so that the number of comparison pages, which grows with the square
 * of the number of levels, never runs a team's added levels out of time.
 */
const timeoutFor = (pageCount: number) => ({ timeout: Math.max(120_000, pageCount * 8_000) });

async function open(page: Page, path: string) {
  const response = await page.goto(site.url + path);
  expect(response?.status(), path).toBe(200);
  expect(await page.locator('h1').count(), `${path}: h1 count`).toBe(1);
  return (await page.locator('h1').textContent())?.trim() ?? '';
}

describe('the career ladder in Chromium', () => {
  it('opens every level page, with an expectation heading for each competency', timeoutFor(ladder.levels.length), async () => {
    expect(ladder.levels.length, 'levels in content/roles').toBeGreaterThan(1);
    const page = await site.browser.newPage();
    for (const level of ladder.levels) {
      expect(await open(page, `/ladder/levels/${level.id}/`)).toBe(level.title);
      for (const competency of Object.keys(level.expectations))
        expect(await page.locator(`h3[id="${competency}"]`).count(), `${level.id}#${competency}`).toBe(1);
    }
    await page.close();
  });

  it('opens a comparison page for every pair of levels', timeoutFor(pairs.length + 1), async () => {
    expect(pairs).toHaveLength((ladder.order.length * (ladder.order.length - 1)) / 2);
    const page = await site.browser.newPage();
    for (const [a, b] of pairs) {
      const h1 = await open(page, `/ladder/compare/${pairSlug(a, b, ladder.order)}/`);
      expect(h1).toBe(`${ladder.titleOf(a)} vs ${ladder.titleOf(b)}`);
      // One section per competency that either level expects.
      const [from, to] = [a, b].map((id) => ladder.levels.find((l) => l.id === id)!);
      const expected = ladder.competencies.filter((c) => from!.expectations[c] || to!.expectations[c]);
      expect(await page.locator('.comparison').count(), h1).toBe(expected.length);
    }
    // The index lists every pair.
    await open(page, '/ladder/compare/');
    const listed = await page.$$eval('main a[href^="/ladder/compare/"]', (as) => as.map((a) => a.getAttribute('href')));
    for (const [a, b] of pairs) expect(listed).toContain(`/ladder/compare/${pairSlug(a, b, ladder.order)}/`);
    await page.close();
  });

  for (const javaScriptEnabled of [true, false]) {
    it(`opens the comparison chosen in the picker, in ladder order whichever way round it was picked, ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, async () => {
      const context = await site.browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await open(page, '/ladder/');
      if (javaScriptEnabled) await pageReady(page);
      // Picked the wrong way round: the last level first, against the first (across tracks when the ladder has two).
      const [earlier, later] = [ladder.order[0]!, ladder.order.at(-1)!];
      const picker = page.locator('.compare-picker').first();
      await picker.getByLabel('Level', { exact: true }).selectOption(later);
      await picker.getByLabel('Compare with').selectOption(earlier);
      // The one link shown is the chosen pair's (the others are hidden, out of the accessibility tree).
      const link = picker.getByRole('link');
      await expect.poll(() => link.count()).toBe(1);
      await Promise.all([page.waitForURL(`**/ladder/compare/${pairSlug(earlier, later, ladder.order)}/`), link.click()]);
      expect(await page.locator('h1').textContent()).toBe(`${ladder.titleOf(earlier)} vs ${ladder.titleOf(later)}`);

      // The same level twice: a message, and no link.
      await open(page, '/ladder/');
      const again = page.locator('.compare-picker').first();
      await again.getByLabel('Level', { exact: true }).selectOption(earlier);
      await again.getByLabel('Compare with').selectOption(earlier);
      await expect.poll(() => again.getByText('two different levels').filter({ visible: true }).count()).toBe(1);
      expect(await again.getByRole('link').count()).toBe(0);
      await context.close();
    });
  }

  it('links every node of the progression map to a page or an anchor that exists', async () => {
    const page = await site.browser.newPage();
    await open(page, '/ladder/map/');
    // Two drawings, wide and narrow (one shown at a time), with the same nodes and links.
    const nodesOf = (layout: string) =>
      page.$$eval(`figure svg[data-map-layout="${layout}"] a[data-node]`, (as) => as.map((a) => ({ id: a.getAttribute('data-node')!, href: a.getAttribute('href')! })).sort((a, b) => (a.id < b.id ? -1 : 1)));
    const nodes = await nodesOf('wide');
    expect(nodes.map((n) => n.id)).toEqual([...ladder.order, ...ladder.paths].sort());
    expect(await nodesOf('narrow')).toEqual(nodes);
    // Selecting a node follows its link.
    const level = nodes.find((n) => n.id === ladder.order[0])!;
    await Promise.all([page.waitForURL(`**${level.href}`), page.locator(`svg[data-map-layout="wide"] a[data-node="${level.id}"]`).click()]);
    for (const node of nodes) {
      const [path, anchor] = node.href.split('#');
      await open(page, path!);
      if (anchor) expect(await page.locator(`[id="${anchor}"]`).count(), node.href).toBe(1);
    }
    await page.close();
  });

  it('offers level, track and content-type filters in search, listing only values with results', async () => {
    const page = await site.browser.newPage();
    await open(page, '/ladder/');
    // A level's title finds level pages, which carry all three filters.
    await searchFor(page, await openSearch(page), ladder.levels[0]!.title);
    const panel = page.locator('.pagefind-ui__filter-panel');
    await panel.waitFor({ timeout: 20_000 });
    // The panel follows each search as the query is typed, and may first show the groups of a shorter query's results.
    const groups = async () => (await panel.locator('.pagefind-ui__filter-name').allTextContents()).map((g) => g.trim());
    await expect.poll(groups, { timeout: 20_000 }).toEqual(expect.arrayContaining(['Content type', 'Level', 'Track']));
    // With showEmptyFilters: false no value shows a zero count.
    const values = (await panel.locator('.pagefind-ui__filter-value').allTextContents()).map((v) => v.trim());
    expect(values.length).toBeGreaterThan(0);
    expect(values.filter((v) => !/\((\d+)\)$/.test(v) || /\(0\)$/.test(v))).toEqual([]);
    await page.close();
  });
});
