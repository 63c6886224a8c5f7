/**
 * The manager's side of the growth tools in Chromium: the manager's view (an engineer's export in,
 * the manager's ratings beside theirs, the combined record out and back into the engineer's page),
 * team calibration of five exported people (heatmap, outliers, who looks ready, print), the
 * promotion packet as PDF on A4 and Letter, bad files and corrupted team data, and axe on every
 * growth page once filled in. Records come from tests/support/growth-scenario.ts, built on the
 * ladder the pages carry.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { heatmap, outliers, readyForNext } from '~/lib/growth/calibration';
import { checkInRatings, competenciesOf, ratingNames } from '~/lib/growth/check-in-scale';
import { latestCheckIn, type GrowthRecord } from '~/lib/growth/growth-record';
import { agreementText, ratingText, reviewRows } from '~/lib/growth/review';
import { addAxe, axe, axeReport, type AxeFinding } from '../support/axe';
import { useBuiltSite } from '../support/built-site';
import { engineer, recordFile, reviewedEngineer, team, trackOf, type GrowthModel } from '../support/growth-scenario';
import { builtModel, expectNoNetworkUse, growthTools, openTool, ownKey, storedRecord, storedTeam, teamFile, teamKey, toolReady, type GrowthTool } from '../support/growth-browser';
import { dataPanel, downloadText, messageOf, seedStorage, storedEntries } from '../support/tool-storage';
import { undoOffer } from '~/components/tools/undo-lines';
import { teamSpec } from '~/lib/growth/growth-store';
import { applyImport, planImport } from '~/lib/browser/import-plan';

const site = useBuiltSite();
const model: GrowthModel = builtModel();
const files = mkdtempSync(join(tmpdir(), 'growth-files-'));
/** Writes each record as the file its engineer would export, and returns the paths. */
const exportFiles = (records: GrowthRecord[]) =>
  records.map((r, i) => {
    const path = join(files, `record-${i}-${r.id}.json`);
    writeFileSync(path, recordFile(r));
    return path;
  });

const sideBySide = (page: Page) =>
  page.locator('[data-review-table] tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')?.textContent?.trim(), ...[...tr.querySelectorAll('td')].map((td) => td.textContent?.trim())]));

/**
 * The manager's view open twice on a team of `people`, as two tabs of one browser: tab B accepts
 * the questions it asks (removing a person), so that it can act while tab A is where the reader types.
 */
async function twoManagerTabs(people: GrowthRecord[]) {
  const context = await site.browser.newContext();
  await seedStorage(context, { [teamKey]: teamFile({ reviewer: 'Grace Manager', people }) });
  const a = await openTool(context, site.url, 'manager');
  const b = await openTool(context, site.url, 'manager');
  b.page.on('dialog', (d) => void d.accept());
  return { context, a, b };
}

