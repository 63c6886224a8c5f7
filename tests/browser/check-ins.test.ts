/**
 * The engineer's side of the growth tools in Chromium: check-ins, the evidence log, comparing
 * check-ins and the export, driven through the page as a reader would; the earlier
 * self-assessment's data migrating; share links; two tabs; bad files and corrupted stores.
 * Levels, competencies and KPIs come from the ladder the page carries, never from typed-out ids.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkInRatings, competenciesOf, ratingForLevel, ratingNames, type Rating } from '~/lib/growth/check-in-scale';
import { compareCheckIns, movementText } from '~/lib/growth/compare-check-ins';
import { checkInsByDate, evidenceByDate, newId, type GrowthRecord } from '~/lib/growth/growth-record';
import { checkInRows } from '~/lib/growth/growth-plan';
import { addDays, calendarDateText, localCalendarDate } from '~/lib/browser/dates';
import { decodeShare, encodeLevels, encodeShare, shareMarker, shareVersion } from '~/lib/growth/share-link';
import { ladderJsonRoute, managerViewHref, onboardingTrackerHref, selfAssessmentHref } from '~/lib/site/urls';
import { fileSlug } from '~/lib/browser/download';
import { docPages } from '../support/page-types';
import { useBuiltSite } from '../support/built-site';
import { checkInDates, engineer, recordFile, reviewedEngineer, trackOf, type GrowthModel } from '../support/growth-scenario';
import { builtModel, expectNoNetworkUse, openTool, ownKey, storedRecord, toolReady, type GrowthTool } from '../support/growth-browser';
import { dataPanel, downloadText, fillStorage, fillStorageBeforeLoad, freeStorage, messageOf, seedStorage, storedEntries } from '../support/tool-storage';
import { heldUndoOffer, undoOffer } from '~/components/tools/undo-lines';
import { importAskedAgain, importNotApplied } from '~/components/tools/import-lines';

const site = useBuiltSite();
const fixtures = join(import.meta.dirname, '../fixtures/exports');
const tool = (page: Page) => page.locator('handbook-check-ins');
/** The title of the page at `path`, as its frontmatter gives it. */
const pageTitle = (path: string) => docPages().find((p) => p.path === path)!.title;

/** A context whose localStorage holds the scenario's engineer record when its first page opens. */
async function withRecord(record: GrowthRecord, options: Parameters<typeof site.browser.newContext>[0] = {}): Promise<BrowserContext> {
  const context = await site.browser.newContext(options);
  await seedStorage(context, { [ownKey]: recordFile(record) });
  return context;
}

/**
 * A growth tool's page (the check-ins by default) open twice on `record`, as two tabs of one
 * browser: one of them, tab B unless told, accepts the questions it asks (deleting a check-in or an
 * entry), so that it can act while the other is where the reader types.
 */
async function twoTabs(record: GrowthRecord, { tool = 'checkIns', accepting = 'b' }: { tool?: GrowthTool; accepting?: 'a' | 'b' } = {}) {
  const context = await withRecord(record);
  const a = await openTool(context, site.url, tool);
  const b = await openTool(context, site.url, tool);
  (accepting === 'a' ? a : b).page.on('dialog', (d) => void d.accept());
  return { context, a, b };
}

/**
 * Two tabs on `record`: notes typed in tab A for the latest check-in (the box keeps the focus), and
 * that check-in deleted in tab B once the notes reached it; returns when tab A says so next to them.
 */
async function notesOfACheckInDeletedInTabB(record: GrowthRecord) {
  const { context, a, b } = await twoTabs(record);
  const [latest, before] = checkInsByDate(record).reverse();
  if (!latest) throw new Error('the record has no check-in');
  const c0 = competenciesOf(a.model.ladder, latest.level)[0]!.id;
  const notesA = a.page.locator(`#ci-notes-${c0}`);
  await notesA.fill('Typed for the latest check-in');
  await notesA.focus();
  await expect.poll(() => b.page.locator(`#ci-notes-${c0}`).inputValue()).toBe('Typed for the latest check-in');
  await tool(b.page).getByRole('button', { name: 'Delete this check-in' }).click();
  await expect.poll(() => messageOf(notesA)).toMatch(/^The check-in of .+ was deleted in another tab/);
  return { context, a, b, latest, before, c0, notesA };
}

/** How the message next to `control` is announced (its role) and set apart (its start border's color). */
async function messageLook(control: Locator): Promise<{ role: string | null; border: string }> {
  const id = (await control.getAttribute('aria-describedby'))!.split(/\s+/)[0]!;
  return control.page().locator(`[id="${id}"]`).evaluate((el) => ({ role: el.getAttribute('role'), border: getComputedStyle(el).borderInlineStartColor }));
}

/** Rates every competency of the open check-in's level with `pick`. */
async function rateAll(page: Page, model: GrowthModel, level: string, pick: (i: number) => Rating): Promise<Record<string, Rating>> {
  const ratings: Record<string, Rating> = {};
  for (const [i, c] of competenciesOf(model.ladder, level).entries()) {
    ratings[c.id] = pick(i);
    await page.locator(`#ci-rate-${c.id}-${ratings[c.id]}`).check();
  }
  return ratings;
}

async function startCheckIn(page: Page, date: string, level: string): Promise<void> {
  await page.locator('#ci-new-date').fill(date);
  await page.locator('#ci-new-level').selectOption(level);
  await page.getByRole('button', { name: 'Start a check-in' }).click();
  await page.locator('[data-ci-open-title]').filter({ hasText: new Date(`${date}T12:00:00Z`).getUTCFullYear().toString() }).waitFor();
}

async function addEvidence(page: Page, date: string, title: string, competencies: string[]): Promise<void> {
  await page.locator('#ev-date').fill(date);
  await page.locator('#ev-title').fill(title);
  await page.locator('#ev-details').fill(`What happened: ${title}.`);
  for (const c of competencies) await page.locator(`[data-ev-competency][value="${c}"]`).check();
  await page.getByRole('button', { name: 'Add to the log' }).click();
  await page.locator('.ev-entry h3', { hasText: title }).waitFor();
}

