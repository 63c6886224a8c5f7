import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Plan } from '~/lib/onboarding/plan';
import { loadContent } from '~/lib/content/validation/load';
import { useBuiltSite } from '../support/built-site';
import { builtPages, distDir } from '../support/dist';
import { pageReady } from '../support/ready';
import { openSearch, searchFor } from '../support/search-dialog';

const site = useBuiltSite();
const path = '/onboarding/tracker/';
const key = 'handbook:onboarding';

/** A fresh browser profile (empty localStorage) on the tracker, with the island running. */
async function openTracker(options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page; plan: Plan }> {
  const context = await site.browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(site.url + path);
  const plan = JSON.parse((await page.locator('script[data-tracker-plan]').textContent()) ?? '') as Plan;
  if (options.javaScriptEnabled !== false) {
    await pageReady(page);
    await page.locator('[data-tracker-actions]:not([hidden])').waitFor();
  }
  expect(errors).toEqual([]);
  return { context, page, plan };
}

/** The plan as the built page carries it for its island (from the role's goals in content/). */
const builtPlan = (): Plan => JSON.parse(/<script[^>]*data-tracker-plan[^>]*>([\s\S]*?)<\/script>/.exec(readFileSync(join(distDir, path, 'index.html'), 'utf8'))?.[1] ?? '') as Plan;
const goalIds = (plan: Plan) => plan.phases.flatMap((p) => p.goals.map((g) => g.id));
const checkbox = (page: Page, id: string) => page.locator(`#done-${id}`);
const stored = (page: Page) => page.evaluate((k) => localStorage.getItem(k), key);