describe('the manager’s view in Chromium', () => {
  it('never saves a note typed for someone another tab removed into another person’s review, and can bring them back with it', async () => {
    const ada = engineer(model);
    const bea = { ...engineer(model, 'Bea Example'), id: 'gr-bea' };
    const { context, a, b } = await twoManagerTabs([ada, bea]);
    const c0 = competenciesOf(model.ladder, latestCheckIn(ada)!.level)[0]!.id;
    const noteA = a.page.locator(`#mv-${c0}-note`);
    await noteA.fill('Typed about Ada');
    await noteA.focus();
    await expect.poll(() => b.page.locator(`#mv-${c0}-note`).inputValue()).toBe('Typed about Ada');
    await b.page.getByRole('button', { name: 'Remove this person from the team' }).click();
    await expect.poll(() => messageOf(noteA)).toMatch(/^Ada Example was removed from the team in another tab while you were typing your review of their check-in of /);
    expect(await noteA.inputValue()).toBe('Typed about Ada');
    await noteA.pressSequentially(', more');
    const notes = async () => (await storedTeam(a.page))!.people.map((p) => [p.name, p.reviews[0]?.competencies[c0]?.notes ?? '']);
    expect(await notes()).toEqual([['Bea Example', '']]);
    await a.page.getByRole('button', { name: 'Add Ada Example back with my review' }).click();
    await expect.poll(notes).toEqual([
      ['Ada Example', 'Typed about Ada, more'],
      ['Bea Example', ''],
    ]);
    expect(a.errors).toEqual([]);
    await context.close();
  });

  it('says, in the tab typing a review of someone another tab removed, that keeping it adds them back; the removing tab then shows them back too, and a merge of a file made in between keeps them', async () => {
    const ada = engineer(model);
    const bea = { ...engineer(model, 'Bea Example'), id: 'gr-bea' };
    // Tab B types; tab A (which accepts the question) removes.
    const { context, a: tabB, b: tabA } = await twoManagerTabs([ada, bea]);
    const c0 = competenciesOf(model.ladder, latestCheckIn(ada)!.level)[0]!.id;
    const noteB = tabB.page.locator(`#mv-${c0}-note`);
    await noteB.fill('Typed about Ada');
    await noteB.focus();
    await expect.poll(() => tabA.page.locator(`#mv-${c0}-note`).inputValue()).toBe('Typed about Ada');
    await tabA.page.getByRole('button', { name: 'Remove this person from the team' }).click();
    const statusA = dataPanel(tabA.page.locator('handbook-manager-view')).status;
    await expect.poll(() => statusA.textContent()).toBe(`Removed Ada Example. ${undoOffer}`);
    const between = (await storedTeam(tabA.page))!;
    expect(between.removed?.map((t) => t.id)).toEqual([ada.id]);
    // What happened, in the reader's words, and what each choice does, before either is chosen.
    await expect.poll(() => messageOf(noteB)).toMatch(
      /^Ada Example was removed from the team in another tab while you were typing your review of their check-in of .+\. Your text stays in this field, saved nowhere \(not in what the page shows now\), until you choose: “Add Ada Example back with my review” adds Ada Example back to the team with your review; “Let my text go” changes nothing else\.Add Ada Example back with my reviewLet my text go$/,
    );
    await tabB.page.getByRole('button', { name: 'Add Ada Example back with my review' }).click();
    const people = async (page: Page) => (await storedTeam(page))!.people.map((p) => [p.name, p.reviews[0]?.competencies[c0]?.notes ?? '']);
    await expect.poll(() => people(tabB.page)).toEqual([
      ['Ada Example', 'Typed about Ada'],
      ['Bea Example', ''],
    ]);
    // Tab A follows: its lists show Ada again, and its status line no longer says she was removed, nor offers its undo.
    const options = (page: Page) => page.locator('[data-mv-person] option').allTextContents();
    await expect.poll(async () => (await options(tabA.page)).map((o) => o.split(' · ')[0])).toEqual(['Ada Example', 'Bea Example']);
    expect(await options(tabA.page)).toEqual(await options(tabB.page));
    await expect.poll(() => statusA.textContent()).toBe('The removal of Ada Example was reversed in another tab: what it took away is stored again.');
    expect(await dataPanel(tabA.page.locator('handbook-manager-view')).undo.isVisible()).toBe(false);
    // The removal is forgotten, and a team file made between the removal and the re-adding leaves Ada in the team.
    const stored = (await storedTeam(tabA.page))!;
    expect(stored.removed ?? []).toEqual([]);
    const spec = teamSpec(model.ladder, model.kpis.map((k) => k.id));
    expect(planImport(spec, stored, between).deletedInFile).toEqual([]);
    expect(applyImport(spec, stored, between, 'merge').people.map((p) => p.name)).toEqual(['Ada Example', 'Bea Example']);
    expect([tabA.errors, tabB.errors]).toEqual([[], []]);
    await context.close();
  });

  it('keeps a summary typed for the only person, removed in another tab, in sight with its message, and can bring them back with it', async () => {
    const ada = engineer(model);
    const { context, a, b } = await twoManagerTabs([ada]);
    const summaryA = a.page.locator('#mv-summary');
    await summaryA.fill('A summary of Ada');
    await summaryA.focus();
    await expect.poll(() => b.page.locator('#mv-summary').inputValue()).toBe('A summary of Ada');
    await b.page.getByRole('button', { name: 'Remove this person from the team' }).click();
    await expect.poll(() => messageOf(summaryA)).toMatch(/^Ada Example was removed from the team in another tab while you were typing your review of their check-in of /);
    expect([await summaryA.isVisible(), await summaryA.inputValue()]).toEqual([true, 'A summary of Ada']);
    await a.page.getByRole('button', { name: 'Add Ada Example back with my review' }).click();
    await expect.poll(async () => (await storedTeam(a.page))!.people.map((p) => [p.name, p.reviews[0]?.summary ?? ''])).toEqual([['Ada Example', 'A summary of Ada']]);
    expect(a.errors).toEqual([]);
    await context.close();
  });

  it('offers no rating for someone another tab removed while a note for them is kept, and rates again once they are back', async () => {
    const ada = engineer(model);
    const { context, a, b } = await twoManagerTabs([ada]);
    const [c0, c1] = competenciesOf(model.ladder, latestCheckIn(ada)!.level).map((c) => c.id);
    const noteA = a.page.locator(`#mv-${c0}-note`);
    await noteA.fill('A note on Ada');
    await expect.poll(() => b.page.locator(`#mv-${c0}-note`).inputValue()).toBe('A note on Ada');
    await b.page.getByRole('button', { name: 'Remove this person from the team' }).click();
    await expect.poll(() => messageOf(noteA)).toMatch(/was removed from the team in another tab/);
    const ratings = a.page.locator(`[data-mv-rate="${c1}"]`);
    expect(await ratings.count()).toBeGreaterThan(0);
    for (const radio of await ratings.all()) expect(await radio.isDisabled()).toBe(true);
    await a.page.getByRole('button', { name: 'Add Ada Example back with my review' }).click();
    await expect.poll(async () => (await storedTeam(a.page))!.people.length).toBe(1);
    const rating = ratings.nth(1);
    await expect.poll(() => rating.isEnabled()).toBe(true);
    await rating.check();
    await expect.poll(async () => (await storedTeam(a.page))!.people[0]!.reviews[0]?.competencies[c1!]?.rating).toBe(await rating.getAttribute('value'));
    expect(a.errors).toEqual([]);
    await context.close();
  });

  it('keeps a rating clicked in tab A when tab B’s save of another note carries back A’s older rating, and shows B’s rating when B rates the same competency', async () => {
    const ada = engineer(model);
    const { context, a, b } = await twoManagerTabs([ada]);
    const [c0, c1] = competenciesOf(model.ladder, latestCheckIn(ada)!.level).map((c) => c.id) as [string, string];
    const [older, newer, theirs] = checkInRatings;
    const radio = (page: Page, r: string) => page.locator(`#mv-${c0}-${r}`);
    await radio(a.page, older).check();
    await radio(a.page, newer).check();
    await expect.poll(() => radio(b.page, newer).isChecked()).toBe(true);
    // Tab B's save of its note as a browser may make it: on the team as B read it before A's last
    // click reached it, so with A's older rating, under the revision A's click wrote.
    await b.page.evaluate(
      ({ key, c0, c1, older }) => {
        const envelope = JSON.parse(localStorage.getItem(key)!);
        const review = envelope.data.people[0].reviews[0];
        review.competencies[c0] = { ...review.competencies[c0], rating: older };
        review.competencies[c1] = { rating: null, ...review.competencies[c1], notes: 'Typed in tab B' };
        localStorage.setItem(key, JSON.stringify(envelope));
      },
      { key: teamKey, c0, c1, older },
    );
    // Read in B, which sees its own write at once: A's copy may not hold it yet, and would then show A's own click.
    const review = async () => (await storedTeam(b.page))!.people[0]!.reviews[0]!.competencies;
    await expect.poll(async () => (await review())[c0]?.rating).toBe(newer);
    expect((await review())[c1]?.notes).toBe('Typed in tab B');
    await expect.poll(() => radio(b.page, newer).isChecked()).toBe(true);
    expect(await radio(a.page, newer).isChecked()).toBe(true);

    // B rates the same competency: that is another tab's choice, shown in A as any change of B's is.
    await radio(b.page, theirs).check();
    await expect.poll(() => radio(a.page, theirs).isChecked()).toBe(true);
    expect((await review())[c0]?.rating).toBe(theirs);
    expect([a.errors, b.errors]).toEqual([[], []]);
    await context.close();
  });

  it('keeps a note typed for someone another tab removed when the next person is reviewed at another level', async () => {
    const ada = engineer(model);
    const { above } = trackOf(model.ladder);
    const base = engineer(model, 'Bea Example');
    const bea = { ...base, id: 'gr-bea', checkIns: base.checkIns.map((c) => ({ ...c, level: above.id, competencies: {} })) };
    const context = await site.browser.newContext();
    await seedStorage(context, { [teamKey]: teamFile({ reviewer: 'Grace Manager', people: [ada, bea] }) });
    const a = await openTool(context, site.url, 'manager');
    const b = await openTool(context, site.url, 'manager');
    b.page.on('dialog', (d) => void d.accept());
    const c0 = competenciesOf(model.ladder, latestCheckIn(ada)!.level)[0]!.id;
    const noteA = a.page.locator(`#mv-${c0}-note`);
    await noteA.fill('Typed about Ada');
    await noteA.focus();
    await expect.poll(() => b.page.locator(`#mv-${c0}-note`).inputValue()).toBe('Typed about Ada');
    await b.page.getByRole('button', { name: 'Remove this person from the team' }).click();
    await expect.poll(() => messageOf(noteA)).toMatch(/^Ada Example was removed from the team in another tab while you were typing your review of their check-in of /);
    expect(await noteA.inputValue()).toBe('Typed about Ada');
    const notes = async () => (await storedTeam(a.page))!.people.map((p) => [p.name, p.reviews[0]?.competencies[c0]?.notes ?? '']);
    expect(await notes()).toEqual([['Bea Example', '']]);
    await a.page.getByRole('button', { name: 'Add Ada Example back with my review' }).click();
    await expect.poll(notes).toEqual([
      ['Ada Example', 'Typed about Ada'],
      ['Bea Example', ''],
    ]);
    expect(a.errors).toEqual([]);
    await context.close();
  });

  it('imports an engineer’s export, rates beside it and exports the combined record, which the engineer imports back', { timeout: 180_000 }, async () => {
    const ada = engineer(model);
    const [file] = exportFiles([ada]);
    const context = await site.browser.newContext();
    const { page, requests, errors } = await openTool(context, site.url, 'manager');
    await page.locator('#mv-reviewer').fill('Grace Manager');
    await page.locator('#mv-people').setInputFiles(file!);
    const plan = page.locator('[data-team-plan]');
    await plan.waitFor();
    await expect(plan.textContent()).resolves.toContain('adds Ada Example');
    await plan.getByRole('button', { name: 'Import' }).click();
    await page.locator('[data-mv-competency]').first().waitFor();

    // The latest check-in is open; the manager rates every competency one step from the engineer's where they can.
    const latest = latestCheckIn(ada)!;
    const cs = competenciesOf(model.ladder, latest.level).map((c) => c.id);
    expect(await page.locator('[data-mv-competency]').count()).toBe(cs.length);
    const theirs: Record<string, 'meets' | 'exceeds' | 'towards'> = {};
    for (const [i, c] of cs.entries()) {
      theirs[c] = i === 0 ? 'towards' : i % 2 ? 'meets' : 'exceeds';
      await page.locator(`#mv-${c}-${theirs[c]}`).check();
    }
    await page.locator(`#mv-${cs[0]}-note`).fill('Not yet across teams.');
    const stored = (await storedTeam(page))!;
    const reviewed = stored.people[0]!;
    expect(reviewed.reviews).toHaveLength(1);
    expect(reviewed.reviews[0]).toMatchObject({ checkIn: latest.id, reviewer: 'Grace Manager' });
    // The side-by-side is what the logic says about the two views.
    await expect(sideBySide(page)).resolves.toEqual(reviewRows(model.ladder, latest, reviewed.reviews[0]).map((r) => [r.name, ratingText(r.engineer), ratingText(r.manager), agreementText(r)]));

    // The combined record goes back to the engineer, whose own page merges it and keeps everything.
    const { text } = await downloadText(page, page.getByRole('button', { name: 'Export the combined record (JSON)' }));
    const combined = JSON.parse(text) as { tool: string; data: GrowthRecord };
    expect(combined.tool).toBe('self-assessment');
    expect(combined.data.reviews).toHaveLength(1);
    const engineerContext = await site.browser.newContext();
    await seedStorage(engineerContext, { [ownKey]: recordFile(ada) });
    const own = await openTool(engineerContext, site.url, 'checkIns');
    await own.page.locator('#ci-import').setInputFiles({ name: 'reviewed.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect.poll(async () => (await storedRecord(own.page))?.reviews.length).toBe(1);
    expect((await storedRecord(own.page))!.checkIns).toEqual(ada.checkIns);
    // The engineer's packet shows the manager's view.
    const packet = await openTool(engineerContext, site.url, 'packet');
    await expect(packet.page.locator('[data-pk-document]').textContent()).resolves.toContain('Reviewed by Grace Manager');
    await engineerContext.close();

    // A newer export of the same engineer merges in: new check-in added, the review kept.
    const later = { ...ada, checkIns: [...ada.checkIns, { ...latest, id: 'ci-4', date: '2025-10-15' }] };
    await page.locator('#mv-people').setInputFiles(exportFiles([later])[0]!);
    await plan.waitFor();
    await expect(plan.textContent()).resolves.toContain('updates Ada Example');
    await plan.getByRole('button', { name: 'Import' }).click();
    await expect.poll(async () => (await storedTeam(page))?.people[0]?.checkIns.length).toBe(ada.checkIns.length + 1);
    // What the import did reads as one sentence: no brackets within brackets.
    await expect(page.locator('[data-team-status]').textContent()).resolves.not.toMatch(/\([^)]*\(/);
    expect((await storedTeam(page))!.people[0]!.reviews).toHaveLength(1);
    expectNoNetworkUse(site.url, requests);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reopens the person and check-in on screen after a reload, and falls back to the first person once that one is removed', async () => {
    const people = team(model).slice(0, 3);
    const { context, a, b } = await twoManagerTabs(people);
    const { page, errors } = a;
    const last = people.at(-1)!;
    const older = last.checkIns.length > 1 ? [...last.checkIns].sort((x, y) => x.date.localeCompare(y.date))[0]! : null;
    await page.locator('[data-mv-person]').selectOption(last.id);
    if (older) await page.locator('[data-mv-check-in]').selectOption(older.id);
    await page.reload();
    await toolReady(page, 'manager');
    await expect(page.locator('[data-mv-person]').inputValue()).resolves.toBe(last.id);
    if (older) await expect(page.locator('[data-mv-check-in]').inputValue()).resolves.toBe(older.id);
    // Removed in the other tab: this one falls back to the first person, and so does its address.
    await b.page.locator('[data-mv-person]').selectOption(last.id);
    await b.page.getByRole('button', { name: /^Remove\b/ }).click();
    await expect.poll(() => page.locator('[data-mv-person]').inputValue()).toBe(people[0]!.id);
    await page.reload();
    await toolReady(page, 'manager');
    await expect(page.locator('[data-mv-person]').inputValue()).resolves.toBe(people[0]!.id);
    expect(page.url()).not.toContain(encodeURIComponent(last.id));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('offers a team import’s Undo once, beside the import, and stops offering it once a change is saved after it', async () => {
    const context = await site.browser.newContext();
    const { page, errors } = await openTool(context, site.url, 'manager');
    await page.locator('#mv-people').setInputFiles(exportFiles(team(model).slice(0, 2)));
    const plan = page.locator('[data-team-plan]');
    await plan.getByRole('button', { name: 'Import' }).click();
    await expect.poll(async () => (await storedTeam(page))?.people.length).toBe(2);
    const undoButtons = page.getByRole('button', { name: /^Undo\b/ });
    const status = page.locator('[data-team-status]');
    await expect(undoButtons.count()).resolves.toBe(1);
    await expect(status.textContent()).resolves.toContain(undoOffer);
    // A rating is saved after the import: nothing offers its undo any longer, in words or as a button.
    await page.locator('[data-mv-competency] input[type="radio"]:not(:checked)').first().check();
    await expect.poll(() => undoButtons.count()).toBe(0);
    await expect(status.textContent()).resolves.not.toContain(undoOffer);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('takes back the data panel’s offer to undo a removal once an import beside it replaced that undo', async () => {
    const people = team(model).slice(0, 2);
    const { context, b: tab } = await twoManagerTabs(people);
    const { page, errors } = tab;
    const panel = dataPanel(page.locator('handbook-manager-view'));
    await page.getByRole('button', { name: /^Remove\b/ }).click();
    await expect.poll(() => panel.status.textContent()).toContain(undoOffer);
    // The import offers its own Undo, beside it; the panel's line must no longer offer to undo the removal.
    await page.locator('#mv-people').setInputFiles(exportFiles(team(model).slice(2, 3)));
    await page.locator('[data-team-plan]').getByRole('button', { name: 'Import' }).click();
    await expect.poll(async () => (await storedTeam(page))?.people.length).toBe(2);
    await expect.poll(() => panel.status.textContent()).not.toContain(undoOffer);
    await expect(panel.status.textContent()).resolves.toContain('It can no longer be undone');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps a person removed from the team out when the team file exported before is imported, and takes them back from their own file, saying so', async () => {
    const people = team(model).slice(0, 2);
    const context = await site.browser.newContext();
    await seedStorage(context, { [teamKey]: teamFile({ reviewer: 'Grace Manager', people }) });
    const { page, errors } = await openTool(context, site.url, 'manager');
    page.on('dialog', (d) => void d.accept());
    const panel = dataPanel(page.locator('handbook-manager-view'));
    const exported = (await downloadText(page, panel.panel.locator('[data-tool-action="export"]'))).text;
    await page.getByRole('button', { name: /^Remove\b/ }).click();
    await expect.poll(async () => (await storedTeam(page))?.people.length).toBe(1);
    const removedId = (await storedTeam(page))!.removed?.[0]?.id;
    const gone = people.find((p) => p.id === removedId)!;
    expect(gone).toBeDefined();
    await panel.panel.locator('[data-tool-action="import"]').setInputFiles({ name: 'team-before.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await expect
      .poll(() => panel.status.textContent())
      .toBe(`Nothing to import: this browser has everything in “team-before.json” but what was removed here since the file was made (1 person: “${gone.name}”), which a merge leaves out.`);
    expect((await storedTeam(page))!.people.map((p) => p.id)).not.toContain(gone.id);
    // Their own file, chosen on its own, is a request to add them: the plan says they were removed.
    await page.locator('#mv-people').setInputFiles(exportFiles([gone]));
    const plan = page.locator('[data-team-plan]');
    await expect.poll(() => plan.textContent()).toContain(`adds back ${gone.name}, whom you removed from the team`);
    await plan.getByRole('button', { name: 'Import' }).click();
    await expect.poll(async () => (await storedTeam(page))?.people.length).toBe(2);
    expect((await storedTeam(page))!.removed).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('still offers a team import’s Undo, once, after another file is chosen and its import canceled, and the Undo works', async () => {
    const context = await site.browser.newContext();
    const { page, errors } = await openTool(context, site.url, 'manager');
    const input = page.locator('#mv-people');
    const plan = page.locator('[data-team-plan]');
    await input.setInputFiles(exportFiles(team(model).slice(0, 2)));
    await plan.getByRole('button', { name: 'Import' }).click();
    await expect.poll(async () => (await storedTeam(page))?.people.length).toBe(2);
    await input.setInputFiles(exportFiles(team(model).slice(2, 3)));
    await plan.getByRole('button', { name: 'Cancel' }).click();
    const undoButtons = page.getByRole('button', { name: /^Undo\b/ });
    await expect(undoButtons.count()).resolves.toBe(1);
    await undoButtons.first().click();
    await expect.poll(async () => (await storedTeam(page))?.people.length ?? 0).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('team calibration in Chromium', () => {
  it('imports five exported records, shows the heatmap, the outliers and who looks ready, and prints the sheet', { timeout: 180_000 }, async () => {
    const people = team(model);
    expect(people).toHaveLength(5);
    const context = await site.browser.newContext();
    const { page, requests, errors } = await openTool(context, site.url, 'calibration');
    await page.locator('#cal-people').setInputFiles(exportFiles(people));
    const plan = page.locator('[data-team-plan]');
    await plan.waitFor();
    await plan.getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => page.locator('[data-cal-heatmap] tbody tr').count()).toBe(people.length);

    // The heatmap is a table of words: each cell the rating against the person's own level.
    const rows = heatmap(model.ladder, people);
    const cells = await page.locator('[data-cal-heatmap] tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(1).map((td) => td.textContent?.trim() ?? '')));
    rows.forEach((row, i) =>
      row.cells.forEach((cell, j) => {
        const shown = cells[i]![j]!;
        if (!cell) expect(shown).toBe('—');
        else expect(shown.startsWith(cell.rating ? ratingNames[cell.rating] : 'Not rated'), `${row.name} ${model.ladder.competencies[j]!.id}: ${shown}`).toBe(true);
      }),
    );
    const header = await page.locator('[data-cal-heatmap] thead th').allTextContents();
    expect(header.slice(2)).toEqual(model.ladder.competencies.map((c) => c.name));

    // Outliers and readiness, as the logic finds them, each with evidence.
    const found = outliers(model.ladder, people);
    expect(found.length).toBeGreaterThan(0);
    expect(await page.locator('[data-cal-list="outliers"] > li').count()).toBe(found.length);
    const ready = readyForNext(model.ladder, people);
    expect(ready.map((r) => r.name)).toEqual(['Bea Ready']);
    await expect(page.locator('[data-cal-list="ready"]').textContent()).resolves.toContain('Bea Ready');
    await expect(page.locator('[data-cal-list="ready"]').textContent()).resolves.toContain('in each of their last 2 check-ins');

    // The printed sheet: the heatmap and the findings, not the import or the data panel.
    await page.emulateMedia({ media: 'print' });
    for (const shown of ['[data-cal-heatmap]', '[data-cal-list="outliers"] > li', '[data-cal-list="ready"] > li']) expect(await page.locator(shown).first().isVisible(), shown).toBe(true);
    for (const hidden of ['#cal-people', '[data-tool-data]', '.page > header', 'nav.sidebar']) expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdfPages(pdf)).toBeGreaterThan(0);
    expectNoNetworkUse(site.url, requests);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('prints the calibration sheet with every person’s name and every competency’s name whole, on A4 and on Letter', { timeout: 180_000 }, async () => {
    const people = team(model);
    const context = await site.browser.newContext();
    const { page } = await openTool(context, site.url, 'calibration');
    await page.locator('#cal-people').setInputFiles(exportFiles(people));
    await page.locator('[data-team-plan]').getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => page.locator('[data-cal-heatmap] tbody tr').count()).toBe(people.length);
    await page.emulateMedia({ media: 'print' });
    // A word the heatmap splits across two lines reaches the PDF as two pieces of text.
    const words = [...people.map((p) => p.name), ...model.ladder.competencies.map((c) => c.name)].flatMap((n) => n.split(/\s+/)).filter((w) => w.length > 3);
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format });
      const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
      const pieces: string[] = [];
      for (let i = 1; i <= doc.numPages; i++) pieces.push(...(await (await doc.getPage(i)).getTextContent()).items.map((t) => ('str' in t ? t.str : '')));
      const text = pieces.join('\n');
      expect(words.filter((w) => !text.includes(w)), `${format}: words split on the sheet`).toEqual([]);
    }
    await context.close();
  });

  it('refuses bad files one by one, imports the good ones (one made before a fork removed a level, mended and said), and keeps an unreadable person aside', async () => {
    const people = team(model);
    const context = await site.browser.newContext();
    const { page } = await openTool(context, site.url, 'calibration');
    const input = page.locator('#cal-people');
    await input.setInputFiles([
      ...people.slice(0, 2).map((r) => ({ name: `${r.id}.json`, mimeType: 'application/json', buffer: Buffer.from(recordFile(r)) })),
      { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":') },
      { name: 'tracker.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'ml-career-handbook', tool: 'onboarding', version: 1, savedAt: '', data: {} })) },
      { name: 'bad-level.json', mimeType: 'application/json', buffer: Buffer.from(recordFile({ ...people[2]!, target: 'no-such-level' })) },
      { name: 'team.json', mimeType: 'application/json', buffer: Buffer.from(teamFile({ reviewer: '', people: [] })) },
    ]);
    await expect.poll(() => messageOf(input)).toContain('“broken.json”: the file is not valid JSON (line 1, column 11: the text ends');
    await expect(messageOf(input)).resolves.toContain('“tracker.json”');
    // A file whose target level a fork removed is imported, its target cleared, the plan saying so by the file's name.
    await expect(messageOf(input)).resolves.not.toContain('“bad-level.json”');
    await expect(page.locator('[data-team-plan-text]').textContent()).resolves.toMatch(/“bad-level\.json”: .*target level \(“no-such-level”\)/);
    // A team file chosen here is sent where it is imported, the data panel named by its heading on this page.
    const panelHeading = await page.locator('[data-tool-data] h2').textContent();
    await expect(messageOf(input)).resolves.toContain(`“team.json”: a team file: import it under “${panelHeading}”`);
    expect(await storedEntries(page, teamKey)).toEqual({});
    await page.locator('[data-team-plan]').getByRole('button', { name: 'Import' }).click();
    await expect.poll(async () => (await storedTeam(page))?.people.length).toBe(3);
    expect((await storedTeam(page))!.people.find((p) => p.id === people[2]!.id)!.target).toBeNull();
    // The import can be undone, beside it.
    await page.locator('[data-team-undo]').getByRole('button').click();
    await expect.poll(async () => (await storedTeam(page))?.people.length ?? 0).toBe(0);
    await context.close();

    // A stored team with one unreadable person: the others load, the person is kept aside to download.
    // A person whose target level a fork removed is not unreadable: loaded, the target cleared, and said.
    const corrupted = await site.browser.newContext();
    const unreadable = { ...people[1]!, extra: 'a field no record has' } as (typeof people)[number];
    await seedStorage(corrupted, { [teamKey]: teamFile({ reviewer: '', people: [people[0]!, unreadable, { ...people[2]!, target: 'no-such-level' }] }) });
    const opened = await openTool(corrupted, site.url, 'calibration');
    expect(await opened.page.locator('[data-cal-heatmap] tbody tr').count()).toBe(2);
    await expect(opened.page.locator('[data-tool="alert"]').textContent()).resolves.toContain('(“no-such-level”) is no longer in this handbook’s ladder');
    const kept = dataPanel(opened.page.locator('handbook-calibration')).kept;
    await kept.waitFor();
    const { text } = await downloadText(opened.page, kept.getByRole('button', { name: /^Download / }));
    expect(JSON.parse(text)).toMatchObject({ id: people[1]!.id });
    await corrupted.close();
  });
});

/** Pages of a PDF made by Chromium (each page object has `/Type /Page`). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

describe('the promotion packet in Chromium', () => {
  it('says the target is reached once a check-in is at it, never a move from a level to itself', async () => {
    // Promoted: the engineer aims one level up and starts today’s check-in at that level.
    const ada = engineer(model);
    const target = model.ladder.levels.find((l) => l.id === ada.target)!;
    const context = await site.browser.newContext();
    await seedStorage(context, { [ownKey]: recordFile(ada) });
    const checkIns = await openTool(context, site.url, 'checkIns');
    await checkIns.page.locator('#ci-new-level').selectOption(target.id);
    await checkIns.page.getByRole('button', { name: 'Start a check-in' }).click();
    await expect.poll(async () => latestCheckIn((await storedRecord(checkIns.page))!)?.level).toBe(target.id);

    const { page, errors } = await openTool(context, site.url, 'packet');
    const meta = (await page.locator('[data-pk-document] .pk-meta').textContent()) ?? '';
    expect(meta).toContain(target.title);
    expect(meta).not.toContain('→');
    const note = page.locator('[data-pk-target-note]');
    expect(await note.isVisible()).toBe(true);
    expect(await note.getByRole('link').getAttribute('href')).toBe(growthTools.checkIns.path);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says so when a link asks for the packet of a person this browser holds no record of, and keeps every record', async () => {
    const people = team(model);
    const context = await site.browser.newContext();
    await seedStorage(context, { [ownKey]: recordFile(engineer(model)), [teamKey]: teamFile({ reviewer: 'Grace Manager', people }) });
    const first = await openTool(context, site.url, 'packet');
    const stored = await storedEntries(first.page, 'handbook:');
    const member = people.find((p) => p.checkIns.length > 0)!;
    // A person's link with its id altered on the way.
    const altered = `${member.id.slice(0, -1)}${member.id.endsWith('x') ? 'y' : 'x'}`;
    const { page, errors } = await openTool(context, site.url, 'packet', `?person=${encodeURIComponent(altered)}`);
    await expect.poll(() => page.locator('[data-tool="alert"]').textContent()).toMatch(/holds no record of/);
    expect(await storedEntries(page, 'handbook:')).toEqual(stored);
    // Usable: choosing a person shows their packet, and the link's question is gone.
    await page.locator('#pk-person').selectOption(member.id);
    await expect.poll(() => page.locator('[data-pk-document] h2').textContent()).toContain(member.name);
    await expect.poll(() => page.locator('[data-tool="alert"]').textContent()).toBe('');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('prints one document per person that fits A4 and Letter', { timeout: 120_000 }, async () => {
    const people = team(model);
    const context = await site.browser.newContext();
    await seedStorage(context, { [ownKey]: recordFile(engineer(model)), [teamKey]: teamFile({ reviewer: 'Grace Manager', people }) });
    const { page, errors } = await openTool(context, site.url, 'packet');
    const doc = page.locator('[data-pk-document]');
    await expect(doc.locator('h2').textContent()).resolves.toContain('Ada Example');
    // Every part of the packet, for a team member chosen by the link the manager's view gives.
    const member = people[2]!;
    await page.goto(`${site.url}${growthTools.packet.path}?person=${member.id}`);
    await page.locator('handbook-promotion-packet[data-ready]').waitFor();
    const headings = await doc.locator('h3').allTextContents();
    expect(headings).toEqual(['Levels over time', 'Ratings at every check-in', expect.stringContaining('Latest check-in and the manager’s view'), 'Evidence by competency']);
    await expect(doc.textContent()).resolves.toContain('Reviewed by Grace Manager');
    for (const e of member.evidence) await expect(doc.textContent()).resolves.toContain(e.title);

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#pk-person').isVisible()).toBe(false);
    expect(await doc.isVisible()).toBe(true);
    for (const [format, widthInches] of [['A4', 8.27], ['Letter', 8.5]] as const) {
      // The printable width of the paper with Chromium's default margins (0.4 in each side), at 96 px an inch.
      await page.setViewportSize({ width: Math.floor((widthInches - 0.8) * 96), height: 1000 });
      // Nothing reaches past the paper's printable width, and nothing is cut off inside a scrolling box.
      const overflowing = await doc.evaluate((el) =>
        [el, ...el.querySelectorAll('*')]
          .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 || (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible'))
          .map((e) => e.outerHTML.slice(0, 80)),
      );
      expect(overflowing, format).toEqual([]);
      const pdf = await page.pdf({ format });
      expect(pdfPages(pdf), format).toBeGreaterThan(0);
      expect(pdfPages(pdf), format).toBeLessThan(20);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('every growth page, filled in', () => {
  it('has no axe-core violation (WCAG 2.2 A and AA), light on a desktop and dark on phones, and never scrolls sideways', { timeout: 300_000 }, async () => {
    const found: AxeFinding[] = [];
    const sideways: string[] = [];
    const setups = [
      ['light', { width: 1280, height: 900 }],
      ['dark', { width: 390, height: 844 }],
      ['dark', { width: 320, height: 700 }],
    ] as const;
    for (const [theme, viewport] of setups) {
      const context: BrowserContext = await site.browser.newContext({ viewport, colorScheme: theme });
      await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      // The engineer's own record holds their manager's review, as after the round trip.
      await seedStorage(context, { [ownKey]: recordFile(reviewedEngineer(model)), [teamKey]: teamFile({ reviewer: 'Grace Manager', people: team(model) }) });
      await addAxe(context);
      for (const tool of Object.keys(growthTools) as GrowthTool[]) {
        const { page } = await openTool(context, site.url, tool);
        const where = `${growthTools[tool].path} ${theme} ${viewport.width}px`;
        if (await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)) sideways.push(where);
        if (viewport.width !== 320) found.push(...(await axe(page, where)));
        await page.close();
      }
      await context.close();
    }
    expect(sideways).toEqual([]);
    expect(axeReport(found)).toEqual([]);
  });

  it('keeps notes of one long unbroken word, such as a pasted address, inside a phone’s width on every growth page', { timeout: 120_000 }, async () => {
    // A word longer than the screen is wide: a browser breaks it only where the page allows it to.
    const word = `https://example.com/${'a'.repeat(300)}`;
    const base = reviewedEngineer(model);
    const record: GrowthRecord = {
      ...base,
      checkIns: base.checkIns.map((c) => ({ ...c, summary: word, competencies: Object.fromEntries(Object.entries(c.competencies).map(([id, r]) => [id, { ...r!, notes: word }])) })),
      evidence: base.evidence.map((e) => ({ ...e, details: word })),
    };
    const context = await site.browser.newContext({ viewport: { width: 320, height: 700 } });
    await seedStorage(context, { [ownKey]: recordFile(record), [teamKey]: teamFile({ reviewer: 'Grace Manager', people: [record] }) });
    const sideways: string[] = [];
    for (const tool of Object.keys(growthTools) as GrowthTool[]) {
      const { page } = await openTool(context, site.url, tool);
      if (await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)) sideways.push(growthTools[tool].path);
      await page.close();
    }
    expect(sideways).toEqual([]);
    await context.close();
  });
});