describe('check-ins in Chromium', () => {
  it('deletes a check-in and an evidence entry after asking, and the data panel’s Undo brings each back', { timeout: 120_000 }, async () => {
    const context = await site.browser.newContext();
    const { page, model, errors } = await openTool(context, site.url, 'checkIns');
    const { level } = trackOf(model.ladder);
    page.on('dialog', (d) => void d.accept());
    await startCheckIn(page, checkInDates[0], level.id);
    const checkIns = async () => (await storedRecord(page))?.checkIns.length ?? 0;
    expect(await checkIns()).toBe(1);
    await tool(page).getByRole('button', { name: 'Delete this check-in' }).click();
    const panel = dataPanel(tool(page));
    await expect(panel.status.textContent()).resolves.toMatch(/^Deleted the check-in .*You can undo it\.$/);
    expect(await checkIns()).toBe(0);
    await panel.undo.click();
    await page.locator('[data-ci-open-title], [data-ci-pick]').first().waitFor();
    expect(await checkIns()).toBe(1);

    const log = await openTool(context, site.url, 'evidence');
    log.page.on('dialog', (d) => void d.accept());
    const competency = competenciesOf(model.ladder, level.id)[0]!.id;
    await addEvidence(log.page, checkInDates[0], 'Shipped the rollback runbook', [competency]);
    const entries = log.page.locator('.ev-entry h3', { hasText: 'Shipped the rollback runbook' });
    await log.page.getByRole('button', { name: 'Delete “Shipped the rollback runbook”' }).click();
    await entries.waitFor({ state: 'detached' });
    const logPanel = dataPanel(log.page.locator('handbook-evidence-log'));
    await expect(logPanel.status.textContent()).resolves.toBe('Deleted “Shipped the rollback runbook”. You can undo it.');
    await logPanel.undo.click();
    await entries.waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('puts the focus somewhere safe after a deletion, a cancelled edit and an import’s preview, never on a button that now acts on something else; Escape cancels an edit', async () => {
    const record = engineer(builtModel());
    const context = await withRecord(record);
    const { page } = await openTool(context, site.url, 'checkIns');
    page.on('dialog', (d) => void d.accept());
    const focused = () => page.evaluate(() => { const el = document.activeElement; return el ? `${el.tagName} ${el.getAttribute('data-ci-pick') ?? el.getAttribute('data-ev-edit') ?? el.getAttribute('data-tool-action') ?? el.id}` : ''; });
    await tool(page).getByRole('button', { name: 'Delete this check-in' }).press('Enter');
    const left = checkInsByDate(record).slice(0, -1).at(-1)!;
    await expect.poll(focused).toBe(`BUTTON ${left.id}`);

    const log = await openTool(context, site.url, 'evidence');
    log.page.on('dialog', (d) => void d.accept());
    const first = record.evidence[0]!.title;
    const logFocused = () => log.page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName);
    await log.page.getByRole('button', { name: `Delete “${first}”` }).press('Enter');
    await expect.poll(logFocused).toMatch(/^Edit “/);
    expect(await logFocused()).not.toBe(`Edit “${first}”`);

    // Escape leaves the editing of an entry, asking first when something was changed; the focus returns to its Edit button.
    const entry = record.evidence.at(-1)!;
    await log.page.getByRole('button', { name: `Edit “${entry.title}”` }).click();
    await log.page.locator('#ev-details').fill('Changed, then thought better of it.');
    await log.page.locator('#ev-details').press('Escape');
    await expect.poll(logFocused).toBe(`Edit “${entry.title}”`);
    expect(await log.page.locator('[data-ev-submit]').textContent()).toBe('Add to the log');
    expect((await storedRecord(log.page))!.evidence.find((e) => e.id === entry.id)?.details).toBe(entry.details);

    // An import's preview, cancelled: the focus returns to the file field.
    await log.page.locator('[data-tool-action="import"]').setInputFiles({ name: 'record.json', mimeType: 'application/json', buffer: Buffer.from(recordFile({ ...record, name: 'Someone Else' })) });
    const cancel = log.page.locator('[data-tool-action="import-cancel"]');
    await cancel.waitFor();
    await cancel.press('Enter');
    await expect.poll(() => log.page.evaluate(() => document.activeElement?.getAttribute('data-tool-action'))).toBe('import');
    await context.close();
  });

  it('shows every level’s expectations and says it needs JavaScript, without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url + '/growth/self-assessment/');
    const model = JSON.parse((await page.locator('[data-growth-model]').textContent()) ?? '') as GrowthModel;
    await expect(page.locator('noscript').first().innerHTML()).resolves.toContain('This tool needs JavaScript');
    // The page's model leaves the behaviors out, as the page shows them; the published ladder has them.
    const published = (await (await context.request.get(site.url + ladderJsonRoute.href)).json()) as { levels: { id: string; expectations: Record<string, { behaviors: string[] }> }[] };
    const behaviorsOf = (level: string, competency: string) => published.levels.find((l) => l.id === level)?.expectations[competency]?.behaviors ?? [];
    let shown = 0;
    for (const level of model.ladder.levels)
      for (const c of model.ladder.competencies)
        if (level.expectations[c.id]) {
          expect(level.expectations[c.id]!.behaviors, 'the model does not carry the texts the page shows').toEqual([]);
          const items = await page.locator(`#ci-${c.id}-${level.id} li`).allTextContents();
          expect(items, `${level.id} ${c.id}`).toEqual(behaviorsOf(level.id, c.id));
          shown += items.length;
        }
    expect(shown).toBeGreaterThan(0);
    expect(await page.locator('[data-gr-control]:not([disabled])').count()).toBe(0);
    await context.close();
  });

  it('records three check-ins with evidence, compares two and exports the record', { timeout: 240_000 }, async () => {
    const context = await site.browser.newContext();
    const { page, model, requests, errors } = await openTool(context, site.url, 'checkIns');
    const { level, above } = trackOf(model.ladder);
    const competencies = competenciesOf(model.ladder, level.id).map((c) => c.id);
    await page.locator('#ci-name').fill('Ada Example');
    await page.locator('#ci-target').selectOption(above.id);

    // First check-in: every competency working towards or meets; evidence for the first one.
    await startCheckIn(page, checkInDates[0], level.id);
    const first = await rateAll(page, model, level.id, (i) => (i % 2 ? 'meets' : 'towards'));
    await page.locator(`#ci-notes-${competencies[0]}`).fill('Ran the evaluation review.');

    // Wins logged between the check-ins, on the evidence page.
    const log = await openTool(context, site.url, 'evidence');
    await addEvidence(log.page, '2025-02-10', 'Wrote the evaluation plan', [competencies[0]!]);
    await addEvidence(log.page, '2025-05-05', 'Closed the feature-store incident', [competencies[1]!]);
    await log.page.close();

    // Second and third check-ins start from the last ratings; two competencies move each time.
    await startCheckIn(page, checkInDates[1], level.id);
    for (const [c, r] of Object.entries(first)) await expect(page.locator(`#ci-rate-${c}-${r}`).isChecked(), `carried over ${c}`).resolves.toBe(true);
    await page.locator(`#ci-rate-${competencies[0]}-meets`).check();
    await page.locator(`#ci-rate-${competencies[1]}-exceeds`).check();
    // The second check-in gathers the entry logged since the first, under its competency.
    await expect(page.locator(`[data-ci-gathered="${competencies[0]}"]`).textContent()).resolves.toContain('Wrote the evaluation plan');
    await expect(page.locator(`[data-ci-gathered="${competencies[1]}"]`).isVisible()).resolves.toBe(false);
    await startCheckIn(page, checkInDates[2], level.id);
    await page.locator(`#ci-rate-${competencies[0]}-exceeds`).check();
    await page.locator(`#ci-rate-${competencies.at(-1)}-exceeds`).check();
    await expect(page.locator(`[data-ci-gathered="${competencies[1]}"]`).textContent()).resolves.toContain('Closed the feature-store incident');

    const record = (await storedRecord(page))!;
    expect(checkInsByDate(record).map((c) => c.date)).toEqual([...checkInDates]);
    expect(record.evidence).toHaveLength(2);
    expect(await page.locator('[data-ci-list] button').count()).toBe(3);
    // The profile reads the latest check-in, as the logic does.
    const rows = await page.locator('[data-sa-table] tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim())));
    expect(rows).toEqual(checkInRows(model.ladder, record).map((r) => [r.rating, r.you, r.target, r.gap]));
    expect(await page.locator('[data-sa-gap-list] > li').count()).toBeGreaterThan(0);

    // Compare: the two latest by default, then the first and the last.
    const compare = await openTool(context, site.url, 'compare');
    const [, second, third] = checkInsByDate(record);
    const shownMoves = () => compare.page.locator('[data-cmp-moves] tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim())));
    const expected = (a: typeof second, b: typeof second) =>
      compareCheckIns(model.ladder, record, a!, b!).moves.map((m) => [m.before ? ratingNames[m.before] : 'Not rated', m.after ? ratingNames[m.after] : 'Not rated', movementText(m)]);
    await expect(shownMoves()).resolves.toEqual(expected(second, third));
    await compare.page.locator('#cmp-earlier').selectOption(checkInsByDate(record)[0]!.id);
    await expect(shownMoves()).resolves.toEqual(expected(checkInsByDate(record)[0], third));
    await expect(compare.page.locator('[data-cmp-evidence]').textContent()).resolves.toContain('Wrote the evaluation plan');
    // The timeline: a row per competency, a column per check-in.
    expect(await compare.page.locator('[data-cmp-timeline] tbody tr').count()).toBe(competencies.length);
    expect(await compare.page.locator('[data-cmp-timeline] thead th').count()).toBe(4);
    expect(compare.errors).toEqual([]);

    // Export: the record as stored, in the envelope a manager imports; and the Markdown plan.
    const panel = dataPanel(tool(page));
    const { download, text } = await downloadText(page, panel.panel.getByRole('button', { name: 'Export your record (JSON)' }));
    // Named as the reader knows the tool, by its page's title, never by its store's name.
    expect(download.suggestedFilename()).toMatch(new RegExp(`^${fileSlug(pageTitle(selfAssessmentHref))}-ada-example-\\d{4}-\\d{2}-\\d{2}\\.json$`));
    const exported = JSON.parse(text) as { tool: string; version: number; data: GrowthRecord };
    expect(exported).toMatchObject({ format: 'ml-career-handbook', tool: 'self-assessment', version: 2 });
    expect(exported.data).toEqual(await storedRecord(page));
    const markdown = (await downloadText(page, page.getByRole('button', { name: 'Export Markdown' }))).text;
    expect(markdown).toContain(`Check-in of ${checkInDates[2]}`);
    expect(markdown).toContain('- 2025-05-05: Closed the feature-store incident');

    expectNoNetworkUse(site.url, requests);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('turns a self-assessment saved by the earlier page into a first check-in, with nothing lost', async () => {
    const saved = readFileSync(join(fixtures, 'self-assessment-v1.json'), 'utf8');
    const v1 = JSON.parse(saved) as { savedAt: string; data: { current: string; target: string; competencies: Record<string, { demonstrated: string; notes: string; links: string[] }> } };
    const context = await site.browser.newContext();
    await seedStorage(context, { [ownKey]: saved });
    const { page, model } = await openTool(context, site.url, 'checkIns');
    expect(await page.locator('[data-ci-list] button').count()).toBe(1);
    await expect(page.locator('#ci-level').inputValue()).resolves.toBe(v1.data.current);
    await expect(page.locator('#ci-target').inputValue()).resolves.toBe(v1.data.target);
    await expect(page.locator('#ci-date').inputValue()).resolves.toBe(localCalendarDate(new Date(v1.savedAt)));
    for (const [c, e] of Object.entries(v1.data.competencies)) {
      const rating = ratingForLevel(model.ladder, v1.data.current, c, e.demonstrated)!;
      await expect(page.locator(`#ci-rate-${c}-${rating}`).isChecked(), c).resolves.toBe(true);
      await expect(page.locator(`#ci-notes-${c}`).inputValue()).resolves.toBe(e.notes);
      await expect(page.locator(`#ci-links-${c}`).inputValue()).resolves.toBe(e.links.join('\n'));
      await expect(page.locator(`[data-ci-gathered="${c}"]`).textContent()).resolves.toContain('In your earlier self-assessment you chose');
    }
    await context.close();
  });

  it('asks before a share link adds anything, and a link with only levels suggests them', async () => {
    const model = builtModel();
    const record = engineer(model);
    const context = await withRecord(record, { permissions: ['clipboard-read', 'clipboard-write'] });
    const { page } = await openTool(context, site.url, 'checkIns');
    await page.getByRole('button', { name: 'Copy share link' }).click();
    const link = await page.locator('[data-sa-share-url]').inputValue();
    expect(link).toContain('#sa=2&level=');
    expect(link).not.toMatch(/Ada|ranking service|example\.org/);

    // Another browser with its own record: the link is offered, never applied by itself.
    const other = await site.browser.newContext();
    // Its own target differs from the link's: the question names the change before anything is saved.
    const ownTarget = model.ladder.levels.find((l) => l.id !== record.target)!;
    const linkTarget = model.ladder.levels.find((l) => l.id === record.target)!;
    await seedStorage(other, { [ownKey]: recordFile({ ...record, id: 'gr-other', target: ownTarget.id, checkIns: record.checkIns.slice(0, 1), evidence: [] }) });
    const there = await openTool(other, site.url, 'checkIns', link.slice(link.indexOf('#')));
    const prompt = there.page.getByRole('region', { name: 'Share link' });
    await prompt.waitFor();
    expect((await storedRecord(there.page))!.checkIns).toHaveLength(1);
    await expect(prompt.textContent()).resolves.toContain(`from ${ownTarget.title} to ${linkTarget.title}`);
    await prompt.getByRole('button', { name: 'Use the link' }).click();
    const applied = (await storedRecord(there.page))!;
    expect(applied.target).toBe(linkTarget.id);
    await expect(there.page.locator('[data-ci-notice]').textContent()).resolves.toContain(`from ${ownTarget.title} to ${linkTarget.title}`);
    // One step the data panel can undo: the earlier target comes back.
    await there.page.getByRole('button', { name: /^Undo\b/ }).click();
    await expect.poll(async () => (await storedRecord(there.page))!.target).toBe(ownTarget.id);
    await expect.poll(async () => (await storedRecord(there.page))!.checkIns).toHaveLength(1);
    expect(applied.checkIns.map((c) => c.date)).toEqual([record.checkIns[0]!.date, localCalendarDate()]);
    const latest = record.checkIns.at(-1)!;
    const added = applied.checkIns.find((c) => c.date === localCalendarDate())!;
    expect(Object.fromEntries(Object.entries(added.competencies).map(([c, e]) => [c, e?.rating]))).toEqual(Object.fromEntries(Object.entries(latest.competencies).map(([c, e]) => [c, e?.rating])));
    expect(there.page.url()).not.toContain('#');
    await other.close();

    // A link that names only levels (as the ladder's pages write) suggests them; “Ignore it” changes nothing.
    const { level, above } = trackOf(model.ladder);
    const fresh = await site.browser.newContext();
    const empty = await openTool(fresh, site.url, 'checkIns', `#sa=1&current=${level.id}&target=${above.id}`);
    const suggest = empty.page.getByRole('region', { name: 'Share link' });
    await suggest.waitFor();
    await suggest.getByRole('button', { name: 'Use the link' }).click();
    await expect(empty.page.locator('#ci-target').inputValue()).resolves.toBe(above.id);
    await expect(empty.page.locator('#ci-new-level').inputValue()).resolves.toBe(level.id);
    await empty.page.evaluate((h) => (location.hash = h), `#sa=1&current=${above.id}&target=${level.id}`);
    await suggest.waitFor();
    const before = await storedEntries(empty.page, ownKey);
    await suggest.getByRole('button', { name: 'Ignore it' }).click();
    expect(await storedEntries(empty.page, ownKey)).toEqual(before);
    await fresh.close();
    await context.close();
  });

  it('says what is wrong with a tampered share link, keeps every stored record and stays usable; an altered evidence anchor stops nothing', async () => {
    const model = builtModel();
    const record = engineer(model);
    const good = encodeShare(model.ladder, record);
    const level = new URLSearchParams(good).get('level')!;
    const base64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64');
    const newerVersion = String(Number(shareVersion) + 1);
    const tampered: { what: string; fragment: string; says?: RegExp }[] = [
      { what: 'cut short', fragment: good.slice(0, good.lastIndexOf('=') + 2) },
      { what: 'a byte of its level changed', fragment: good.replace(`level=${level}`, `level=${level.slice(0, -1)}${level.endsWith('x') ? 'y' : 'x'}`) },
      { what: 'a broken escape', fragment: good.replace(`level=${level}`, 'level=%E0%A4%A') },
      { what: 'valid base64 of other JSON as its format', fragment: `${shareMarker}=${base64({ level, ratings: {} })}` },
      { what: 'from a newer version of the handbook', fragment: good.replace(`${shareMarker}=${shareVersion}`, `${shareMarker}=${newerVersion}`), says: /newer version of the handbook/ },
    ];
    for (const t of tampered) expect(decodeShare(model.ladder, t.fragment)?.ok, t.what).toBe(false);
    const context = await withRecord(record);
    const first = await openTool(context, site.url, 'checkIns');
    const stored = await storedEntries(first.page, 'handbook:');
    for (const [i, t] of tampered.entries()) {
      // Opened from the link, and followed on a page already open, as a click in a chat does.
      const opened = i % 2 ? await openTool(context, site.url, 'checkIns', `#${t.fragment}`) : first;
      if (opened === first)
        await first.page.evaluate((h) => {
          // The notice of the link before is not taken for this one's.
          document.querySelector('[data-ci-notice]')!.textContent = '';
          location.hash = h;
        }, `#${t.fragment}`);
      const notice = opened.page.locator('[data-ci-notice]');
      await expect.poll(() => notice.textContent(), { message: t.what }).toMatch(/^This share link could not be read: .+\. Nothing was changed\.$/);
      if (t.says) expect(await notice.textContent(), t.what).toMatch(t.says);
      expect(await opened.page.locator('[data-ci-link]').isVisible(), t.what).toBe(false);
      expect(await opened.page.evaluate(() => location.hash), t.what).toBe('');
      expect(await storedEntries(opened.page, 'handbook:'), t.what).toEqual(stored);
      expect(opened.errors, t.what).toEqual([]);
      if (opened !== first) await opened.page.close();
    }
    // A fragment that is no share link at all (base64 of a check-in, say) is left to the browser: nothing asked, nothing changed.
    const other = await openTool(context, site.url, 'checkIns', `#${base64({ [shareMarker]: shareVersion, level })}`);
    expect(await other.page.locator('[data-ci-link]').isVisible()).toBe(false);
    expect(await storedEntries(other.page, 'handbook:')).toEqual(stored);
    // Still usable: a rating is saved.
    const latest = checkInsByDate(record).at(-1)!;
    const c0 = competenciesOf(model.ladder, latest.level)[0]!.id;
    const unrated = checkInRatings.find((r) => r !== latest.competencies[c0]?.rating)!;
    await first.page.locator(`#ci-rate-${c0}-${unrated}`).check();
    await expect.poll(async () => checkInsByDate((await storedRecord(first.page))!).at(-1)!.competencies[c0]?.rating).toBe(unrated);

    // The evidence log, linked to an entry by a fragment altered on the way: it loads and shows every entry.
    const log = await openTool(context, site.url, 'evidence', '#%E0%A4%A');
    await expect.poll(() => log.page.locator('.ev-entry').count()).toBe(record.evidence.length);
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('says so when a link asks for an evidence entry this browser does not hold (deleted, or logged in another browser), and stays usable', async () => {
    const model = builtModel();
    const record = engineer(model);
    const [linked] = evidenceByDate(record.evidence);
    if (!linked) throw new Error('the scenario has no evidence entry');
    const context = await withRecord(record);
    const alertOf = (page: Page) => page.locator('handbook-evidence-log [data-tool="alert"]').textContent();
    // A link to an entry held here: nothing to say.
    const held = await openTool(context, site.url, 'evidence', `#${linked.id}`);
    expect(await alertOf(held.page)).toBe('');
    // A link to an entry of another browser's log: an id this record never held.
    const foreign = newId('ev', record.evidence.map((e) => e.id));
    const other = await openTool(context, site.url, 'evidence', `#${foreign}`);
    await expect.poll(() => alertOf(other.page)).toMatch(/not in this browser/);
    await expect.poll(() => other.page.locator('.ev-entry').count()).toBe(record.evidence.length);
    // Usable: an entry is added, and the link's message is gone once the reader acts.
    await addEvidence(other.page, localCalendarDate(), 'Written after a stale link', []);
    await expect.poll(() => alertOf(other.page)).toBe('');
    // A link to an entry deleted since the link was made.
    held.page.on('dialog', (d) => void d.accept());
    await held.page.locator(`[data-ev-delete="${linked.id}"]`).click();
    await expect.poll(async () => (await storedRecord(held.page))!.evidence.some((e) => e.id === linked.id)).toBe(false);
    const deleted = await openTool(context, site.url, 'evidence', `#${linked.id}`);
    await expect.poll(() => alertOf(deleted.page)).toMatch(/not in this browser/);
    for (const opened of [held, other, deleted]) expect(opened.errors).toEqual([]);
    await context.close();
  });

  it('takes back what it said of a refused share link once a good one is followed on the same page', async () => {
    const context = await site.browser.newContext();
    const { page, model, errors } = await openTool(context, site.url, 'checkIns', `#${encodeLevels('no-such-level', 'no-such-level')}`);
    const notice = page.locator('[data-ci-notice]');
    await expect.poll(() => notice.textContent()).toMatch(/could not be read/);
    const { level, above } = trackOf(model.ladder);
    await page.evaluate((h) => (location.hash = h), `#${encodeLevels(level.id, above.id)}`);
    await expect.poll(() => page.locator('[data-ci-link]').isVisible()).toBe(true);
    expect(await notice.textContent()).not.toMatch(/could not be read|Nothing was changed/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('takes a share link’s question back when Back leaves the address without it, and asks again on Forward', async () => {
    const context = await site.browser.newContext();
    const { page, model, errors } = await openTool(context, site.url, 'checkIns');
    const { level, above } = trackOf(model.ladder);
    const prompt = page.locator('[data-ci-link]');
    // A link opened on the page already open, as a click on it in a chat does: a new entry of the history.
    await page.evaluate((h) => (location.hash = h), `#${encodeLevels(level.id, above.id)}`);
    await expect.poll(() => prompt.isVisible()).toBe(true);
    await page.goBack();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
    await expect.poll(() => prompt.isVisible()).toBe(false);
    await page.goForward();
    await expect.poll(() => prompt.isVisible()).toBe(true);
    await prompt.getByRole('button', { name: 'Use the link' }).click();
    await expect(page.locator('#ci-target').inputValue()).resolves.toBe(above.id);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses a check-in dated after today, new or moved, next to its date, and changes nothing', async () => {
    const model = builtModel();
    const context = await withRecord(engineer(model));
    const { page, errors } = await openTool(context, site.url, 'checkIns');
    const aYearAhead = new Date();
    aYearAhead.setFullYear(aYearAhead.getFullYear() + 1);
    const ahead = localCalendarDate(aYearAhead);
    const before = await storedEntries(page, ownKey);

    await page.locator('#ci-new-date').fill(ahead);
    const start = page.getByRole('button', { name: 'Start a check-in' });
    await start.click();
    // In the form's message, beside the date, where a date already taken is refused.
    await expect.poll(() => messageOf(start)).toContain(`${calendarDateText(ahead)} is after today`);

    const date = page.locator('#ci-date');
    await date.fill(ahead);
    await expect.poll(() => messageOf(date)).toContain(`${calendarDateText(ahead)} is after today`);
    expect(await storedEntries(page, ownKey)).toEqual(before);
    await expect(page.locator('[data-ci-list] button').count()).resolves.toBe(engineer(model).checkIns.length);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses an evidence entry dated after today, new or edited, next to its date, and changes nothing', async () => {
    const record = engineer(builtModel());
    const context = await withRecord(record);
    const { page, errors } = await openTool(context, site.url, 'evidence');
    const today = localCalendarDate();
    const ahead = addDays(today, 30);
    const date = page.locator('#ev-date');
    // The picker offers no day after today.
    await expect(date.getAttribute('max')).resolves.toBe(today);
    const before = await storedEntries(page, ownKey);

    await date.fill(ahead);
    await page.locator('#ev-title').fill('Dated ahead');
    await page.getByRole('button', { name: 'Add to the log' }).click();
    await expect.poll(() => messageOf(date)).toBe(`${calendarDateText(ahead)} is after today, ${calendarDateText(today)}: the log records what you have already done, so an entry is dated today or earlier.`);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ev-date');

    const entry = record.evidence[0]!;
    await page.getByRole('button', { name: `Edit “${entry.title}”` }).click();
    await date.fill(ahead);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => messageOf(date)).toContain(`${calendarDateText(ahead)} is after today`);
    expect(await storedEntries(page, ownKey)).toEqual(before);

    // Today is taken, and the message goes.
    await date.fill(today);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(async () => (await storedRecord(page))!.evidence.find((e) => e.id === entry.id)?.date).toBe(today);
    await expect(messageOf(date)).resolves.toBe('');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('imports a file holding records dated after today, and names them to check beside its Undo (earlier versions took such dates: a backup must come back)', async () => {
    const model = builtModel();
    const record = engineer(model);
    const context = await withRecord({ ...record, checkIns: record.checkIns.slice(0, 1) });
    const { page } = await openTool(context, site.url, 'checkIns');
    const today = localCalendarDate();
    const input = page.locator('#ci-import');
    const last = record.checkIns.at(-1)!;
    const level = model.ladder.levels.find((l) => l.id === last.level)!;
    const ahead = { ...record, checkIns: [...record.checkIns.slice(0, -1), { ...last, date: addDays(today, 2) }] };
    await input.setInputFiles({ name: 'ahead.json', mimeType: 'application/json', buffer: Buffer.from(recordFile(ahead)) });
    const status = dataPanel(tool(page)).status;
    await expect.poll(() => status.textContent()).toContain('Imported “ahead.json”');
    await expect(status.textContent()).resolves.toContain(`The check-in of ${calendarDateText(addDays(today, 2))} (${level.shortTitle}) is dated after today, ${calendarDateText(today)}`);
    await expect(messageOf(input)).resolves.not.toMatch(/after today|Not imported|Import failed/);
    expect((await storedRecord(page))!.checkIns.map((c) => c.date)).toContain(addDays(today, 2));
    await context.close();
  });

  it('keeps an evidence entry deleted after an export deleted when that export is imported, and says so, merged or not', async () => {
    const record = engineer(builtModel());
    const context = await withRecord(record);
    const { page, errors } = await openTool(context, site.url, 'evidence');
    page.on('dialog', (d) => void d.accept());
    const panel = dataPanel(page.locator('handbook-evidence-log'));
    const exported = (await downloadText(page, panel.panel.locator('[data-tool-action="export"]'))).text;
    const entry = record.evidence[0]!;
    await page.getByRole('button', { name: `Delete “${entry.title}”` }).click();
    await expect.poll(async () => (await storedRecord(page))!.evidence.map((e) => e.id)).not.toContain(entry.id);
    const input = panel.panel.locator('[data-tool-action="import"]');
    // The export made before the deletion holds nothing else new: nothing to import, and why.
    await input.setInputFiles({ name: 'before.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await expect
      .poll(() => panel.status.textContent())
      .toBe(`Nothing to import: this browser has everything in “before.json” but what was deleted here since the file was made (1 evidence entry: “${entry.title}”), which a merge leaves out.`);
    // The same export under another name asks; the merge leaves the deleted entry out.
    const renamed = JSON.parse(exported) as { data: GrowthRecord };
    renamed.data.name = 'Ada Renamed';
    await input.setInputFiles({ name: 'renamed.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(renamed)) });
    await panel.importPlan.waitFor();
    await expect(panel.importPlan.textContent()).resolves.toContain('leaves out 1 evidence entry deleted here since the file was made');
    await expect(panel.importPlan.textContent()).resolves.toContain('Replacing puts back 1 evidence entry deleted here since the file was made');
    await panel.importPlan.getByRole('button', { name: 'Merge into what is here' }).click();
    await expect.poll(() => panel.status.textContent()).toContain('Imported “renamed.json”');
    const stored = (await storedRecord(page))!;
    expect(stored.evidence.map((e) => e.id)).not.toContain(entry.id);
    expect(stored.deleted?.map((t) => t.id)).toEqual([entry.id]);
    await expect(page.locator('.ev-entry h3', { hasText: entry.title }).count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('does not offer a merge the record would refuse (a check-in on a date this browser has one on), says why, and still offers to replace', async () => {
    const model = builtModel();
    const record = engineer(model);
    const context = await withRecord(record);
    const { page } = await openTool(context, site.url, 'checkIns');
    // Another check-in (another id) on the date of one stored here: merged, the record would hold two on one date.
    const first = record.checkIns[0]!;
    const clash = { ...record, checkIns: [{ ...first, id: newId('ci') }] };
    await page.locator('#ci-import').setInputFiles({ name: 'clash.json', mimeType: 'application/json', buffer: Buffer.from(recordFile(clash)) });
    const panel = dataPanel(tool(page));
    await panel.importPlan.waitFor();
    await expect(panel.importPlan.getByRole('button', { name: 'Merge into what is here' }).isDisabled()).resolves.toBe(true);
    await expect(panel.importPlan.textContent()).resolves.toMatch(/Merging is not possible.*same date/);
    await expect(panel.importPlan.getByRole('button', { name: 'Replace what is here' }).isEnabled()).resolves.toBe(true);
    expect(await storedRecord(page)).toEqual(record);
    await context.close();
  });

  it('keeps every change made in two tabs, and asks before one tab’s text replaces another’s', async () => {
    const record = engineer(builtModel());
    const context = await withRecord(record);
    const a = await openTool(context, site.url, 'checkIns');
    const b = await openTool(context, site.url, 'checkIns');
    const [c0, c1] = competenciesOf(a.model.ladder, record.checkIns[0]!.level).map((c) => c.id);
    await a.page.locator(`#ci-rate-${c0}-below`).check();
    await b.page.locator(`#ci-rate-${c1}-below`).check();
    // The other tab shows each change at once, and the store holds both.
    await a.page.locator(`#ci-rate-${c1}-below:checked`).waitFor();
    await b.page.locator(`#ci-rate-${c0}-below:checked`).waitFor();
    const latest = checkInsByDate((await storedRecord(a.page))!).at(-1)!;
    expect([latest.competencies[c0!]?.rating, latest.competencies[c1!]?.rating]).toEqual(['below', 'below']);
    // A third tab on the evidence log adds an entry: the check-in page gathers it.
    const log = await openTool(context, site.url, 'evidence');
    await addEvidence(log.page, record.checkIns.at(-1)!.date, 'Logged from another tab', [c0!]);
    await a.page.locator(`[data-ci-gathered="${c0}"]`, { hasText: 'Logged from another tab' }).waitFor();

    // Both tabs edit the same notes: the tab typing keeps its text and is told; nothing is overwritten silently.
    const notesA = a.page.locator(`#ci-notes-${c0}`);
    await notesA.fill('Text typed in tab A');
    await notesA.focus();
    await b.page.locator(`#ci-notes-${c0}`).fill('Text typed in tab B');
    await expect.poll(() => messageOf(notesA)).toContain('Another tab changed this text');
    await expect(notesA.inputValue()).resolves.toBe('Text typed in tab A');
    await a.page.getByRole('button', { name: 'Keep my text' }).click();
    await expect.poll(async () => checkInsByDate((await storedRecord(a.page))!).at(-1)!.competencies[c0!]?.notes).toBe('Text typed in tab A');
    await context.close();
  });

  it('keeps notes typed in tab A, blaming no tab, when tab B’s save of other notes carries back A’s older text, and both choices still work when B edits the same notes', async () => {
    const record = engineer(builtModel());
    const { context, a, b } = await twoTabs(record);
    const latest = checkInsByDate(record).at(-1)!;
    const [c0, c1] = competenciesOf(a.model.ladder, latest.level).map((c) => c.id) as [string, string];
    const notesA = a.page.locator(`#ci-notes-${c0}`);
    await notesA.focus();
    for (const text of ['a', 'ab', 'abc']) await notesA.fill(text);
    await expect.poll(() => b.page.locator(`#ci-notes-${c0}`).inputValue()).toBe('abc');
    // Tab B's save of its notes as a browser may make it: on the record as B read it before A's
    // last save reached it, so with A's older text, under the revision A's save wrote.
    await b.page.evaluate(
      ({ key, id, c0, c1 }) => {
        const envelope = JSON.parse(localStorage.getItem(key)!);
        const checkIn = envelope.data.checkIns.find((x: { id: string }) => x.id === id);
        const entry = (c: string) => ({ rating: null, notes: '', links: [], ...checkIn.competencies[c] });
        checkIn.competencies[c0] = { ...entry(c0), notes: 'ab' };
        checkIn.competencies[c1] = { ...entry(c1), notes: 'Typed in tab B' };
        localStorage.setItem(key, JSON.stringify(envelope));
      },
      { key: ownKey, id: latest.id, c0, c1 },
    );
    // Read in B, which sees its own write at once: A's copy may not hold it yet, and would then show A's own text.
    const storedNotes = async (c: string) => checkInsByDate((await storedRecord(b.page))!).at(-1)!.competencies[c]?.notes;
    await expect.poll(() => storedNotes(c0)).toBe('abc');
    expect(await storedNotes(c1)).toBe('Typed in tab B');
    await expect.poll(() => b.page.locator(`#ci-notes-${c0}`).inputValue()).toBe('abc');
    expect(await notesA.inputValue()).toBe('abc');
    expect(await messageOf(notesA)).toBe('');

    // B edits the same notes: that is another tab's change, said, and its text can be taken.
    await b.page.locator(`#ci-notes-${c0}`).fill('Text typed in tab B');
    await expect.poll(() => messageOf(notesA)).toContain('Another tab changed this text');
    expect(await notesA.inputValue()).toBe('abc');
    await a.page.getByRole('button', { name: 'Use the other tab’s text' }).click();
    expect(await notesA.inputValue()).toBe('Text typed in tab B');
    expect(await messageOf(notesA)).toBe('');
    expect(await storedNotes(c0)).toBe('Text typed in tab B');
    await context.close();
  });

  it('keeps a rating clicked in tab A when tab B’s save of other notes carries back A’s older rating, and shows B’s rating when B rates the same competency', async () => {
    const record = engineer(builtModel());
    const { context, a, b } = await twoTabs(record);
    const latest = checkInsByDate(record).at(-1)!;
    const [c0, c1] = competenciesOf(a.model.ladder, latest.level).map((c) => c.id) as [string, string];
    const rated = latest.competencies[c0]?.rating ?? null;
    // Two ratings other than the one stored, clicked in turn: A's older one, then its latest.
    const [older, newer, theirs] = checkInRatings.filter((r) => r !== rated) as [Rating, Rating, Rating];
    const radio = (page: Page, c: string, r: Rating) => page.locator(`#ci-rate-${c}-${r}`);
    await radio(a.page, c0, older).check();
    await radio(a.page, c0, newer).check();
    await expect.poll(() => radio(b.page, c0, newer).isChecked()).toBe(true);
    // Tab B's save of its notes as a browser may make it: on the record as B read it before A's
    // last click reached it, so with A's older rating, under the revision A's click wrote.
    await b.page.evaluate(
      ({ key, id, c0, c1, older }) => {
        const envelope = JSON.parse(localStorage.getItem(key)!);
        const checkIn = envelope.data.checkIns.find((x: { id: string }) => x.id === id);
        const entry = (c: string) => ({ rating: null, notes: '', links: [], ...checkIn.competencies[c] });
        checkIn.competencies[c0] = { ...entry(c0), rating: older };
        checkIn.competencies[c1] = { ...entry(c1), notes: 'Typed in tab B' };
        localStorage.setItem(key, JSON.stringify(envelope));
      },
      { key: ownKey, id: latest.id, c0, c1, older },
    );
    // Read in B, which sees its own write at once: A's copy may not hold it yet, and would then show A's own click.
    const stored = async () => checkInsByDate((await storedRecord(b.page))!).at(-1)!.competencies;
    await expect.poll(async () => (await stored())[c0]?.rating).toBe(newer);
    expect((await stored())[c1]?.notes).toBe('Typed in tab B');
    await expect.poll(() => radio(b.page, c0, newer).isChecked()).toBe(true);
    expect(await radio(a.page, c0, newer).isChecked()).toBe(true);
    expect(await a.page.locator(`#rate-${c0} [data-field-message]`).count(), 'a message by the rating').toBe(0);

    // B rates the same competency: that is another tab's choice, shown in A as any change of B's is.
    await radio(b.page, c0, theirs).check();
    await expect.poll(() => radio(a.page, c0, theirs).isChecked()).toBe(true);
    expect((await stored())[c0]?.rating).toBe(theirs);
    await context.close();
  });

  it('asks an import’s question again when another tab saves while it is open, so that a replace never removes unnamed what that tab added', async () => {
    // The two-tab audit's find: tab B's question, drawn before tab A logged an entry, said replacing
    // left the rest unchanged; Replace then removed tab A's entry with no word of it.
    const record = engineer(builtModel());
    const context = await withRecord(record);
    const log = await openTool(context, site.url, 'evidence');
    const b = await openTool(context, site.url, 'checkIns');
    const [first] = evidenceByDate(record.evidence);
    const file = { ...record, evidence: record.evidence.map((e) => (e.id === first!.id ? { ...e, title: `${e.title}, as the file has it` } : e)) };
    await tool(b.page).locator('[data-tool-action="import"]').setInputFiles({ name: 'record.json', mimeType: 'application/json', buffer: Buffer.from(recordFile(file)) });
    const panel = dataPanel(tool(b.page));
    await panel.importPlan.waitFor();
    const replaceWords = panel.importPlan.locator('[data-tool="import-replace"]');
    await expect(replaceWords.textContent()).resolves.not.toContain('Logged in tab A');

    // Tab A logs an entry: tab B's question names it among what replacing removes.
    await addEvidence(log.page, record.checkIns.at(-1)!.date, 'Logged in tab A', [first!.competencies[0]!]);
    await expect.poll(() => replaceWords.textContent()).toContain('Logged in tab A');
    await expect(panel.status.textContent()).resolves.toBe(importAskedAgain('record.json'));

    // A save whose storage event has not reached the tab yet (here, written by the tab itself): the
    // choice made on the words of before is not applied, and the question names the new entry.
    await b.page.evaluate((key) => {
      const envelope = JSON.parse(localStorage.getItem(key)!);
      const [entry] = envelope.data.evidence;
      envelope.data.evidence.push({ ...entry, id: 'ev-unannounced', title: 'Saved without an event' });
      envelope.revision += 1;
      localStorage.setItem(key, JSON.stringify(envelope));
    }, ownKey);
    await panel.importPlan.getByRole('button', { name: 'Replace what is here' }).click();
    await expect(panel.importPlan.isVisible()).resolves.toBe(true);
    await expect(replaceWords.textContent()).resolves.toContain('Saved without an event');
    // The click did nothing, and its own line says so (the question's line read `importAskedAgain`
    // already, which a screen reader would not announce again); the focus stays in the question.
    await expect(panel.status.textContent()).resolves.toBe(importNotApplied('record.json'));
    await expect(b.page.evaluate(() => document.activeElement?.closest('[data-tool="import-plan"]') !== null)).resolves.toBe(true);
    expect((await storedRecord(b.page))!.evidence.map((e) => e.title)).toEqual(expect.arrayContaining(['Logged in tab A', 'Saved without an event']));

    // Merging now keeps both tabs' entries beside the file's.
    await panel.importPlan.getByRole('button', { name: 'Merge into what is here' }).click();
    await expect.poll(async () => (await storedRecord(b.page))!.evidence.map((e) => e.title)).toEqual(expect.arrayContaining(['Logged in tab A', 'Saved without an event', `${first!.title}, as the file has it`]));
    expect([...log.errors, ...b.errors]).toEqual([]);
    await context.close();
  });

  it('never saves notes typed for a check-in another tab deleted into another check-in, and can bring it back with them', async () => {
    // The tester's find: notes typed in the latest check-in in tab A, that check-in deleted in tab B;
    // “Keep my text” in A saved them into the check-in before it.
    const { context, a, b, latest, before, c0, notesA } = await notesOfACheckInDeletedInTabB(engineer(builtModel()));
    const statusB = dataPanel(tool(b.page)).status;
    await expect.poll(() => statusB.textContent()).toBe(`Deleted the check-in of ${calendarDateText(latest!.date)}. ${undoOffer}`);
    // Tab A says at once which check-in was deleted (above); the notes stay in the field, saved nowhere.
    expect(await notesA.inputValue()).toBe('Typed for the latest check-in');
    await expect(a.page.getByRole('button', { name: 'Keep my text' }).count()).resolves.toBe(0);
    await notesA.pressSequentially(' and more');
    const notesIn = async (id: string) => (await storedRecord(a.page))!.checkIns.find((c) => c.id === id)?.competencies[c0]?.notes;
    expect(await notesIn(latest!.id)).toBeUndefined();
    expect(await notesIn(before!.id)).toBe(before!.competencies[c0]?.notes);
    await a.page.getByRole('button', { name: /^Keep the check-in of .+, with my text$/ }).click();
    await expect.poll(() => notesIn(latest!.id)).toBe('Typed for the latest check-in and more');
    expect(await notesIn(before!.id)).toBe(before!.competencies[c0]?.notes);
    expect(await messageOf(notesA)).toBe('');
    // Tab B, which deleted it, follows: its status line no longer says the check-in is deleted, nor offers the undo.
    await expect.poll(() => statusB.textContent()).toBe(`The deletion of the check-in of ${calendarDateText(latest!.date)} was reversed in another tab: what it took away is stored again.`);
    expect(await dataPanel(tool(b.page)).undo.isVisible()).toBe(false);
    await expect.poll(() => tool(b.page).locator(`[data-ci-pick="${latest!.id}"]`).count()).toBe(1);
    expect(a.errors).toEqual([]);
    await context.close();
  });

  it('says a check-in deleted in another tab is back once that tab undoes the deletion, keeping the reader’s focus on the same button', async () => {
    const { context, a, b, latest, before, c0, notesA } = await notesOfACheckInDeletedInTabB(engineer(builtModel()));
    const deletedLook = await messageLook(notesA);
    expect(deletedLook.role).toBe('alert');
    const letGo = a.page.getByRole('button', { name: 'Let my text go' });
    await letGo.focus();
    // What each batch of changes to the page leaves in the message: its role and its line of text.
    await notesA.evaluate((control) => {
      const seen: string[] = [];
      (window as unknown as { messageStates: string[] }).messageStates = seen;
      new MutationObserver(() => {
        const message = document.getElementById(control.getAttribute('aria-describedby')?.split(/\s+/)[0] ?? '');
        if (message) seen.push(`${message.getAttribute('role')}: ${message.querySelector('p')?.textContent}`);
      }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    await dataPanel(tool(b.page)).undo.click();
    await expect.poll(() => messageOf(notesA)).toMatch(/^The check-in of .+ was brought back in another tab/);
    expect(await messageOf(notesA)).not.toContain('deleted');
    // News of no loss: styled and announced as the page's status lines are, not as the deletion's alert.
    const backLook = await messageLook(notesA);
    expect(backLook.role).toBe('status');
    // Announced: a status is read out when its text changes, not when it comes with its role, so the
    // region is in place, empty, before its news arrives.
    const states = await a.page.evaluate(() => (window as unknown as { messageStates: string[] }).messageStates);
    const news = states.findIndex((s) => /^status: The check-in of .+ was brought back/.test(s));
    expect(news, states.join('\n')).toBeGreaterThan(0);
    expect(states[news - 1], states.join('\n')).toBe('status: ');
    expect(backLook.border).not.toBe(deletedLook.border);
    expect(backLook.border).toBe(await a.page.locator('[data-ci-notice]').evaluate((el) => getComputedStyle(el).borderInlineStartColor));
    expect(await a.page.evaluate(() => document.activeElement?.textContent)).toBe('Let my text go');
    // The text still waits: kept, it goes into the check-in it was typed for, not the one shown.
    await a.page.getByRole('button', { name: /^Keep my text in the check-in of / }).click();
    const notesIn = async (id: string) => (await storedRecord(a.page))!.checkIns.find((c) => c.id === id)?.competencies[c0]?.notes;
    await expect.poll(() => notesIn(latest!.id)).toBe('Typed for the latest check-in');
    expect(await notesIn(before!.id)).toBe(before!.competencies[c0]?.notes);
    expect(a.errors).toEqual([]);
    await context.close();
  });

  it('keeps a competency typed in on screen when another tab changes the check-in to a level that does not rate it, and saves what is typed', async () => {
    // The tester's find: the notes box vanished under the cursor, and the keystrokes after went nowhere.
    const record = engineer(builtModel());
    const { context, a, b } = await twoTabs(record);
    const { ladder } = a.model;
    const rates = (level: string, c: string) => competenciesOf(ladder, level).some((o) => o.id === c);
    const pairs = ladder.levels.flatMap((from) =>
      competenciesOf(ladder, from.id).flatMap((c) => ladder.levels.filter((to) => !rates(to.id, c.id)).map((to) => ({ from, to, c: c.id }))),
    );
    if (!pairs.length) {
      // Every level rates the same competencies: no change of level can hide one.
      expect(new Set(ladder.levels.map((l) => competenciesOf(ladder, l.id).map((c) => c.id).sort().join())).size).toBe(1);
      return void (await context.close());
    }
    const { from, to, c } = pairs[0]!;
    const latest = checkInsByDate(record).at(-1)!;
    await a.page.locator('#ci-level').selectOption(from.id);
    await expect.poll(() => b.page.locator('#ci-level').inputValue()).toBe(from.id);
    const notesA = a.page.locator(`#ci-notes-${c}`);
    await notesA.fill('Typed before');
    await notesA.focus();
    await b.page.locator('#ci-level').selectOption(to.id);
    await expect.poll(() => messageOf(a.page.locator(`#rate-${c} legend`))).toContain(to.title);
    await expect(a.page.locator(`#rate-${c}`).isVisible()).resolves.toBe(true);
    await notesA.pressSequentially(' and after');
    const notesIn = async () => (await storedRecord(a.page))!.checkIns.find((x) => x.id === latest.id)?.competencies[c]?.notes;
    await expect.poll(notesIn).toBe('Typed before and after');
    // The reader's own keystrokes do not turn it into a change made on this page.
    expect(await messageOf(a.page.locator(`#rate-${c} legend`))).toContain('in another tab');
    // Once the reader leaves it, the check-in shows what its level rates.
    await a.page.locator('#ci-level').focus();
    await a.page.locator(`#rate-${c}`).waitFor({ state: 'hidden' });
    expect(a.errors).toEqual([]);
    await context.close();
  });

  it('saves only the box typed in: notes never carry the links box beside them, held in question or typed for a deleted check-in', async () => {
    const record = engineer(builtModel());
    const { context, a, b } = await twoTabs(record);
    const [latest, before] = checkInsByDate(record).reverse();
    const c0 = competenciesOf(a.model.ladder, latest!.level)[0]!.id;
    const entryIn = async (id: string) => (await storedRecord(a.page))!.checkIns.find((c) => c.id === id)?.competencies[c0];
    const [notesA, linksA] = [a.page.locator(`#ci-notes-${c0}`), a.page.locator(`#ci-links-${c0}`)];
    // Both tabs edit the links box: tab A is asked, and typing in the notes beside it leaves tab B's links stored.
    await linksA.fill('https://a.example/typed-in-a');
    await linksA.focus();
    await b.page.locator(`#ci-links-${c0}`).fill('https://b.example/typed-in-b');
    await expect.poll(() => messageOf(linksA)).toContain('Another tab changed this text');
    await notesA.fill('Notes in A');
    await expect.poll(async () => (await entryIn(latest!.id))?.notes).toBe('Notes in A');
    expect((await entryIn(latest!.id))?.links).toEqual(['https://b.example/typed-in-b']);
    await a.page.getByRole('button', { name: 'Keep my text' }).click();
    await expect.poll(async () => (await entryIn(latest!.id))?.links).toEqual(['https://a.example/typed-in-a']);

    // Links typed for a check-in tab B deletes stay in tab A's box, and typing in the notes of the check-in shown instead saves none of them.
    await linksA.fill('https://a.example/for-the-deleted-one');
    await linksA.focus();
    await expect.poll(async () => (await entryIn(latest!.id))?.links).toEqual(['https://a.example/for-the-deleted-one']);
    await tool(b.page).getByRole('button', { name: 'Delete this check-in' }).click();
    await expect.poll(() => messageOf(linksA)).toMatch(/^The check-in of .+ was deleted in another tab/);
    await notesA.fill('Notes for the earlier check-in');
    await expect.poll(async () => (await entryIn(before!.id))?.notes).toBe('Notes for the earlier check-in');
    expect((await entryIn(before!.id))?.links ?? []).toEqual(before!.competencies[c0]?.links ?? []);
    expect(a.errors).toEqual([]);
    // The links are saved nowhere yet: leaving the page asks first (its beforeunload is cancelled).
    expect(await a.page.evaluate(() => !window.dispatchEvent(new Event('beforeunload', { cancelable: true })))).toBe(true);
    await context.close();
  });

  it('keeps a summary and notes typed for the last check-in, deleted in another tab, in sight with their messages, and can bring it back with them', async () => {
    const full = engineer(builtModel());
    const only = checkInsByDate(full).at(-1)!;
    const { context, a, b } = await twoTabs({ ...full, checkIns: [only] });
    const c0 = competenciesOf(a.model.ladder, only.level)[0]!.id;
    const [notesA, summaryA] = [a.page.locator(`#ci-notes-${c0}`), a.page.locator('#ci-summary')];
    await notesA.fill('Notes for the only check-in');
    await summaryA.fill('Summary of the only check-in');
    await summaryA.focus();
    await expect.poll(() => b.page.locator('#ci-summary').inputValue()).toBe('Summary of the only check-in');
    await tool(b.page).getByRole('button', { name: 'Delete this check-in' }).click();
    await expect.poll(() => messageOf(summaryA)).toMatch(/^The check-in of .+ was deleted in another tab/);
    expect([await summaryA.isVisible(), await summaryA.inputValue()]).toEqual([true, 'Summary of the only check-in']);
    const keep = a.page.getByRole('button', { name: /^Keep the check-in of .+, with my text$/ });
    expect(await keep.isVisible()).toBe(true);
    await keep.click();
    const stored = async () => (await storedRecord(a.page))!.checkIns.find((c) => c.id === only.id);
    await expect.poll(async () => (await stored())?.summary).toBe('Summary of the only check-in');
    expect((await stored())?.competencies[c0]?.notes).toBe('Notes for the only check-in');
    expect(a.errors).toEqual([]);
    await context.close();
  });

  it('brings a check-in another tab deleted back with its manager’s review, when notes typed for it are kept', async () => {
    const record = reviewedEngineer(builtModel());
    const { context, a, latest, c0 } = await notesOfACheckInDeletedInTabB(record);
    await a.page.getByRole('button', { name: /^Keep the check-in of .+, with my text$/ }).click();
    await expect.poll(async () => (await storedRecord(a.page))!.checkIns.find((c) => c.id === latest.id)?.competencies[c0]?.notes).toBe('Typed for the latest check-in');
    // Brought back as it was, its deletion forgotten, and stamped after it: a copy of the record that remembers the deletion does not win over it.
    const stored = (await storedRecord(a.page))!;
    expect(stored.reviews.map(({ changedAt: _, ...v }) => v)).toEqual(record.reviews);
    expect(stored.reviews.every((v) => v.changedAt)).toBe(true);
    expect(stored.deleted).toEqual([]);
    await a.page.locator('[data-ci-review]').waitFor();
    await context.close();
  });

  it('keeps what is typed in an evidence entry another tab deletes, in the form, to add again', async () => {
    const record = engineer(builtModel());
    const { context, a, b } = await twoTabs(record, { tool: 'evidence' });
    const entry = record.evidence[0]!;
    await a.page.getByRole('button', { name: `Edit “${entry.title}”` }).click();
    await a.page.locator('#ev-details').fill('Details typed in tab A.');
    await b.page.getByRole('button', { name: `Delete “${entry.title}”` }).click();
    const submit = a.page.locator('[data-ev-submit]');
    await expect.poll(() => messageOf(submit)).toContain(`“${entry.title}” was deleted in another tab while you were editing it`);
    expect([await a.page.locator('#ev-title').inputValue(), await a.page.locator('#ev-details').inputValue()]).toEqual([entry.title, 'Details typed in tab A.']);
    expect((await storedRecord(a.page))!.evidence.map((e) => e.title)).not.toContain(entry.title);
    await submit.click();
    await expect.poll(async () => (await storedRecord(a.page))!.evidence.find((e) => e.title === entry.title)?.details).toBe('Details typed in tab A.');
    expect(await messageOf(submit)).toBe('');
    await context.close();
  });

  it('keeps both edits of an evidence entry edited in two tabs, and saves neither over the other where both changed the same field', async () => {
    const record = engineer(builtModel());
    const { context, a, b } = await twoTabs(record, { tool: 'evidence' });
    const entry = record.evidence[0]!;
    const stored = async () => (await storedRecord(a.page))!.evidence.find((e) => e.id === entry.id)!;
    for (const tab of [a, b]) await tab.page.getByRole('button', { name: `Edit “${entry.title}”` }).click();
    // Different fields: tab A's details and tab B's title both stay.
    await a.page.locator('#ev-details').fill('Details from tab A.');
    await a.page.locator('[data-ev-submit]').click();
    await expect.poll(async () => (await stored()).details).toBe('Details from tab A.');
    await b.page.locator('#ev-title').fill('Title from tab B');
    await b.page.locator('[data-ev-submit]').click();
    await expect.poll(async () => [(await stored()).title, (await stored()).details]).toEqual(['Title from tab B', 'Details from tab A.']);

    // The same field: the second save is refused, says what is stored, and a second click keeps the reader's version.
    for (const tab of [a, b]) await tab.page.getByRole('button', { name: 'Edit “Title from tab B”' }).click();
    await a.page.locator('#ev-details').fill('Second details from tab A.');
    await a.page.locator('[data-ev-submit]').click();
    await expect.poll(async () => (await stored()).details).toBe('Second details from tab A.');
    await b.page.locator('#ev-details').fill('Details from tab B.');
    const submitB = b.page.locator('[data-ev-submit]');
    await submitB.click();
    await expect.poll(() => messageOf(submitB)).toContain('its details are now “Second details from tab A.”');
    expect((await stored()).details).toBe('Second details from tab A.');
    expect(await b.page.locator('#ev-details').inputValue()).toBe('Details from tab B.');
    await submitB.click();
    await expect.poll(async () => (await stored()).details).toBe('Details from tab B.');
    expect(await messageOf(submitB)).toBe('');
    await context.close();
  });

  it('undoes “delete everything” after another tab saved, bringing the record back beside what that tab added', async () => {
    const record = engineer(builtModel());
    const context = await withRecord(record);
    const a = await openTool(context, site.url, 'checkIns');
    const b = await openTool(context, site.url, 'evidence');
    a.page.on('dialog', (d) => void d.accept());
    const panelA = dataPanel(tool(a.page));
    await panelA.panel.locator('[data-tool-action="clear"]').click();
    await expect.poll(async () => (await storedRecord(a.page))?.checkIns.length ?? 0).toBe(0);
    await addEvidence(b.page, record.checkIns[0]!.date, 'Logged after the deletion', []);
    await expect.poll(() => panelA.undo.isVisible()).toBe(true);
    expect(await panelA.status.textContent()).toMatch(/You can undo it\.$/);
    await panelA.undo.click();
    await expect.poll(async () => (await storedRecord(a.page))?.checkIns.length).toBe(record.checkIns.length);
    const after = (await storedRecord(a.page))!;
    expect(after.evidence.map((e) => e.title).sort()).toEqual([...record.evidence.map((e) => e.title), 'Logged after the deletion'].sort());
    expect(after.name).toBe(record.name);
    await expect.poll(() => b.page.locator('.ev-entry').count()).toBe(record.evidence.length + 1);
    await context.close();
  });

  it('stops offering to undo a deletion once another tab saved, and says so', async () => {
    const record = engineer(builtModel());
    const { context, a, b } = await twoTabs(record, { tool: 'evidence', accepting: 'a' });
    const entry = record.evidence[0]!;
    const panelA = dataPanel(a.page.locator('handbook-evidence-log'));
    await a.page.getByRole('button', { name: `Delete “${entry.title}”` }).click();
    await expect.poll(() => panelA.status.textContent()).toBe(`Deleted “${entry.title}”. You can undo it.`);
    await addEvidence(b.page, entry.date, 'Logged in the other tab', []);
    await expect.poll(() => panelA.status.textContent()).toBe(`Deleted “${entry.title}”. It can no longer be undone: a change was saved after it, in this tab or another.`);
    expect(await panelA.undo.isVisible()).toBe(false);
    await context.close();
  });

  it('ends the editing of an evidence entry this tab deletes, and edits an entry again when an undo brings it back, never adding a copy', async () => {
    const record = engineer(builtModel());
    const { context, a, b } = await twoTabs(record, { tool: 'evidence', accepting: 'a' });
    const [first, second] = record.evidence;
    const submit = a.page.locator('[data-ev-submit]');
    const titles = async () => (await storedRecord(a.page))!.evidence.map((e) => e.title).sort();
    // A first save in this tab, so that the store's undo point holds the data before the deletion (the seeded file has no revision).
    await a.page.getByRole('button', { name: `Edit “${first!.title}”` }).click();
    await a.page.locator('#ev-details').fill('Saved once in tab A.');
    await submit.click();
    await expect.poll(async () => (await storedRecord(a.page))!.evidence.find((e) => e.id === first!.id)?.details).toBe('Saved once in tab A.');
    // Deleted in this very tab while edited: no word of another tab, the form is empty again.
    await a.page.getByRole('button', { name: `Edit “${first!.title}”` }).click();
    await a.page.getByRole('button', { name: `Delete “${first!.title}”` }).click();
    await expect.poll(() => dataPanel(a.page.locator('handbook-evidence-log')).status.textContent()).toBe(`Deleted “${first!.title}”. You can undo it.`);
    expect(await messageOf(submit)).toBe('');
    expect([await a.page.locator('#ev-title').inputValue(), await submit.textContent()]).toEqual(['', 'Add to the log']);
    await dataPanel(a.page.locator('handbook-evidence-log')).undo.click();
    await expect.poll(titles).toEqual(record.evidence.map((e) => e.title).sort());

    // Deleted in another tab, then brought back by an undo there: the form edits it again, and saving adds no copy.
    await a.page.getByRole('button', { name: `Edit “${second!.title}”` }).click();
    await a.page.locator('#ev-details').fill('Details typed in tab A.');
    b.page.on('dialog', (d) => void d.accept());
    await b.page.getByRole('button', { name: `Delete “${second!.title}”` }).click();
    await expect.poll(() => messageOf(submit)).toContain('was deleted in another tab');
    await dataPanel(b.page.locator('handbook-evidence-log')).undo.click();
    await expect.poll(() => submit.textContent()).toBe('Save changes');
    expect(await messageOf(submit)).toBe('');
    await submit.click();
    await expect.poll(async () => (await storedRecord(a.page))!.evidence.find((e) => e.id === second!.id)?.details).toBe('Details typed in tab A.');
    expect(await titles()).toEqual(record.evidence.map((e) => e.title).sort());
    expect(a.errors).toEqual([]);
    await context.close();
  });

  it('in a full storage loses nothing: an import is refused, a deletion is made and undone on the page, a save keeps the text typed', async () => {
    const model = builtModel();
    const record = engineer(model);
    const context = await site.browser.newContext();
    // Stored as the store writes it (no indentation), so that a save of the same data takes no less room.
    await seedStorage(context, { [ownKey]: JSON.stringify({ ...JSON.parse(recordFile(record)), revision: 1 }) });
    await fillStorageBeforeLoad(context);
    const { page, errors } = await openTool(context, site.url, 'checkIns');
    page.on('dialog', (d) => void d.accept());
    const panel = dataPanel(tool(page));
    const before = await storedRecord(page);

    // An import that needs more room than is left: refused next to the field, nothing changed.
    const input = panel.panel.locator('[data-tool-action="import"]');
    await input.setInputFiles({ name: 'renamed.json', mimeType: 'application/json', buffer: Buffer.from(recordFile({ ...record, name: `${record.name} and a name longer than the room left` })) });
    await panel.importPlan.getByRole('button', { name: 'Replace what is here' }).click();
    await expect.poll(() => messageOf(input)).toMatch(/storage for the site (is full|has no room)/);
    expect(await storedRecord(page)).toEqual(before);

    // A deletion is made, though its undo's copy has no room beside the data: deleting is how a full storage is made room in.
    const latest = checkInsByDate(record).at(-1)!;
    await tool(page).getByRole('button', { name: 'Delete this check-in' }).click();
    await expect.poll(() => panel.status.textContent()).toMatch(/^Deleted the check-in /);
    // The undo is offered as one that goes with the page: its copy is kept there, not in the storage.
    expect(await panel.status.textContent()).toContain(heldUndoOffer);
    expect((await storedRecord(page))!.checkIns.map((c) => c.id)).not.toContain(latest.id);
    await panel.undo.click();
    await expect.poll(() => storedRecord(page)).toEqual(before);
    // Those saves found room: the import's storage-full message is gone, no longer the news.
    expect(await messageOf(input)).not.toMatch(/storage for the site/);

    // A save that does not fit: said next to the box, the text typed kept in it.
    const c0 = competenciesOf(model.ladder, latest.level)[0]!.id;
    const notes = page.locator(`#ci-notes-${c0}`);
    const typed = 'Notes typed in a full storage, longer than the room that is left in it.';
    await notes.fill(typed);
    await expect.poll(() => messageOf(notes)).toMatch(/storage for the site is full/);
    expect(await notes.inputValue()).toBe(typed);
    expect(await storedRecord(page)).toEqual(before);

    // A check-in refused: said by its button, while the notes keep their message, for their text is still saved nowhere.
    const start = tool(page).getByRole('button', { name: 'Start a check-in' });
    const taken = new Set(record.checkIns.map((c) => c.date));
    let date = localCalendarDate();
    while (taken.has(date)) date = addDays(date, -1);
    await page.locator('#ci-new-date').fill(date);
    await page.locator('#ci-new-level').selectOption(latest.level);
    await start.click();
    await expect.poll(() => messageOf(start)).toMatch(/storage for the site is full/);
    expect(await messageOf(notes)).toMatch(/storage for the site is full/);
    expect(await notes.inputValue()).toBe(typed);

    // A second box refused: the button's message goes (nothing of it is on screen to lose), the
    // notes' stays, and the notes keep their text through the redraw.
    const summary = page.locator('#ci-summary');
    const summaryTyped = `${typed} A summary too.`;
    await summary.fill(summaryTyped);
    await expect.poll(() => messageOf(summary)).toMatch(/storage for the site is full/);
    expect(await messageOf(start)).not.toMatch(/storage for the site/);
    expect(await tool(page).locator('[data-field-message]').filter({ hasText: /storage for the site is full/ }).count()).toBe(2);
    expect([await notes.inputValue(), await summary.inputValue(), await storedRecord(page)]).toEqual([typed, summaryTyped, before]);
    // That text is saved nowhere: leaving the page asks first (its beforeunload is cancelled).
    const leavingAsks = () => page.evaluate(() => !window.dispatchEvent(new Event('beforeunload', { cancelable: true })));
    expect(await leavingAsks()).toBe(true);

    // Room made: each box saves once typed in again, and its message goes with the save.
    await freeStorage(page);
    await notes.fill(`${typed} Saved now.`);
    // (In the check-in open, which the deletion and its undo left on the one before the latest.)
    await expect.poll(async () => (await storedRecord(page))!.checkIns.some((c) => c.competencies[c0]?.notes === `${typed} Saved now.`)).toBe(true);
    expect(await messageOf(notes)).not.toMatch(/storage for the site/);
    expect(await messageOf(summary)).toMatch(/storage for the site is full/);
    await summary.fill(`${summaryTyped} Saved now.`);
    await expect.poll(() => tool(page).locator('[data-field-message]').count()).toBe(0);
    expect(await leavingAsks()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('in a full storage keeps a refused evidence entry in its form, says so by its button, and adds it once there is room', async () => {
    const record = engineer(builtModel());
    const context = await site.browser.newContext();
    // Stored as the store writes it (no indentation), so that a save of more data takes more room.
    await seedStorage(context, { [ownKey]: JSON.stringify({ ...JSON.parse(recordFile(record)), revision: 1 }) });
    const { page, errors } = await openTool(context, site.url, 'evidence');
    const before = await storedRecord(page);
    await fillStorage(page);
    const title = 'An entry a full storage refused';
    const details = 'Details typed while the storage was full, which must not be lost.';
    await page.locator('#ev-title').fill(title);
    await page.locator('#ev-details').fill(details);
    const submit = page.locator('[data-ev-submit]');
    await submit.click();
    // Not saved, and what became of it: still in the form, saved nowhere, not in an export (which it does not advise), and leaving asks first.
    await expect.poll(() => messageOf(submit)).toMatch(/storage for the site is full.*saved nowhere, not even in an export/);
    expect(await messageOf(submit)).not.toMatch(/Export your data/);
    expect([await page.locator('#ev-title').inputValue(), await page.locator('#ev-details').inputValue()]).toEqual([title, details]);
    expect(await storedRecord(page)).toEqual(before);
    const leavingAsks = () => page.evaluate(() => !window.dispatchEvent(new Event('beforeunload', { cancelable: true })));
    expect(await leavingAsks()).toBe(true);
    // Room made: saved as it is in the form, and the message goes.
    await freeStorage(page);
    await submit.click();
    await expect.poll(async () => (await storedRecord(page))!.evidence.find((e) => e.title === title)?.details).toBe(details);
    expect(await messageOf(submit)).toBe('');
    expect(await leavingAsks()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses every bad file next to the import field and changes nothing', async () => {
    const record = engineer(builtModel());
    const context = await withRecord(record);
    const { page } = await openTool(context, site.url, 'checkIns');
    const before = await storedEntries(page, 'handbook:');
    const env = (version: number, data: unknown, tool = 'self-assessment') => JSON.stringify({ format: 'ml-career-handbook', tool, version, savedAt: '', data });
    const bad: [string, string, string][] = [
      ['not-json.json', '{"format": "ml-career', 'not valid JSON'],
      // A file edited by hand, a comma missing at the end of line 4: the reader is told where.
      ['hand-edited.json', '{\n  "format": "ml-career-handbook",\n  "tool": "self-assessment",\n  "version": 2\n  "data": {}\n}', 'not valid JSON (line 5, column 3: expected'],
      ['foreign.json', JSON.stringify({ hello: 'world' }), 'not a handbook export'],
      // Another tool's file is named by its page's title, as the content gives it.
      ['tracker.json', env(1, { goals: {} }, 'onboarding'), `exported from the page “${pageTitle(onboardingTrackerHref)}”`],
      ['team.json', env(1, { reviewer: '', people: [] }, 'growth-team'), `exported from the page “${pageTitle(managerViewHref)}”`],
      ['newer.json', env(3, record), 'newer version'],
      ['same-date.json', env(2, { ...record, checkIns: [record.checkIns[0], { ...record.checkIns[1], date: record.checkIns[0]!.date }] }), 'one check-in per date'],
      ['bad-rating.json', env(2, { ...record, checkIns: [{ ...record.checkIns[0], competencies: { [Object.keys(record.checkIns[0]!.competencies)[0]!]: { rating: 'superb', notes: '', links: [] } } }] }), `check-in “${calendarDateText(record.checkIns[0]!.date)}`],
      ['bad-date.json', env(2, { ...record, evidence: [{ ...record.evidence[0], date: '2025-02-30' }] }), `evidence entry “${record.evidence[0]!.title.slice(0, 20)}`],
      // A version-1 self-assessment that cannot be read (one naming a level a fork removed is imported mended).
      ['old-malformed.json', env(1, { current: null, target: null, competencies: { [Object.keys(record.checkIns[0]!.competencies)[0]!]: { demonstrated: null, notes: 4, links: [] } } }), 'Import failed'],
    ];
    const input = page.locator('#ci-import');
    for (const [name, text, words] of bad) {
      await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
      await expect.poll(() => messageOf(input), { message: name }).toContain(words);
      await expect(messageOf(input)).resolves.toContain('Nothing was changed');
      expect(await storedEntries(page, 'handbook:'), name).toEqual(before);
    }
    await context.close();
  });

  it('keeps a corrupted store aside, downloadable, and loads the check-ins it can read', async () => {
    const record = engineer(builtModel());
    const dup = { ...record, checkIns: [...record.checkIns, { ...record.checkIns[0]!, id: 'ci-copy' }] };
    const corrupted = JSON.stringify({ format: 'ml-career-handbook', tool: 'self-assessment', version: 2, savedAt: '2025-07-20T10:00:00.000Z', data: dup });
    const context = await site.browser.newContext();
    await seedStorage(context, { [ownKey]: corrupted });
    const { page } = await openTool(context, site.url, 'checkIns');
    // The readable check-ins load; the one that repeats a date is kept aside, with a download.
    expect(await page.locator('[data-ci-list] button').count()).toBe(record.checkIns.length);
    const panel = dataPanel(tool(page));
    await panel.kept.waitFor();
    const { text } = await downloadText(page, panel.kept.getByRole('button', { name: /^Download / }));
    expect(JSON.parse(text)).toMatchObject({ id: 'ci-copy' });
    await expect(page.locator('[data-tool="alert"]').textContent()).resolves.toContain('kept aside');
    // Unreadable as a whole: kept, the page starts empty and says so.
    await page.evaluate((k) => localStorage.setItem(k, '{"format":"ml-career-handbook", broken'), ownKey);
    await page.reload();
    await toolReady(page, 'checkIns');
    expect(await page.locator('[data-ci-list] button').count()).toBe(0);
    expect(await panel.kept.locator('li').count()).toBe(2);
    await context.close();
  });

  it('loads a record whose target level a fork removed, its target cleared, saying which level is gone', async () => {
    const record = engineer(builtModel());
    const gone = 'a-level-this-fork-removed';
    const context = await withRecord({ ...record, target: gone });
    const { page } = await openTool(context, site.url, 'checkIns');
    // Nothing is set aside: every check-in is there, the target empty for the reader to choose.
    expect(await page.locator('[data-ci-list] button').count()).toBe(record.checkIns.length);
    await expect(page.locator('#ci-target').inputValue()).resolves.toBe('');
    const alert = await page.locator('[data-tool="alert"]').textContent();
    expect(alert).toContain(`“${gone}”`);
    expect(alert).toContain('Choose a target level');
    expect(await dataPanel(tool(page)).kept.locator('li').count()).toBe(0);
    // The target the reader chooses is saved with the rest of the record.
    const level = builtModel().ladder.levels[0]!;
    await page.locator('#ci-target').selectOption(level.id);
    await expect.poll(async () => (await storedRecord(page))?.target).toBe(level.id);
    expect((await storedRecord(page))!.checkIns).toEqual(record.checkIns);
    await context.close();
  });

  it('imports a file made before a fork removed a level: its target cleared, its check-ins at that level left out and counted, the file untouched', async () => {
    const record = reviewedEngineer(builtModel());
    const gone = 'a-level-no-ladder-has';
    // The site's own export, then edited as a fork's removal of a level leaves it: the target, and the latest (reviewed) check-in, at the gone level.
    const source = await withRecord(record);
    const exporting = await openTool(source, site.url, 'checkIns');
    const { text: exported } = await downloadText(exporting.page, dataPanel(tool(exporting.page)).panel.locator('[data-tool-action="export"]'));
    await source.close();
    const envelope = JSON.parse(exported) as { data: GrowthRecord };
    const latest = checkInsByDate(envelope.data).at(-1)!;
    expect(envelope.data.reviews.map((v) => v.checkIn)).toContain(latest.id);
    envelope.data = { ...envelope.data, target: gone, checkIns: envelope.data.checkIns.map((c) => (c.id === latest.id ? { ...c, level: gone } : c)) };
    const file = JSON.stringify(envelope, null, 2);

    const context = await site.browser.newContext();
    const { page, errors } = await openTool(context, site.url, 'checkIns');
    const input = page.locator('#ci-import');
    await input.setInputFiles({ name: 'before-the-fork.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    // Nothing stored here: imported at once, and the line says what was mended, naming the gone level.
    const status = dataPanel(tool(page)).status;
    await expect.poll(() => status.textContent()).toContain('Imported “before-the-fork.json”');
    const said = (await status.textContent())!;
    expect(said).toContain(`(“${gone}”)`);
    expect(said).toMatch(/\b1 check-in\b.*\b1 manager’s review\b.*left out of this import/);
    expect(await messageOf(input)).not.toContain('Import failed');
    const stored = (await storedRecord(page))!;
    expect(stored.target).toBeNull();
    expect(stored.checkIns.map((c) => c.id).sort()).toEqual(record.checkIns.filter((c) => c.id !== latest.id).map((c) => c.id).sort());
    expect(stored.reviews).toEqual([]);
    expect(stored.evidence).toEqual(record.evidence);
    expect(await page.locator('[data-ci-list] button').count()).toBe(record.checkIns.length - 1);
    await expect(page.locator('#ci-target').inputValue()).resolves.toBe('');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('imports a self-assessment saved by the earlier page whose current level a fork removed: the plan names the level its check-in is at instead, every note kept', async () => {
    const model = builtModel();
    const record = engineer(model);
    const gone = 'a-current-level-this-fork-removed';
    const envelope = JSON.parse(readFileSync(join(fixtures, 'self-assessment-v1.json'), 'utf8')) as { data: { current: string; competencies: Record<string, { notes: string; links: string[] }> } };
    envelope.data.current = gone;
    const context = await withRecord(record);
    const { page, errors } = await openTool(context, site.url, 'checkIns');
    const panel = dataPanel(tool(page));
    await page.locator('#ci-import').setInputFiles({ name: 'earlier.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(envelope)) });
    // A record is stored here: the import asks, and its line says what became of the gone level, never silently.
    await panel.importPlan.waitFor();
    const said = (await panel.status.textContent())!;
    expect(said).toContain(`your current level (“${gone}”) is no longer in this handbook’s ladder`);
    const title = / is at (.+?) instead \(/.exec(said)?.[1];
    expect(model.ladder.levels.map((l) => l.title)).toContain(title);
    expect(await storedRecord(page)).toEqual(record);
    // Replaced: the check-in it became is at that level, and every note and link of the file is there.
    await panel.importPlan.getByRole('button', { name: 'Replace what is here' }).click();
    await expect.poll(() => panel.status.textContent()).toContain('Imported “earlier.json”');
    expect(await panel.status.textContent()).toContain(`(“${gone}”)`);
    const [checkIn] = (await storedRecord(page))!.checkIns;
    expect(model.ladder.levels.find((l) => l.id === checkIn!.level)!.title).toBe(title);
    for (const [c, e] of Object.entries(envelope.data.competencies)) expect(checkIn!.competencies[c], c).toMatchObject({ notes: e.notes, links: e.links });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('prints the chart, the gaps and the plan, without the form', async () => {
    const model = builtModel();
    const context = await withRecord(engineer(model));
    const { page } = await openTool(context, site.url, 'checkIns');
    await page.emulateMedia({ media: 'print' });
    const visible = (selector: string) => page.locator(selector).first().isVisible();
    for (const shown of ['[data-sa-chart] svg', '[data-sa-gap-list] > li', '[data-sa-plan] .sa-plan-item']) expect(await visible(shown), shown).toBe(true);
    const first = competenciesOf(model.ladder, engineer(model).checkIns[0]!.level)[0]!.id;
    for (const hidden of ['.page > header', 'nav.sidebar', `#rate-${first}`, '#ci-new-date', '[data-tool-data]', '.sl-markdown-content > p:first-child']) expect(await visible(hidden), hidden).toBe(false);
    await context.close();
  });
});
