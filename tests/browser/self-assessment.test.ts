import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, BrowserContextOptions, Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { rankGaps } from '~/lib/growth/gaps';
import { chartRows } from '~/lib/growth/growth-plan';
import type { Assessment, Ladder, LadderLevel } from '~/lib/growth/self-assessment';
import { addAxe, axe, axeReport, type AxeFinding } from '../support/axe';
import { distDir } from '../support/dist';
import { useBuiltSite } from '../support/built-site';

const site = useBuiltSite();
const path = '/growth/self-assessment/';
const key = 'handbook:self-assessment';

interface Opened {
  context: BrowserContext;
  page: Page;
  ladder: Ladder;
  /** Every request the page made, to prove that nothing is sent anywhere. */
  requests: Request[];
  errors: string[];
}

/** A fresh browser profile on the page, with the island running unless JavaScript is off. */
async function open(options: BrowserContextOptions = {}, hash = '', context?: BrowserContext): Promise<Opened> {
  context ??= await site.browser.newContext(options);
  const page = await context.newPage();
  const requests: Request[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(site.url + path + hash);
  if (options.javaScriptEnabled !== false) await page.locator('html[data-sa-ready]').waitFor({ state: 'attached' });
  const ladder = JSON.parse((await page.locator('#self-assessment-data').textContent()) ?? '') as Ladder;
  return { context, page, ladder, requests, errors };
}

const stored = (page: Page) => page.evaluate((k) => localStorage.getItem(k), key);
const storedData = async (page: Page) => (JSON.parse((await stored(page)) ?? 'null') as { data: unknown } | null)?.data;

/**
 * Someone at a level aiming for the next one in the same track, taken from the ladder the page
 * carries (the content's levels and competencies, whatever they are): a track with at least three
 * levels, and ratings that cycle through the target, the current level and the one below it, so
 * that some competencies meet the target and others are gaps.
 */
function scenario(ladder: Ladder) {
  const track = ladder.tracks.map((t) => ladder.levels.filter((l) => l.track === t.id)).find((levels) => levels.length >= 3);
  if (!track) throw new Error('The self-assessment test needs a track with three levels or more.');
  const [below, current, target] = track as [LadderLevel, LadderLevel, LadderLevel];
  // Only the competencies of the track: another track's alone have no option at these levels.
  const ratings = Object.fromEntries(ladder.competencies.filter((c) => target.expectations[c.id]).map((c, i) => [c.id, [target, current, below][i % 3]!.id]));
  /** The competency that gets notes and links, and the level it is rated at. */
  const noted = ladder.competencies[0]!.id;
  return { track, below, current, target, ratings, noted };
}
const notes = 'Led the feature-store migration for three teams.\nRCA and follow-ups: see links.';
const links = ['https://example.org/design/feature-store', 'https://example.org/rca/42'];

/** Chooses the scenario's levels, rates every competency and gives the first one notes and links. */
async function rateScenario(page: Page, ladder: Ladder): Promise<ReturnType<typeof scenario>> {
  const s = scenario(ladder);
  await page.locator('#sa-level-current').selectOption(s.current.id);
  await page.locator('#sa-level-target').selectOption(s.target.id);
  for (const [competency, level] of Object.entries(s.ratings)) await page.locator(`#sa-rate-${competency}-${level}`).check();
  await page.locator(`#sa-notes-${s.noted}`).fill(notes);
  await page.locator(`#sa-links-${s.noted}`).fill(links.join('\n'));
  return s;
}

/** What the page shows: levels, checked ratings, notes and links, read from the controls. */
async function shown(page: Page, ladder: Ladder) {
  const state: Record<string, unknown> = {
    current: await page.locator('#sa-level-current').inputValue(),
    target: await page.locator('#sa-level-target').inputValue(),
  };
  for (const c of ladder.competencies) {
    state[c.id] = {
      rating: await page.locator(`input[name="sa-rate-${c.id}"]:checked`).getAttribute('value'),
      notes: await page.locator(`#sa-notes-${c.id}`).inputValue(),
      links: await page.locator(`#sa-links-${c.id}`).inputValue(),
    };
  }
  return state;
}

const noNetworkUse = (requests: Request[]) =>
  requests.filter((r) => !r.url().startsWith(site.url) || r.method() !== 'GET' || ['fetch', 'xhr', 'ping', 'eventsource', 'websocket'].includes(r.resourceType())).map((r) => `${r.method()} ${r.resourceType()} ${r.url()}`);

describe('the self-assessment in Chromium', () => {
  it('shows every level’s expectations and a note without JavaScript', async () => {
    const { context, page, ladder } = await open({ javaScriptEnabled: false });
    await expect(page.locator('noscript').innerHTML()).resolves.toContain('This tool needs JavaScript');
    // Each level's expectation of each competency is on the page, to read and to choose from.
    // (A competency only one track expects has options for that track's levels only.)
    const expected = ladder.levels.flatMap((level) => ladder.competencies.filter((c) => level.expectations[c.id]).map((c) => ({ level, c })));
    for (const { level, c } of expected)
      await expect(page.locator(`#sa-rate-${c.id}-${level.id}-does`).textContent(), `${level.id} ${c.id}`).resolves.toContain(level.expectations[c.id]!.behaviors[0]!);
    expect(await page.locator('.sa-option[data-sa-option]:visible').count()).toBe(expected.length);
    expect(await page.locator('[data-sa-control]:not([disabled])').count()).toBe(0);
    await context.close();
  });

  it('takes someone from ratings to the ranked gap list and chart the logic computes, and keeps it across a reload', async () => {
    const { context, page, ladder, requests, errors } = await open();
    const { track, current, target, ratings, noted } = await rateScenario(page, ladder);
    // Before any choice every level is offered; choosing two levels of a track leaves that track's.
    expect(await page.locator(`#rate-${noted} .sa-option[data-sa-option]:visible`).count()).toBe(track.length);
    await page.reload();
    await page.locator('html[data-sa-ready]').waitFor({ state: 'attached' });

    const state = await shown(page, ladder);
    expect(state['current']).toBe(current.id);
    expect(state['target']).toBe(target.id);
    for (const [c, level] of Object.entries(ratings)) expect((state[c] as { rating: string }).rating, c).toBe(level);
    expect(state[noted]).toEqual({ rating: ratings[noted], notes, links: links.join('\n') });
    const assessment = (await storedData(page)) as Assessment;
    const levelOf = (id: string) => ladder.levels.find((l) => l.id === id)!;

    // The chart: a focusable point per competency in each series, named after its competency and value.
    const you = page.locator('[data-sa-chart] [data-series="you"] .radar-point');
    const targetPoints = page.locator('[data-sa-chart] [data-series="target"] .radar-point');
    const rated = ladder.competencies.filter((c) => ratings[c.id]);
    expect(await you.count()).toBe(rated.length);
    expect(await targetPoints.count()).toBe(ladder.competencies.filter((c) => target.expectations[c.id]).length);
    const named = await you.evaluateAll((els) => els.map((e) => [e.getAttribute('tabindex'), e.getAttribute('aria-label')]));
    rated.forEach((c, i) => {
      const level = levelOf(ratings[c.id]!);
      expect(named[i], c.id).toEqual(['0', expect.stringContaining(`${c.name} — you demonstrate ${level.shortTitle}: ${level.expectations[c.id]!.proficiency} of `)]);
    });
    const first = ladder.competencies[0]!;
    await expect(targetPoints.first().getAttribute('aria-label')).resolves.toContain(`${first.name} — target ${target.shortTitle} expects ${target.expectations[first.id]!.proficiency} of `);
    await you.first().focus();
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe(named[0]![1]);
    // The table is the chart's alternative: the rows the logic computes for what was stored.
    const rows = await page.locator('[data-sa-table] tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim())));
    expect(rows).toEqual(chartRows(ladder, assessment).map((r) => [r.you, r.target, r.gap]));

    // The gap list: ranked as the logic ranks them, with the target's expectation and evidence, linked to the level page.
    const report = rankGaps(ladder, assessment)!;
    expect(report.gaps.length, 'the scenario leaves gaps to close').toBeGreaterThan(0);
    const gaps = page.locator('[data-sa-gap-list] > li');
    await expect(gaps.evaluateAll((els) => els.map((e) => e.getAttribute('data-competency')))).resolves.toEqual(report.gaps.map((g) => g.competency));
    const top = report.gaps[0]!.competency;
    await expect(gaps.first().locator('ul').first().textContent()).resolves.toContain(target.expectations[top]!.behaviors[0]!);
    await expect(gaps.first().textContent()).resolves.toContain(target.expectations[top]!.evidence[0]!);
    await expect(gaps.first().locator('a').first().getAttribute('href')).resolves.toBe(`${target.href}#${top}`);
    // Every gap links to the competency's section of the target's level page, which must exist.
    for (const href of await page.locator('[data-sa-gap-list] h3 ~ .sa-gap-links a[href^="/ladder/"]').evaluateAll((els) => els.map((e) => e.getAttribute('href')!))) {
      const [file, anchor] = href.split('#');
      expect(readFileSync(join(distDir, file!, 'index.html'), 'utf8'), href).toContain(` id="${anchor}"`);
    }
    const name = (id: string) => ladder.competencies.find((c) => c.id === id)!.name;
    await expect(page.locator('[data-sa-gap-summary]').textContent()).resolves.toContain(`Already at the target: ${report.met.map((g) => name(g.competency)).join(', ')}.`);

    // The plan shows the evidence; links become links.
    await expect(page.locator('[data-sa-plan] a').evaluateAll((els) => els.map((e) => e.getAttribute('href')))).resolves.toEqual(links);

    expect(noNetworkUse(requests)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a competency only the target’s track expects as a gap new in kind, for someone moving across tracks', async () => {
    const { context, page, ladder } = await open();
    // Each competency some levels do not expect, for a move from a level without it to the first level with it.
    const moves = ladder.competencies.flatMap((c) => {
      const target = ladder.levels.find((l) => l.expectations[c.id]);
      const current = ladder.levels.find((l) => !l.expectations[c.id]);
      return target && current ? [{ c, current, target }] : [];
    });
    for (const { c, current, target } of moves) {
      await page.locator('#sa-level-current').selectOption(current.id);
      await page.locator('#sa-level-target').selectOption(target.id);
      const gap = page.locator(`[data-sa-gap-list] > li[data-competency="${c.id}"]`);
      await expect(gap.locator('.sa-gap-meta').textContent(), `${current.id} → ${target.id}`).resolves.toContain('new in kind');
      // It has no rating option at the current level, so it is a gap until the reader rates it at a level that expects it.
      expect(await page.locator(`#sa-rate-${c.id}-${current.id}`).count()).toBe(0);
      await page.locator(`#sa-rate-${c.id}-${target.id}`).check();
      expect(await gap.count()).toBe(0);
    }
    await context.close();
  });

  it('exports JSON and Markdown, clears, and imports the export back without loss', async () => {
    const { context, page, ladder, requests } = await open();
    const { current, target, below, ratings, noted } = await rateScenario(page, ladder);
    const before = await shown(page, ladder);
    const storedBefore = await storedData(page);

    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
    expect(json.suggestedFilename()).toMatch(/^self-assessment-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await json.path();
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { format: string; tool: string; version: number; data: unknown };
    expect(exported).toMatchObject({ format: 'ml-career-handbook', tool: 'self-assessment', version: 1 });
    expect(exported.data).toEqual(storedBefore);

    const [md] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export Markdown' }).click()]);
    const markdown = readFileSync(await md.path(), 'utf8');
    expect(markdown).toContain(`# Growth plan: ${current.title} → ${target.title}`);
    const rated = Object.keys(ratings).find((c) => ratings[c] === below.id)!;
    expect(markdown).toContain(`Level demonstrated: ${below.title} (proficiency ${below.expectations[rated]!.proficiency} of `);
    expect(markdown).toContain('> Led the feature-store migration for three teams.');
    expect(markdown).toContain(`- <${links[0]}>`);

    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Clear everything' }).click();
    expect(await stored(page)).toBeNull();
    await expect(page.locator('#sa-level-target').inputValue()).resolves.toBe('');
    expect(await page.locator(`input[name="sa-rate-${noted}"]:checked`).getAttribute('value')).toBe('');
    expect(await page.locator('[data-sa-chart] .radar-point').count()).toBe(0);

    await page.locator('#sa-import').setInputFiles(file);
    await page.getByRole('status').filter({ hasText: 'Imported' }).waitFor();
    expect(await shown(page, ladder)).toEqual(before);
    expect(await storedData(page)).toEqual(storedBefore);
    await page.reload();
    await page.locator('html[data-sa-ready]').waitFor({ state: 'attached' });
    expect(await shown(page, ladder)).toEqual(before);
    expect(noNetworkUse(requests)).toEqual([]);
    await context.close();
  });

  it('refuses a bad import with an alert and changes nothing', async () => {
    const { context, page, ladder } = await open();
    await rateScenario(page, ladder);
    const before = await shown(page, ladder);
    const storedBefore = await stored(page);
    const bad = [
      ['foreign.json', JSON.stringify({ hello: 'world' }), 'not a handbook export'],
      ['broken.json', '{"format": "ml-career', 'not valid JSON'],
      ['tracker.json', JSON.stringify({ format: 'ml-career-handbook', tool: 'onboarding', version: 1, savedAt: '', data: {} }), 'onboarding'],
      ['unknown-level.json', JSON.stringify({ format: 'ml-career-handbook', tool: 'self-assessment', version: 1, savedAt: '', data: { current: 'cto', target: null, competencies: {} } }), 'current'],
    ] as const;
    for (const [name, text, message] of bad) {
      await page.locator('#sa-import').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
      const alert = page.getByRole('alert').filter({ hasText: 'Import failed' });
      await alert.waitFor();
      await expect(alert.textContent()).resolves.toContain(message);
      await expect(alert.textContent()).resolves.toContain('Nothing was changed.');
      expect(await stored(page)).toBe(storedBefore);
      expect(await shown(page, ladder)).toEqual(before);
    }
    await context.close();
  });

  it('shares levels and ratings, never notes, and asks before a link replaces what a browser holds', async () => {
    const { context, page, ladder } = await open({ permissions: ['clipboard-read', 'clipboard-write'] });
    const { track, current, target, ratings, noted } = await rateScenario(page, ladder);
    await page.getByRole('button', { name: 'Copy share link' }).click();
    const link = await page.locator('#sa-share-url').inputValue();
    expect(link).toContain(`#sa=1&current=${current.id}&target=${target.id}&${noted}=${ratings[noted]}`);
    expect(link).not.toMatch(/feature-store|example\.org|migration/);
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(link);
    const hash = link.slice(link.indexOf('#'));

    // A browser with nothing stored takes the link as it is.
    const fresh = await open({}, hash);
    const shownThere = await shown(fresh.page, ladder);
    for (const [c, level] of Object.entries(ratings)) expect((shownThere[c] as { rating: string }).rating).toBe(level);
    expect(shownThere[noted]).toMatchObject({ notes: '' });
    expect(fresh.page.url()).not.toContain('#');
    await fresh.context.close();

    // This browser holds notes and different ratings: the page asks, and keeps the notes when applying.
    const other = track.find((l) => l.id !== ratings[noted])!.id;
    await page.locator(`#sa-rate-${noted}-${other}`).check();
    const again = await open({}, hash, context);
    const prompt = again.page.getByRole('region', { name: 'Share link' });
    await prompt.waitFor();
    expect(await again.page.locator(`input[name="sa-rate-${noted}"]:checked`).getAttribute('value')).toBe(other);
    await prompt.getByRole('button', { name: 'Use the link’s levels and ratings' }).click();
    expect(await again.page.locator(`input[name="sa-rate-${noted}"]:checked`).getAttribute('value')).toBe(ratings[noted]);
    await expect(again.page.locator(`#sa-notes-${noted}`).inputValue()).resolves.toBe(notes);
    expect(await prompt.isVisible()).toBe(false);

    // A link pasted into the address bar of the open page is read too; “Keep mine” changes nothing.
    await page.evaluate((h) => (location.hash = h), hash);
    const asked = page.getByRole('region', { name: 'Share link' });
    await asked.waitFor();
    const storedBefore = await stored(page);
    await asked.getByRole('button', { name: 'Keep mine' }).click();
    expect(await page.locator(`input[name="sa-rate-${noted}"]:checked`).getAttribute('value')).toBe(other);
    expect(await stored(page)).toBe(storedBefore);
    expect(page.url()).not.toContain('#');
    await context.close();
  });

  it('has no axe-core violation (WCAG 2.2 A and AA) once filled in, light on desktop and dark on a phone', { timeout: 300_000 }, async () => {
    // The site-wide axe test sees the page as it loads; this one sees the chart, the gaps and the checked options.
    const found: AxeFinding[] = [];
    const setups = [['light', { width: 1280, height: 900 }], ['dark', { width: 390, height: 844 }]] as const;
    for (const [theme, viewport] of setups) {
      const context = await site.browser.newContext({ viewport, colorScheme: theme });
      await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      await addAxe(context);
      const { page, ladder } = await open({}, '', context);
      await rateScenario(page, ladder);
      await page.getByRole('button', { name: 'Copy share link' }).click();
      found.push(...(await axe(page, `${theme} ${viewport.width}px`)));
      await context.close();
    }
    expect(axeReport(found)).toEqual([]);
  });

  it('prints the chart, the gaps and the evidence, without navigation or the form', async () => {
    const { context, page, ladder } = await open();
    const { noted } = await rateScenario(page, ladder);
    await page.emulateMedia({ media: 'print' });
    const visible = async (selector: string) => page.locator(selector).first().isVisible();
    /** The section heading a part of the page sits under. */
    const headingOf = (selector: string) => page.locator(selector).first().locator('xpath=preceding::h2[1]');
    expect(await visible('[data-sa-chart] svg')).toBe(true);
    expect(await visible('[data-sa-gap-list] > li')).toBe(true);
    expect(await visible('[data-sa-plan] .sa-plan-notes')).toBe(true);
    expect(await headingOf('[data-sa-gap-list]').isVisible(), 'the heading of the gaps').toBe(true);
    for (const hidden of ['.page > header', 'nav.sidebar', `#rate-${noted}`, '#sa-level-current', '[data-sa-action="export-json"]'])
      expect(await visible(hidden), hidden).toBe(false);
    expect(await headingOf(`#rate-${noted}`).isVisible(), 'the heading of the rating form').toBe(false);
    await context.close();
  });
});
