/**
 * What the growth tools show after the round trips between an engineer and their manager, in
 * Chromium: the manager's review on the engineer's own check-ins page (screen, screen reader and
 * print), a profile that reads only the competencies of the two levels at stake, the promotion packet
 * in a manager's browser, the team import's outcome where the manager acted, one description of an
 * import on every tool page, and light paper in the dark theme. Records come from
 * tests/support/growth-scenario.ts, built on the ladder the pages carry.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { addDays, calendarDateText, localCalendarDate } from '~/lib/browser/dates';
import { latestCheckIn } from '~/lib/growth/growth-record';
import { agreementText, ratingText, reviewRows } from '~/lib/growth/review';
import { levelById } from '~/lib/growth/self-assessment';
import { useBuiltSite } from '../support/built-site';
import { builtPages } from '../support/dist';
import { engineer, recordFile, reviewedEngineer, team, type GrowthModel } from '../support/growth-scenario';
import { builtModel, growthTools, openTool, ownKey, storedRecord, storedTeam, teamFile, teamKey } from '../support/growth-browser';
import { changedAtPattern } from '~/lib/browser/stamps';
import { dataPanel, downloadText, messageOf, seedStorage } from '../support/tool-storage';

const site = useBuiltSite();
const model: GrowthModel = builtModel();

describe('the manager’s review on the engineer’s check-ins page', () => {
  it('marks the reviewed check-in and shows the manager’s ratings beside the engineer’s, on screen, to screen readers and on paper', async () => {
    const ada = reviewedEngineer(model);
    const latest = latestCheckIn(ada)!;
    const review = ada.reviews[0]!;
    const context = await site.browser.newContext();
    await seedStorage(context, { [ownKey]: recordFile(ada) });
    const { page, errors } = await openTool(context, site.url, 'checkIns');

    // The list of check-ins marks the reviewed one, and each line reads with its spaces.
    const chips = page.locator('[data-ci-pick]');
    for (const text of await chips.allInnerTexts()) expect(text).toMatch(/\d{4} · \S/);
    await expect(chips.filter({ hasText: calendarDateText(latest.date) }).innerText()).resolves.toContain('review');

    // A region named by the mark: who reviewed, and when.
    const region = page.getByRole('region', { name: /review/i });
    await region.waitFor();
    const mark = await region.locator('[data-ci-review-mark]').innerText();
    expect(mark).toContain(review.reviewer);
    expect(mark).toContain(calendarDateText(review.date));
    await expect(region.innerText()).resolves.toContain(review.summary);
    // The two sides, as the manager's view compares them.
    const rows = reviewRows(model.ladder, latest, review);
    const table = await region.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent?.trim())));
    expect(table).toEqual(rows.map((r) => [r.name, ratingText(r.engineer), ratingText(r.manager), agreementText(r)]));
    // Beside each competency the manager rated: their rating, whether the two agree, and their note.
    for (const row of rows) {
      const line = page.locator(`[data-ci-manager="${row.competency}"]`);
      if (!row.manager) {
        expect(await line.isVisible(), row.name).toBe(false);
        continue;
      }
      const text = await line.innerText();
      expect(text).toContain(ratingText(row.manager));
      expect(text).toContain(agreementText(row));
      if (row.managerNotes) expect(text).toContain(row.managerNotes);
    }

    // On paper, the plan carries the review too.
    await page.emulateMedia({ media: 'print' });
    const plan = page.locator('[data-sa-plan]');
    await expect(plan.innerText()).resolves.toContain(review.reviewer);
    for (const row of rows.filter((r) => r.manager)) await expect(plan.locator('.sa-plan-item', { hasText: row.name }).innerText()).resolves.toContain(agreementText(row));
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the profile against the target', () => {
  it('reads only the competencies that the check-in’s level or the target expects: chart, table, ranking weights and Markdown', async () => {
    const ada = engineer(model);
    const levels = [levelById(model.ladder, latestCheckIn(ada)!.level)!, levelById(model.ladder, ada.target)!];
    const expected = model.ladder.competencies.filter((c) => levels.some((l) => l.expectations[c.id]));
    const outside = model.ladder.competencies.filter((c) => !expected.includes(c));
    const context = await site.browser.newContext();
    await seedStorage(context, { [ownKey]: recordFile(ada) });
    const { page } = await openTool(context, site.url, 'checkIns');
    await expect.poll(() => page.locator('[data-sa-chart] .radar-label').evaluateAll((ls) => ls.map((l) => l.getAttribute('data-axis')))).toEqual(expected.map((c) => c.id));
    await expect(page.locator('[data-sa-table] tbody th').allTextContents()).resolves.toEqual(expected.map((c) => c.name));
    const weights = await page.locator('[data-sa-weights]').textContent();
    for (const c of expected) expect(weights).toContain(c.name);
    const { text } = await downloadText(page, page.getByRole('button', { name: 'Export Markdown' }));
    for (const c of outside) {
      expect(weights, c.name).not.toContain(c.name);
      expect(text, c.name).not.toContain(c.name);
    }
    await context.close();
  });
});

describe('the promotion packet in a manager’s browser', () => {
  it('opens on the first team member with check-ins, not on an empty own record, and prints what it shows', async () => {
    const people = team(model);
    const context = await site.browser.newContext();
    await seedStorage(context, { [teamKey]: teamFile({ reviewer: 'Grace Manager', people }) });
    const { page } = await openTool(context, site.url, 'packet');
    const first = people.find((p) => p.checkIns.length)!;
    await expect(page.locator('#pk-person').inputValue()).resolves.toBe(first.id);
    await expect(page.locator('[data-pk-document] h2').textContent()).resolves.toContain(first.name);
    await expect(page.getByRole('button', { name: /print/i }).isEnabled()).resolves.toBe(true);
    await context.close();
  });
});

describe('importing people into the team', () => {
  it('says what the import did next to the import field, where the manager acted, with its Undo', async () => {
    const files = mkdtempSync(join(tmpdir(), 'growth-import-'));
    const paths = team(model).map((r) => {
      const path = join(files, `${r.id}.json`);
      writeFileSync(path, recordFile(r));
      return path;
    });
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    const { page } = await openTool(context, site.url, 'manager');
    await page.locator('#mv-people').setInputFiles(paths);
    await page.locator('[data-team-plan]').getByRole('button', { name: 'Import' }).click();
    const status = page.locator('[data-team-status]');
    await expect.poll(() => status.textContent()).toMatch(/\S/);
    await expect(status.getAttribute('role')).resolves.toBe('status');
    const undo = page.locator('[data-team-undo]').getByRole('button');
    // Both are in view where the manager is, not far down the page.
    for (const el of [status, undo]) {
      const box = (await el.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(844);
    }
    expect((await storedTeam(page))!.people.length).toBe(paths.length);
    await undo.click();
    await expect.poll(async () => (await storedTeam(page))?.people.length ?? 0).toBe(0);
    expect(await undo.isVisible()).toBe(false);
    await context.close();
  });
});

describe('importing a person dated ahead', () => {
  it('imports a person’s file holding a review dated after today with the others, and a team file naming the person to check', async () => {
    const files = mkdtempSync(join(tmpdir(), 'growth-ahead-'));
    const other = team(model)[1]!;
    const reviewed = reviewedEngineer(model);
    const today = localCalendarDate();
    const datedAhead = (days: number) => ({ ...reviewed, reviews: reviewed.reviews.map((v) => ({ ...v, date: addDays(today, days) })) });
    const aheadPath = join(files, 'ahead.json');
    writeFileSync(aheadPath, recordFile(datedAhead(3)));
    const goodPath = join(files, 'good.json');
    writeFileSync(goodPath, recordFile(other));
    const context = await site.browser.newContext();
    const { page } = await openTool(context, site.url, 'manager');
    const input = page.locator('#mv-people');
    await input.setInputFiles([aheadPath, goodPath]);
    await page.locator('[data-team-plan]').getByRole('button', { name: 'Import' }).click();
    await expect.poll(async () => (await storedTeam(page))?.people.map((p) => p.id).sort()).toEqual([other.id, reviewed.id].sort());
    await expect(messageOf(input)).resolves.not.toMatch(/after today|Not imported|Import failed/);

    // A team file through the data panel: imported, the person whose records are dated ahead named.
    const panel = dataPanel(page.locator('handbook-manager-view'));
    const panelInput = page.locator('handbook-manager-view [data-tool-action="import"]');
    await panelInput.setInputFiles({ name: 'team-ahead.json', mimeType: 'application/json', buffer: Buffer.from(teamFile({ reviewer: 'Grace Manager', people: [other, datedAhead(5)] })) });
    const merge = panel.importPlan.locator('[data-tool-action="import-merge"]');
    await merge.click();
    await expect.poll(() => panel.status.textContent()).toContain('Imported “team-ahead.json”');
    await expect(panel.status.textContent()).resolves.toContain(`In ${reviewed.name}’s record, the manager’s review of the check-in of`);
    await expect(messageOf(panelInput)).resolves.not.toMatch(/after today|Import failed/);
    await context.close();
  });
});

describe('the data panel of every tool', () => {
  const panels = builtPages().filter((p) => p.html.includes('data-tool-data'));

  it('describes what an import does in the same words on every page, tied to the import field', () => {
    expect(panels.length).toBeGreaterThan(1);
    const rules = panels.map((p) => {
      const id = /<input[^>]*data-tool-action="import"[^>]*aria-describedby="([^"]+)"/.exec(p.html)?.[1] ?? /aria-describedby="([^"]+)"[^>]*data-tool-action="import"/.exec(p.html)?.[1];
      expect(id, p.path).toBeTruthy();
      return new RegExp(`id="${id}"[^>]*>([^<]+)<`).exec(p.html)?.[1]?.trim();
    });
    expect(rules[0]).toBeTruthy();
    expect(new Set(rules).size).toBe(1);
  });

  it('imports at once, with Undo, a file that only adds; asks first about one that would remove, naming each check-in as the list does', async () => {
    const ada = engineer(model);
    const context = await site.browser.newContext();
    await seedStorage(context, { [ownKey]: recordFile({ ...ada, checkIns: ada.checkIns.slice(0, 1) }) });
    const { page } = await openTool(context, site.url, 'checkIns');
    const panel = dataPanel(page.locator('handbook-check-ins'));
    const input = page.locator('#ci-import');
    await input.setInputFiles({ name: 'newer.json', mimeType: 'application/json', buffer: Buffer.from(recordFile(ada)) });
    await panel.undo.waitFor();
    expect(await panel.importPlan.isVisible()).toBe(false);
    await input.setInputFiles({ name: 'older.json', mimeType: 'application/json', buffer: Buffer.from(recordFile({ ...ada, checkIns: ada.checkIns.slice(1) })) });
    await panel.importPlan.waitFor();
    // By its date in words and its level, as the list of check-ins shows it, never a bare 2025-01-15.
    const gone = ada.checkIns[0]!;
    const listed = (await page.locator(`[data-ci-pick="${gone.id}"]`).textContent())!;
    const named = `${calendarDateText(gone.date)} · ${levelById(model.ladder, gone.level)!.shortTitle}`;
    expect(listed.startsWith(named)).toBe(true);
    await expect(panel.importPlan.textContent()).resolves.toContain(`that only this browser has (“${named}”)`);
    await expect(panel.importPlan.textContent()).resolves.not.toContain(gone.date);
    await context.close();
  });
});

describe('a file made before a change here', () => {
  it('never undoes the change when merged: the check-in edited on the page keeps its newer text', async () => {
    const ada = engineer(model);
    const context = await site.browser.newContext();
    await seedStorage(context, { [ownKey]: recordFile(ada) });
    const { page, errors } = await openTool(context, site.url, 'checkIns');
    const open = latestCheckIn(ada)!;
    const edited = 'Updated after our one-to-one.';
    await page.locator('[data-ci-summary]').fill(edited);
    await page.locator('[data-ci-summary]').blur();
    await expect.poll(async () => (await storedRecord(page))?.checkIns.find((c) => c.id === open.id)?.summary).toBe(edited);
    expect((await storedRecord(page))!.checkIns.find((c) => c.id === open.id)!.changedAt).toMatch(changedAtPattern);

    // The file the manager holds, exported before the edit.
    const panel = dataPanel(page.locator('handbook-check-ins'));
    await page.locator('#ci-import').setInputFiles({ name: 'from-manager.json', mimeType: 'application/json', buffer: Buffer.from(recordFile(ada)) });
    // Everything it holds is here already, or here in a newer copy.
    await expect.poll(() => panel.status.textContent()).toContain('Nothing to import');
    expect((await storedRecord(page))!.checkIns.find((c) => c.id === open.id)!.summary).toBe(edited);
    await expect(page.locator('[data-ci-summary]').inputValue()).resolves.toBe(edited);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('printing in the dark theme', () => {
  it('prints light pages, margins included, on every growth tool page', async () => {
    const context = await site.browser.newContext({ colorScheme: 'dark' });
    await context.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
    const page = await context.newPage();
    for (const { path } of Object.values(growthTools)) {
      await page.goto(site.url + path);
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      await expect(page.evaluate(() => document.documentElement.dataset['theme'])).resolves.toBe('dark');
      // The page margins take the canvas's color: a light color scheme and a white root.
      const root = await page.evaluate(() => ({ scheme: getComputedStyle(document.documentElement).colorScheme, background: getComputedStyle(document.documentElement).backgroundColor }));
      expect(root, path).toEqual({ scheme: 'light', background: 'rgb(255, 255, 255)' });
      await page.emulateMedia({ media: 'screen' });
    }
    await context.close();
  });
});