describe('the onboarding tracker in Chromium', () => {
  it('shows the whole checklist and a note without JavaScript', async () => {
    const { context, page, plan } = await openTracker({ javaScriptEnabled: false });
    const ids = goalIds(plan);
    expect(ids.length).toBeGreaterThan(0);
    expect(await page.locator('[data-goal]').count()).toBe(ids.length);
    for (const id of ids) expect(await checkbox(page, id).count(), id).toBe(1);
    // Details of a goal are part of its item.
    const details = await page.locator('.tracker-details').evaluateAll((lists) => lists.map((l) => [l.id, l.closest('[data-goal]')?.getAttribute('data-goal')]));
    for (const [id, goal] of details) expect(id, 'details in their goal').toBe(`details-${goal}`);
    expect(await page.locator('progress').count()).toBe(plan.phases.length);
    await expect(page.locator('noscript').innerHTML()).resolves.toContain('not saved');
    expect(await page.locator('[data-tracker-actions]').isVisible()).toBe(false);
    await context.close();
  });

  it('keeps ticks, dates and notes across reloads and moves the progress bars', async () => {
    const { context, page, plan } = await openTracker();
    // Two goals ticked and one left open, in a phase that has three.
    const first = plan.phases.find((p) => p.goals.length >= 3);
    if (!first) throw new Error('This test needs a phase of the onboarding plan with three goals or more.');
    const [a, b, open] = first.goals.map((g) => g.id);
    await checkbox(page, a!).check();
    await checkbox(page, b!).check();
    await page.locator(`[data-goal="${b}"] summary`).click();
    await page.locator(`#notes-${b}`).fill('Added the missing alerts with SRE.');
    await page.locator(`#date-${b}`).fill('2025-02-03');

    const countText = `2 of ${first.goals.length} goals done`;
    await expect(page.locator(`[data-progress-text="${first.id}"]`).first().textContent()).resolves.toBe(countText);
    await page.reload();
    await page.locator('[data-tracker-actions]:not([hidden])').waitFor();

    expect(await checkbox(page, a!).isChecked()).toBe(true);
    expect(await checkbox(page, b!).isChecked()).toBe(true);
    expect(await checkbox(page, open!).isChecked()).toBe(false);
    await expect(page.locator(`#notes-${b}`).inputValue()).resolves.toBe('Added the missing alerts with SRE.');
    await expect(page.locator(`#date-${b}`).inputValue()).resolves.toBe('2025-02-03');
    // Ticking dates the goal with today (the browser's local date).
    const today = await page.evaluate(() => new Date().toLocaleDateString('sv-SE'));
    await expect(page.locator(`#date-${a}`).inputValue()).resolves.toBe(today);
    await expect(page.locator(`#progress-${first.id}`).evaluate((el) => (el as HTMLProgressElement).value)).resolves.toBe(2);
    await expect(page.locator(`[data-progress-text="${first.id}"]`).first().textContent()).resolves.toBe(countText);
    await expect(page.locator('[data-progress-text="all"]').textContent()).resolves.toBe(`2 of ${goalIds(plan).length} goals done`);

    // Unticking clears the date and the progress follows.
    await checkbox(page, a!).uncheck();
    await page.reload();
    await page.locator('[data-tracker-actions]:not([hidden])').waitFor();
    expect(await checkbox(page, a!).isChecked()).toBe(false);
    await expect(page.locator(`#date-${a}`).inputValue()).resolves.toBe('');
    await expect(page.locator(`[data-progress-text="${first.id}"]`).first().textContent()).resolves.toBe(`1 of ${first.goals.length} goals done`);
    await context.close();
  });

  it('exports progress to a file and imports it back into an empty browser', async () => {
    const { context, page, plan } = await openTracker();
    const ids = goalIds(plan);
    const last = ids[ids.length - 1]!;
    await checkbox(page, ids[0]!).check();
    await checkbox(page, last).check();
    await page.locator(`[data-goal="${last}"] summary`).click();
    await page.locator(`#notes-${last}`).fill('Wrote the LLMOps proposal.\nSecond line <b>not markup</b>.');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^onboarding-progress-\d{4}-\d{2}-\d{2}\.json$/);
    const file = readFileSync((await download.path())!, 'utf8');
    const exported = JSON.parse(file);
    expect(exported).toMatchObject({ format: 'ml-career-handbook', tool: 'onboarding', version: 1 });
    expect(exported.data.goals.filter((g: { done: boolean }) => g.done).map((g: { id: string }) => g.id)).toEqual([ids[0], last]);
    await context.close();

    const fresh = await openTracker();
    expect(await stored(fresh.page)).toBeNull();
    await fresh.page.getByLabel('Import progress').setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    // Reading the file is asynchronous: wait for the status to report the import.
    await expect.poll(() => fresh.page.getByRole('status').textContent(), { timeout: 10_000 }).toContain(`Imported progress.json: 2 of ${ids.length} goals done`);
    expect(await checkbox(fresh.page, ids[0]!).isChecked()).toBe(true);
    expect(await checkbox(fresh.page, last).isChecked()).toBe(true);
    await expect(fresh.page.locator(`#notes-${last}`).inputValue()).resolves.toBe('Wrote the LLMOps proposal.\nSecond line <b>not markup</b>.');
    await expect(fresh.page.getByRole('alert').textContent()).resolves.toBe('');
    // Imported progress is stored: it survives a reload.
    await fresh.page.reload();
    await fresh.page.locator('[data-tracker-actions]:not([hidden])').waitFor();
    expect(await checkbox(fresh.page, last).isChecked()).toBe(true);
    await fresh.context.close();
  });

  it('refuses a bad or foreign file with a clear message and changes nothing', async () => {
    const { context, page, plan } = await openTracker();
    const [id] = goalIds(plan);
    await checkbox(page, id!).check();
    const before = await stored(page);
    expect(before).toContain(id);

    const files = [
      ['broken.json', '{"format": "ml-career-handbook", ', 'the file is not valid JSON'],
      ['other-tool.json', JSON.stringify({ format: 'ml-career-handbook', tool: 'scorecard', version: 1, savedAt: '', data: {} }), 'exported by the “scorecard” tool, not the onboarding tool'],
      ['foreign.json', JSON.stringify({ name: 'something else', goals: [] }), 'not a handbook export'],
      ['bad-data.json', JSON.stringify({ format: 'ml-career-handbook', tool: 'onboarding', version: 1, savedAt: '', data: { goals: [{ id: id, done: 'yes' }] } }), 'goals.0.done'],
    ] as const;
    for (const [name, text, message] of files) {
      await page.getByLabel('Import progress').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.textContent(), { timeout: 5000 }).toContain(message);
      expect(await alert.textContent(), name).toContain('Nothing was changed');
      expect(await alert.isVisible()).toBe(true);
      expect(await stored(page), name).toBe(before);
      expect(await checkbox(page, id!).isChecked(), name).toBe(true);
    }
    await context.close();
  });

  it('fits saved progress to a plan that changed: new goals start open, removed goals keep their notes', async () => {
    const context = await site.browser.newContext();
    // Saved when the plan had its first goal and one since removed; the plan's second goal is ticked after.
    const [first, second] = goalIds(builtPlan());
    await context.addInitScript(
      ([k, goal]) => {
        if (sessionStorage.getItem('seeded')) return;
        sessionStorage.setItem('seeded', '1');
        const data = { goals: [{ id: goal, done: true, completedOn: '2025-01-10' }, { id: 'a-goal-since-removed', done: true, notes: 'Kept after the plan changed.' }] };
        localStorage.setItem(k, JSON.stringify({ format: 'ml-career-handbook', tool: 'onboarding', version: 1, savedAt: '2025-01-10T00:00:00.000Z', data }));
      },
      [key, first] as const,
    );
    const page = await context.newPage();
    await page.goto(site.url + path);
    await pageReady(page);
    await page.locator('[data-tracker-actions]:not([hidden])').waitFor();
    expect(await checkbox(page, first!).isChecked()).toBe(true);
    const retired = page.locator('[data-tracker-retired]');
    expect(await retired.isVisible()).toBe(true);
    await expect(retired.textContent()).resolves.toContain('Kept after the plan changed.');
    await expect(page.getByRole('status').textContent()).resolves.toMatch(/The plan has \d+ new goals since you last saved/);
    // Saving keeps the removed goal's progress.
    await checkbox(page, second!).check();
    expect(await stored(page)).toContain('a-goal-since-removed');
    await context.close();
  });

  it('prints a checklist with checkboxes and notes, without the site around it', async () => {
    const { context, page, plan } = await openTracker();
    const [id] = goalIds(plan);
    await checkbox(page, id!).check();
    await page.locator(`[data-goal="${id}"] summary`).click();
    await page.locator(`#notes-${id}`).fill('Printed note.');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.header').isVisible()).toBe(false);
    expect(await page.locator('nav.sidebar').isVisible()).toBe(false);
    expect(await page.locator('[data-tracker-actions]').isVisible()).toBe(false);
    expect(await checkbox(page, id!).isVisible()).toBe(true);
    expect(await checkbox(page, id!).isChecked()).toBe(true);
    const printed = page.locator(`[data-goal="${id}"] .tracker-print`);
    expect(await printed.isVisible()).toBe(true);
    await expect(printed.textContent()).resolves.toContain('Printed note.');
    await context.close();
  });
});

