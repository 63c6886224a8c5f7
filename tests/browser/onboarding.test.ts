import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Plan } from '~/lib/onboarding/plan';
import { loadContent } from '~/lib/content/validation/load';
import { clearUndoMinutes } from '~/lib/browser/store';
import { scorecardCalculatorHref } from '~/lib/site/urls';
import { docPages } from '../support/page-types';
import { fileSlug } from '~/lib/browser/download';
import { useBuiltSite } from '../support/built-site';
import { builtPages, distDir } from '../support/dist';
import { pageReady } from '../support/ready';
import { openSearch, searchFor } from '../support/search-dialog';
import { brightness } from '../support/pixels';
import { dataPanel, downloadText, fillStorage, freeStorage, messageOf, seedStorage, storedEntries } from '../support/tool-storage';

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
  if (options.javaScriptEnabled !== false) await trackerReady(page);
  expect(errors).toEqual([]);
  return { context, page, plan };
}

/** The plan as the built page carries it for its island (from the role's goals in content/). */
const builtPlan = (): Plan => JSON.parse(/<script[^>]*data-tracker-plan[^>]*>([\s\S]*?)<\/script>/.exec(readFileSync(join(distDir, path, 'index.html'), 'utf8'))?.[1] ?? '') as Plan;
const goalIds = (plan: Plan) => plan.phases.flatMap((p) => p.goals.map((g) => g.id));
const checkbox = (page: Page, id: string) => page.locator(`#done-${id}`);
const stored = (page: Page) => page.evaluate((k) => localStorage.getItem(k), key);
const tracker = (page: Page) => page.locator('handbook-onboarding-tracker');
const panel = (page: Page) => dataPanel(tracker(page));
/** The island has read what is stored and drawn it. */
async function trackerReady(page: Page): Promise<void> {
  await pageReady(page);
  await page.locator('handbook-onboarding-tracker[data-ready]').waitFor();
}
/** A second tab (page) of the same context, on the tracker. */
async function secondTab(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(site.url + path);
  await trackerReady(page);
  return page;
}
const envelope = (data: unknown) => JSON.stringify({ format: 'ml-career-handbook', tool: 'onboarding', version: 1, savedAt: '2025-01-10T00:00:00.000Z', data });

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
    expect(await page.locator('[data-tool-data]').isVisible()).toBe(false);
    await context.close();
  });

  it('keeps ticks, dates and notes across reloads, moves the progress bars, and keeps a typed date when a goal is unticked', async () => {
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
    await expect.poll(() => panel(page).saveStatus.textContent()).toBe('Every change is saved in this browser.');
    await page.reload();
    await trackerReady(page);

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

    // Unticking keeps the typed date; the progress follows; ticking again finds the same date.
    await checkbox(page, b!).uncheck();
    await page.reload();
    await trackerReady(page);
    expect(await checkbox(page, b!).isChecked()).toBe(false);
    await expect(page.locator(`#date-${b}`).inputValue()).resolves.toBe('2025-02-03');
    await expect(page.locator(`[data-progress-text="${first.id}"]`).first().textContent()).resolves.toBe(`1 of ${first.goals.length} goals done`);
    await checkbox(page, b!).check();
    await expect(page.locator(`#date-${b}`).inputValue()).resolves.toBe('2025-02-03');
    await context.close();
  });

  it('refuses a date that does not exist with a message next to the field, and keeps the date stored', async () => {
    const { context, page, plan } = await openTracker({ locale: 'en-US' });
    const [id] = goalIds(plan);
    await page.locator(`[data-goal="${id}"] summary`).click();
    const date = page.locator(`#date-${id}`);
    await date.fill('2025-02-03');
    await expect.poll(() => stored(page)).toContain('2025-02-03');
    // Typed segment by segment, as a reader does: 31 February.
    await date.click({ position: { x: 8, y: 8 } });
    for (const key of ['0', '2', '3', '1', '2', '0', '2', '6']) await page.keyboard.press(key);
    await page.locator('h1').click();
    await expect.poll(() => messageOf(date)).toContain('not a date that exists');
    await expect.poll(() => stored(page)).toContain('2025-02-03');
    await date.fill('2025-02-28');
    await expect.poll(() => messageOf(date)).toBe('');
    await expect.poll(() => stored(page)).toContain('2025-02-28');
    await context.close();
  });

  it('refuses a completion date after today with a message next to the field, and ticks nothing off', async () => {
    const { context, page, plan } = await openTracker({ locale: 'en-US' });
    const id = goalIds(plan)[0]!;
    await page.locator(`[data-goal="${id}"] summary`).click();
    const date = page.locator(`#date-${id}`);
    const nextYear = `${new Date().getFullYear() + 1}-01-15`;
    await date.fill(nextYear);
    await expect.poll(() => messageOf(date)).toContain('after today');
    expect(await checkbox(page, id).isChecked()).toBe(false);
    expect((await stored(page)) ?? '').not.toContain(nextYear);
    await context.close();
  });

  it('forgets “delete everything” once its time to be undone has passed: the undo goes, the status says why, nothing deleted stays in the browser', async () => {
    const context = await site.browser.newContext();
    await context.clock.install();
    const page = await context.newPage();
    page.on('dialog', (d) => void d.accept());
    await page.goto(site.url + path);
    await trackerReady(page);
    await checkbox(page, goalIds(builtPlan())[0]!).check();
    await panel(page).panel.locator('[data-tool-action="clear"]').click();
    await expect.poll(() => panel(page).undo.isVisible()).toBe(true);
    await page.clock.fastForward((clearUndoMinutes * 60 + 2) * 1000);
    await expect.poll(() => panel(page).status.textContent()).toMatch(/It can no longer be undone: .*gone from this browser\.$/);
    expect(await panel(page).undo.isVisible()).toBe(false);
    expect(await page.evaluate((k) => Object.keys(localStorage).filter((s) => s.startsWith(k)), key)).toEqual([]);
    await context.close();
  });

  it('keeps every change made in two tabs, and shows each tab the other’s at once', async () => {
    const { context, page: one, plan } = await openTracker();
    const two = await secondTab(context);
    const [a, b, c] = goalIds(plan);
    await checkbox(one, a!).check();
    await checkbox(two, b!).check();
    await one.locator(`[data-goal="${c}"] summary`).click();
    await one.locator(`#notes-${c}`).fill('Typed in the first tab.');
    // Each tab shows the other's change without a reload.
    await expect.poll(() => checkbox(one, b!).isChecked()).toBe(true);
    await expect.poll(() => checkbox(two, a!).isChecked()).toBe(true);
    await expect.poll(() => two.locator(`#notes-${c}`).inputValue()).toBe('Typed in the first tab.');
    await checkbox(two, a!).uncheck();
    await expect.poll(() => checkbox(one, a!).isChecked()).toBe(false);
    const data = JSON.parse((await stored(one))!).data as { goals: { id: string; done: boolean; notes?: string }[] };
    expect(data.goals.find((g) => g.id === b)?.done).toBe(true);
    expect(data.goals.find((g) => g.id === a)?.done).toBe(false);
    expect(data.goals.find((g) => g.id === c)?.notes).toBe('Typed in the first tab.');
    await context.close();
  });

  it('keeps a goal ticked in tab A when tab B’s save of its notes carries back A’s older, unticked goal, and shows B’s own untick and tick of it', async () => {
    const { context, page: a, plan } = await openTracker();
    const b = await secondTab(context);
    const [goal, other] = goalIds(plan) as [string, string];
    await checkbox(a, goal).check();
    await expect.poll(() => checkbox(b, goal).isChecked()).toBe(true);
    // Tab B's save of notes as a browser may make it: on the data as B read it before A's tick
    // reached it, so without the tick, under the revision A's tick wrote.
    await b.evaluate(
      ({ key, goal, other }) => {
        const envelope = JSON.parse(localStorage.getItem(key)!);
        envelope.data.goals = envelope.data.goals.filter((g: { id: string }) => g.id !== goal);
        envelope.data.goals.push({ id: other, done: false, notes: 'Typed in tab B' });
        localStorage.setItem(key, JSON.stringify(envelope));
      },
      { key, goal, other },
    );
    // Read in B, which sees its own write at once: A's copy may not hold it yet, and would then show A's own tick.
    const progress = async (id: string) => (JSON.parse((await stored(b))!).data as { goals: { id: string; done: boolean; notes?: string }[] }).goals.find((g) => g.id === id);
    await expect.poll(async () => (await progress(goal))?.done).toBe(true);
    expect((await progress(other))?.notes).toBe('Typed in tab B');
    await expect.poll(() => checkbox(b, goal).isChecked()).toBe(true);
    expect(await checkbox(a, goal).isChecked()).toBe(true);

    // B unticks and ticks the same goal: each is another tab's choice, shown in A as any change of B's is.
    await checkbox(b, goal).uncheck();
    await expect.poll(() => checkbox(a, goal).isChecked()).toBe(false);
    expect((await progress(goal))?.done).toBe(false);
    await checkbox(b, goal).check();
    await expect.poll(() => checkbox(a, goal).isChecked()).toBe(true);
    expect((await progress(goal))?.done).toBe(true);
    await context.close();
  });

  it('never overwrites notes being typed when another tab changes them, and lets the reader choose', async () => {
    const { context, page: one, plan } = await openTracker();
    const two = await secondTab(context);
    const [id] = goalIds(plan);
    for (const page of [one, two]) await page.locator(`[data-goal="${id}"] summary`).click();
    const notesOne = one.locator(`#notes-${id}`);
    const notesTwo = two.locator(`#notes-${id}`);
    await notesOne.fill('Draft from tab one.');
    await expect.poll(() => notesTwo.inputValue()).toBe('Draft from tab one.');
    // Tab two's reader is typing when tab one changes the same notes, then leaves tab one.
    await notesTwo.focus();
    await notesOne.fill('Rewritten in tab one.');
    await notesOne.blur();
    await expect.poll(() => messageOf(notesTwo)).toContain('Another tab changed this text');
    expect(await notesTwo.inputValue()).toBe('Draft from tab one.');
    await two.getByRole('button', { name: 'Keep my text' }).click();
    await expect.poll(() => stored(one)).toContain('Draft from tab one.');
    await expect.poll(() => notesOne.inputValue()).toBe('Draft from tab one.');
    await expect.poll(() => messageOf(notesTwo)).toBe('');
    await context.close();
  });

  it('shows a failed save next to the control, never says saved, and saves once there is room', async () => {
    const { context, page, plan } = await openTracker();
    const [a, b] = goalIds(plan);
    await checkbox(page, a!).check();
    const before = await stored(page);
    await fillStorage(page);
    // Clicked rather than checked: the box goes back to what is stored, unticked.
    await checkbox(page, b!).click();
    await expect.poll(() => messageOf(checkbox(page, b!))).toContain('storage for the site is full');
    await expect.poll(() => panel(page).saveStatus.textContent()).toMatch(/^Not saved/);
    // What is stored is unchanged, and the page shows what is stored.
    expect(await stored(page)).toBe(before);
    await expect.poll(() => checkbox(page, b!).isChecked()).toBe(false);
    await freeStorage(page);
    await checkbox(page, b!).check();
    await expect.poll(() => messageOf(checkbox(page, b!))).toBe('');
    await expect.poll(() => panel(page).saveStatus.textContent()).toBe('Every change is saved in this browser.');
    await context.close();
  });

  it('never says a change is saved in this browser when the browser refuses the page its storage', async () => {
    // Site data blocked: reading localStorage throws. The alert says nothing is kept; the save status must agree.
    const context = await site.browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });
    });
    const page = await context.newPage();
    await page.goto(site.url + path);
    await trackerReady(page);
    const [a] = goalIds(builtPlan());
    await checkbox(page, a!).check();
    await expect.poll(() => tracker(page).locator('[data-tool="alert"]').textContent()).toContain('nothing is kept');
    await expect.poll(() => panel(page).saveStatus.textContent()).not.toBe('');
    expect(await panel(page).saveStatus.textContent()).not.toMatch(/saved in this browser/);
    expect(await checkbox(page, a!).isChecked()).toBe(true);
    await context.close();
  });

  it('keeps corrupted progress aside, downloadable, and loads the goals it can read', async () => {
    const context = await site.browser.newContext({ acceptDownloads: true });
    const [first, second] = goalIds(builtPlan());
    const broken = '{"format":"ml-career-handbook","tool":"onboarding","ver';
    await seedStorage(context, { [key]: envelope({ goals: [{ id: first, done: true }, { id: second, done: 'yes' }] }), [`${key}:unreadable:2025-01-01T00:00:00.000Z`]: broken });
    const page = await context.newPage();
    page.on('dialog', (d) => void d.accept());
    await page.goto(site.url + path);
    await trackerReady(page);
    expect(await checkbox(page, first!).isChecked()).toBe(true);
    await expect.poll(() => page.locator('[data-tool="alert"]').textContent()).toContain('1 goal could not be read');
    const kept = panel(page).kept;
    await expect.poll(() => kept.locator('li').count()).toBe(2);
    // The older copy is listed first and downloads as it was.
    const { text } = await downloadText(page, kept.locator('li').first().getByRole('button', { name: /^Download / }));
    expect(text).toBe(broken);
    const { text: goal } = await downloadText(page, kept.locator('li').nth(1).getByRole('button', { name: /^Download / }));
    expect(JSON.parse(goal)).toEqual({ id: second, done: 'yes' });
    // A reload finds the readable goals stored again, and the copies still kept.
    await page.reload();
    await trackerReady(page);
    await expect.poll(() => kept.locator('li').count()).toBe(2);
    await kept.locator('li').first().getByRole('button', { name: /^Discard / }).click();
    await expect.poll(() => kept.locator('li').count()).toBe(1);
    expect(Object.keys(await storedEntries(page, `${key}:unreadable:`))).toHaveLength(1);
    await context.close();
  });

  it('exports progress, imports it into an empty browser, then asks before changing stored goals, and undoes', async () => {
    const { context, page, plan } = await openTracker();
    const ids = goalIds(plan);
    const last = ids[ids.length - 1]!;
    await checkbox(page, ids[0]!).check();
    await checkbox(page, last).check();
    await page.locator(`[data-goal="${last}"] summary`).click();
    await page.locator(`#notes-${last}`).fill('Wrote the LLMOps proposal.\nSecond line <b>not markup</b>.');

    const { download, text: file } = await downloadText(page, page.getByRole('button', { name: 'Export progress' }));
    // Named as the reader knows the tool, by its page's title, never by its store's name.
    expect(download.suggestedFilename()).toMatch(new RegExp(`^${fileSlug(docPages().find((p) => p.path === path)!.title)}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
    const exported = JSON.parse(file);
    expect(exported).toMatchObject({ format: 'ml-career-handbook', tool: 'onboarding', version: 1 });
    expect(exported.data.goals.filter((g: { done: boolean }) => g.done).map((g: { id: string }) => g.id)).toEqual([ids[0], last]);
    await context.close();

    const fresh = await openTracker();
    const p = fresh.page;
    expect(await stored(p)).toBeNull();
    const importField = p.getByLabel('Import progress');
    // Nothing is stored: the file only adds, so it is imported at once.
    await importField.setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await expect.poll(() => panel(p).status.textContent()).toContain('Imported “progress.json”');
    expect(await checkbox(p, ids[0]!).isChecked()).toBe(true);
    await expect(p.locator(`#notes-${last}`).inputValue()).resolves.toBe('Wrote the LLMOps proposal.\nSecond line <b>not markup</b>.');
    // The same file again changes nothing and duplicates nothing.
    await importField.setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await expect.poll(() => panel(p).status.textContent()).toContain('Nothing to import');

    // A change here, then the file again: the page asks, and nothing changes until the reader chooses.
    await checkbox(p, ids[0]!).uncheck();
    await checkbox(p, ids[1]!).check();
    const before = await stored(p);
    await importField.setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await expect.poll(() => panel(p).importPlan.isVisible()).toBe(true);
    // The goal unticked here is newer than the file's copy: a merge keeps it, and the plan says so.
    await expect.poll(() => panel(p).importPlan.textContent()).toContain('keeps the newer copy here of 1 goal');
    expect(await panel(p).importPlan.textContent()).not.toContain('updates');
    expect(await stored(p)).toBe(before);
    await p.getByRole('button', { name: 'Replace what is here' }).click();
    await expect.poll(() => checkbox(p, ids[1]!).isChecked()).toBe(false);
    expect(await checkbox(p, ids[0]!).isChecked()).toBe(true);
    // Undo brings back what was there before the import.
    await panel(p).undo.click();
    await expect.poll(() => checkbox(p, ids[1]!).isChecked()).toBe(true);
    expect(await checkbox(p, ids[0]!).isChecked()).toBe(false);
    expect(await stored(p)).not.toBeNull();
    await fresh.context.close();
  });

  it('keeps the newer notes of a goal when a file exported before them is merged, and says so before', async () => {
    const one = await openTracker();
    const ids = goalIds(one.plan);
    await checkbox(one.page, ids[0]!).check();
    await one.page.locator(`[data-goal="${ids[0]}"] summary`).click();
    await one.page.locator(`#notes-${ids[0]}`).fill('Written in browser 1.');
    const { text: file } = await downloadText(one.page, one.page.getByRole('button', { name: 'Export progress' }));
    await one.context.close();

    // Browser 2, later: other notes on the same goal, and a goal only it has (so the import asks).
    const two = await openTracker();
    const p = two.page;
    await p.locator(`[data-goal="${ids[0]}"] summary`).click();
    await p.locator(`#notes-${ids[0]}`).fill('Written later in browser 2.');
    await checkbox(p, ids[1]!).check();
    await p.getByLabel('Import progress').setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await expect.poll(() => panel(p).importPlan.isVisible()).toBe(true);
    await expect.poll(() => panel(p).importPlan.textContent()).toContain('keeps the newer copy here of 1 goal');
    await p.getByRole('button', { name: 'Merge into what is here' }).click();
    await expect.poll(() => panel(p).status.textContent()).toContain('Imported “progress.json”');
    await expect(p.locator(`#notes-${ids[0]}`).inputValue()).resolves.toBe('Written later in browser 2.');
    expect(await checkbox(p, ids[1]!).isChecked()).toBe(true);
    await two.context.close();
  });

  it('refuses a bad or foreign file with a message next to the import field and changes nothing', async () => {
    const { context, page, plan } = await openTracker();
    const [id] = goalIds(plan);
    await checkbox(page, id!).check();
    const before = await stored(page);
    expect(before).toContain(id);
    const input = page.getByLabel('Import progress');

    const files = [
      ['broken.json', '{"format": "ml-career-handbook", ', 'the file is not valid JSON'],
      ['other-tool.json', JSON.stringify({ format: 'ml-career-handbook', tool: 'scorecard', version: 1, savedAt: '', data: {} }), `exported from the page “${docPages().find((p) => p.path === scorecardCalculatorHref)!.title}”, not from this page`],
      ['foreign.json', JSON.stringify({ name: 'something else', goals: [] }), 'not a handbook export'],
      ['bad-data.json', envelope({ goals: [{ id: id, done: 'yes' }] }), /goal “[^”]+”, done: expected true or false/],
      ['bad-date.json', envelope({ goals: [{ id: id, done: true, completedOn: '2026-02-31' }] }), /goal “[^”]+”, completion date: expected a real date/],
    ] as const;
    for (const [name, text, message] of files) {
      await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
      // A goal is named by its title, as the page shows it (shortened), not by its place.
      await expect.poll(() => messageOf(input), { message: name }).toMatch(message);
      expect(await messageOf(input), name).toContain('Nothing was changed');
      expect(await stored(page), name).toBe(before);
      expect(await checkbox(page, id!).isChecked(), name).toBe(true);
    }
    await context.close();
  });

  it('fits saved progress to a plan that changed: new goals start open, removed goals keep their notes', async () => {
    const context = await site.browser.newContext();
    // Saved when the plan had its first goal and one since removed; the plan's second goal is ticked after.
    const [first, second] = goalIds(builtPlan());
    await seedStorage(context, { [key]: envelope({ goals: [{ id: first, done: true, completedOn: '2025-01-10' }, { id: 'a-goal-since-removed', done: true, notes: 'Kept after the plan changed.' }] }) });
    const page = await context.newPage();
    await page.goto(site.url + path);
    await trackerReady(page);
    expect(await checkbox(page, first!).isChecked()).toBe(true);
    const retired = page.locator('[data-tracker-retired]');
    expect(await retired.isVisible()).toBe(true);
    await expect(retired.textContent()).resolves.toContain('Kept after the plan changed.');
    // Only touched goals are stored, so the tracker cannot tell new goals from untouched ones: it claims nothing.
    await expect(panel(page).status.textContent()).resolves.not.toMatch(/new goals?/);
    expect(await checkbox(page, second!).isChecked()).toBe(false);
    // Saving keeps the removed goal's progress.
    await checkbox(page, second!).check();
    expect(await stored(page)).toContain('a-goal-since-removed');
    await context.close();
  });

  it('says where an imported goal that the plan does not have went, and lists it with its notes', async () => {
    const { context, page, plan } = await openTracker();
    const [first] = goalIds(plan);
    const file = envelope({ goals: [{ id: first, done: true }, { id: 'a-goal-from-another-plan', done: true, notes: 'Done under the old plan.' }] });
    await page.getByLabel('Import progress').setInputFiles({ name: 'old-plan.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await expect.poll(() => panel(page).status.textContent()).toMatch(/Imported “old-plan\.json”.*One goal of the file is not in this plan: .*“Goals no longer in the plan”/);
    await expect(page.locator('[data-tracker-retired]').textContent()).resolves.toContain('Done under the old plan.');
    expect(await checkbox(page, first!).isChecked()).toBe(true);
    await context.close();
  });

  it('imports a file that marks a goal done after today, names the goal and its date, and undoes it', async () => {
    const { context, page, plan } = await openTracker();
    const [first] = goalIds(plan);
    const file = envelope({ goals: [{ id: first, done: true, completedOn: '2099-01-01', notes: 'From a wrong clock.' }] });
    await page.getByLabel('Import progress').setInputFiles({ name: 'ahead.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await expect.poll(() => panel(page).status.textContent()).toMatch(/Imported “ahead\.json”.*done after today.*1 January 2099.*check its date/);
    expect(await checkbox(page, first!).isChecked()).toBe(true);
    await panel(page).undo.click();
    await expect.poll(() => checkbox(page, first!).isChecked()).toBe(false);
    await context.close();
  });

  it('draws empty progress bars empty in the dark theme', async () => {
    const context = await site.browser.newContext({ colorScheme: 'dark' });
    await context.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
    const page = await context.newPage();
    await page.goto(site.url + path);
    await trackerReady(page);
    // Nothing is done yet: every bar is empty, and its inside (away from the border) must look it.
    const bar = page.locator('progress').first();
    const inside = await brightness(page, await bar.screenshot(), { x0: 0.1, y0: 0.3, x1: 0.9, y1: 0.7 });
    // The page around it: a strip just above the bar, inside the summary box.
    const box = (await bar.boundingBox())!;
    const pageBackground = await brightness(page, await page.screenshot({ clip: { x: box.x, y: box.y - 8, width: box.width, height: 4 } }));
    expect(Math.abs(inside - pageBackground), 'an empty bar is about as dark as the page').toBeLessThan(40);
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
    expect(await page.locator('[data-tool-data]').isVisible()).toBe(false);
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