describe('the glossary in Chromium', () => {
  const glossary = '/reference/glossary/';
  const terms = loadContent(join(import.meta.dirname, '../..'))
    .entries.filter((e) => e.collection === 'glossary')
    .map((e) => e.data as { id: string; term: string; aliases: string[] });

  it('links the terms of a page to their entries in the glossary', async () => {
    // A page that uses terms (its `terms` frontmatter) lists them after its content.
    const termsLabel = 'Terms on this page';
    const uses = builtPages().find((p) => p.path !== glossary && /<aside class="sl-handbook-terms\b/.test(p.html));
    expect(uses, 'a built page lists its terms').toBeDefined();
    const page = await site.browser.newPage();
    await page.goto(site.url + uses!.path);
    const block = page.getByRole('complementary', { name: termsLabel });
    const links = await block.locator('a').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, name: a.textContent!.trim() })));
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((l) => !new RegExp(`^${glossary}#[a-z0-9-]+$`).test(l.href))).toEqual([]);
    const { href, name } = links[0]!;
    const id = href.split('#')[1]!;
    await block.getByRole('link', { name, exact: true }).click();
    await page.waitForURL(new RegExp(`${glossary}#${id}$`));
    expect(await page.locator(`h3#${id}`).isVisible()).toBe(true);
    // The entry links back to the pages that use the term.
    const usedOn = page.locator(`article[aria-labelledby="${id}"] a[href="${uses!.path}"]`);
    expect(await usedOn.count()).toBe(1);
    await page.close();
  });

  it('finds a term by name or abbreviation and lands on its entry', async () => {
    // Plain-word names and upper-case abbreviations, as readers type them.
    const byName = terms.find((t) => /^[A-Za-z ]+$/.test(t.term))!;
    const byAlias = terms.find((t) => t.id !== byName.id && t.aliases.some((a) => /^[A-Z]{2,}$/.test(a)))!;
    const queries = [
      [byName.term, byName.id],
      [byAlias.aliases.find((a) => /^[A-Z]{2,}$/.test(a))!, byAlias.id],
    ] as const;
    const page = await site.browser.newPage();
    await page.goto(site.url + glossary);
    const input = await openSearch(page);
    for (const [query, anchor] of queries) {
      await searchFor(page, input, query);
      const link = page.locator(`dialog a[href="${glossary}#${anchor}"]`);
      await link.first().waitFor();
      expect(await link.count(), query).toBeGreaterThan(0);
    }
    await page.close();
  });
});
