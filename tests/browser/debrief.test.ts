/**
 * The multi-interviewer debrief in Chromium, against the built site. Three interviewers rate one
 * candidate in the scorecard calculator (each in a browser of their own) and export it for the
 * debrief; the debrief reads the three files and shows what src/lib/hiring/debrief.ts computes from
 * them: ratings side by side, the contested dimensions first on the agenda, every red flag with who
 * raised it, the combined result with the floors applied, under the candidate's name and the day. Bad files are refused one by one and
 * nothing stored is lost; removing a scorecard asks first, can be undone and keeps the keyboard’s place; the page prints, works light and dark, on a desktop and on a phone, and
 * sends nothing anywhere. Dimensions, ratings, floors and red flags come from the model the pages
 * carry (the role's scorecard in content/).
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { onboardingTrackerHref } from '~/lib/site/urls';
import { docPages } from '../support/page-types';
import { describe, expect, it } from 'vitest';
import { candidateKey, debriefOf, describeDebrief, scorecardsFromExport, type DebriefModel } from '~/lib/hiring/debrief';
import { addAxe, axe, axeReport, type AxeFinding } from '../support/axe';
import { useBuiltSite } from '../support/built-site';
import { pageReady } from '../support/ready';
import { dataPanel, downloadText, messageOf } from '../support/tool-storage';
import { backOnline, goOffline, holdScripts } from '../support/script-loading';
import { readingLine } from '~/components/tools/lazy-code';
import { undoOffer } from '~/components/tools/undo-lines';
import { importSourceWords } from '~/lib/browser/import-source';
import { maxNameLength } from '~/lib/hiring/scorecard-store';

const site = useBuiltSite();
const calculator = '/hiring/scorecard-calculator/';
const debriefPath = '/hiring/debrief/';
const candidate = 'Ada Example';

/** One interviewer, in a browser of their own, rates the candidate and exports it for the debrief. */
async function interviewerExport(browser: Browser, interviewer: string, ratingOf: (model: DebriefModel, i: number) => number, redFlag?: (model: DebriefModel) => string): Promise<{ name: string; text: string }> {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(site.url + calculator);
  await pageReady(page);
  await page.locator('handbook-scorecard-calculator[data-ready]').waitFor();
  const model = JSON.parse((await page.locator('script[data-scorecard-model]').textContent())!) as DebriefModel;
  await page.getByLabel('Name', { exact: true }).fill(candidate);
  await page.getByLabel('Your name, as the debrief shows it').fill(interviewer);
  for (const [i, d] of model.dimensions.entries()) {
    await page.locator(`#rate-${d.competency}-${ratingOf(model, i)}`).check();
    await page.getByLabel(`Evidence for ${d.label}`).fill(`${interviewer} saw evidence on ${d.label}.`);
  }
  if (redFlag) await page.getByRole('checkbox', { name: redFlag(model) }).check();
  const { download, text } = await downloadText(page, page.getByRole('button', { name: 'Export this candidate for the debrief (JSON)' }));
  await context.close();
  return { name: download.suggestedFilename(), text };
}

/** The debrief page of a fresh context, ready. */
async function openDebrief(options: BrowserContextOptions = {}): Promise<{ page: Page; model: DebriefModel; errors: string[]; requests: string[]; close: () => Promise<void> }> {
  const context = await site.browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('request', (r) => requests.push(r.url()));
  page.on('dialog', (d) => void d.accept());
  await page.goto(site.url + debriefPath);
  await pageReady(page);
  await page.locator('handbook-scorecard-debrief[data-ready]').waitFor();
  const model = JSON.parse((await page.locator('script[data-debrief-model]').textContent())!) as DebriefModel;
  return { page, model, errors, requests, close: () => context.close() };
}

const panel = (page: Page) => dataPanel(page.locator('handbook-scorecard-debrief'));
/** The scorecards listed (the list's “None yet” line, shown while the import code loads, is not one). */
const listed = (page: Page) => page.locator('[data-debrief="list"] li:has([data-debrief-action="remove"])');
const stored = (page: Page) => page.evaluate(() => localStorage.getItem('handbook:debrief'));
const files = (page: Page) => page.getByLabel('Add scorecard files');
const asFile = (f: { name: string; text: string }) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) });

/**
 * Three interviewers: the first rates every dimension at the top; the second rates the first
 * dimension at the bottom of the scale (far from the first: contested, and on a floored dimension
 * when the scorecard has floors) and raises a red flag; the third sits in the middle.
 */
async function threeExports(browser: Browser) {
  const top = (m: DebriefModel) => m.scale.at(-1)!.rating;
  const bottom = (m: DebriefModel) => m.scale[0]!.rating;
  const middle = (m: DebriefModel) => m.scale[Math.floor(m.scale.length / 2)]!.rating;
  return [
    await interviewerExport(browser, 'Ann Lee', (m) => top(m)),
    await interviewerExport(browser, 'Bo Chen', (m, i) => (i === 0 ? bottom(m) : top(m)), (m) => m.redFlags[0]!.text),
    await interviewerExport(browser, 'Cy Diaz', (m) => middle(m)),
  ];
}

describe('the debrief in Chromium', () => {
  it('puts three interviewers’ exports side by side, contested dimensions first, with the floors applied', { timeout: 240_000 }, async () => {
    const exports = await threeExports(site.browser);
    const { page, model, errors, requests, close } = await openDebrief({ acceptDownloads: true });
    const mark = requests.length;
    await files(page).setInputFiles(exports.map(asFile));
    await expect.poll(() => page.locator('[data-debrief="table"] thead th').count()).toBe(1 + exports.length + 2);

    // What the page must show: the logic run on the same three files.
    const scorecards = exports.flatMap((f) => {
      const r = scorecardsFromExport(model, f.text, f.name);
      if (!r.ok) throw new Error(r.error);
      return r.value;
    });
    const expected = debriefOf(model, scorecards);
    const { headline, detail } = describeDebrief(model, expected);
    await expect.poll(() => page.locator('[data-debrief="headline"]').textContent()).toBe(headline);
    expect(await page.locator('[data-debrief="detail"]').textContent()).toBe(detail);
    expect(await page.locator('[data-debrief="table"] thead th').allTextContents()).toEqual(['Dimension', 'Ann Lee', 'Bo Chen', 'Cy Diaz', 'Spread', 'Mean']);

    // Ratings side by side, the spread, and the contested dimension marked and first on the agenda.
    const first = expected.rows[0]!;
    expect(first.contested).toBe(true);
    const row = page.locator('[data-debrief="table"] tbody tr').first();
    expect(await row.getAttribute('data-contested')).toBe('');
    expect(await row.locator('td.debrief-rating').evaluateAll((tds) => tds.map((td) => td.firstChild?.textContent))).toEqual(first.ratings.map((r) => String(r.rating)));
    const agenda = page.locator('[data-debrief="agenda"] > li');
    expect(await agenda.first().getAttribute('data-kind')).toBe('contested');
    expect(await agenda.first().textContent()).toContain(first.dimension.label);
    expect(await agenda.count()).toBe(expected.agenda.length);

    // Every red flag, with who raised it.
    const flag = model.redFlags[0]!;
    await expect(page.locator('[data-debrief="flags"]').textContent()).resolves.toContain(`${flag.text} Raised by Bo Chen.`);

    // The combined result never reads a band a floor rules out when an interviewer's rating hits it.
    for (const hit of expected.floorHits) expect(hit.hit.blocked.map((b) => b.id)).not.toContain(expected.band!.id);

    // Kept across a reload; the print view keeps the result, the agenda and the table, not the controls.
    await page.reload();
    await page.locator('handbook-scorecard-debrief[data-ready]').waitFor();
    await expect.poll(() => page.locator('[data-debrief="headline"]').textContent()).toBe(headline);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-debrief="table"]').isVisible()).toBe(true);
    expect(await page.locator('[data-debrief="agenda"]').isVisible()).toBe(true);
    expect(await files(page).isVisible()).toBe(false);
    expect(await page.locator('.page > header').isVisible()).toBe(false);

    // Nothing left the browser while the files were read.
    expect(requests.slice(mark).filter((u) => !u.startsWith(site.url) && !/^(blob|data):/.test(u))).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('refuses bad files one by one, with the reason, adds the good ones and loses nothing', { timeout: 120_000 }, async () => {
    const [good] = await threeExports(site.browser);
    const { page, model, close } = await openDebrief();
    await files(page).setInputFiles([asFile(good!)]);
    await expect.poll(() => listed(page).count()).toBe(1);
    const before = await stored(page);
    const bad = [
      { name: 'broken.json', text: '{"format": "ml-career-handbook", "tool": "scor' },
      { name: 'tracker.json', text: JSON.stringify({ format: 'ml-career-handbook', tool: 'onboarding', version: 1, savedAt: '', data: { goals: [] } }) },
      { name: 'other-role.json', text: good!.text.replace(`"role": "${model.role}"`, '"role": "another-role"') },
      { name: 'tampered.json', text: good!.text.replace(/"candidates": \[\s*\{/, '"candidates": [{ "foo": 1,') },
    ];
    await files(page).setInputFiles(bad.map(asFile));
    const refused = page.locator('[data-debrief="refused"] li');
    await expect.poll(() => refused.count()).toBe(bad.length);
    const reasons = await refused.allTextContents();
    for (const [i, text] of ['not valid JSON', `the page “${docPages().find((p) => p.path === onboardingTrackerHref)!.title}”`, 'the role “another-role”', /candidate “[^”]+”: unknown field “foo”/].entries()) expect(reasons[i]).toMatch(text);
    await expect.poll(() => messageOf(files(page))).toContain('4 files were not added');
    expect(await stored(page)).toBe(before);
    expect(await listed(page).count()).toBe(1);

    // The same file again changes nothing; a newer export of it asks before updating.
    await files(page).setInputFiles([asFile(good!)]);
    await expect.poll(() => panel(page).status.textContent()).toContain('Nothing to import');
    const changed = { name: 'ann-again.json', text: good!.text.replace(/("ratings": \{\s*"[^"]+": )\d/, `$1${model.scale[0]!.rating}`) };
    await files(page).setInputFiles([asFile(changed)]);
    await expect.poll(() => panel(page).importPlan.isVisible()).toBe(true);
    await expect(panel(page).importPlan.textContent()).resolves.toContain(`updates 1 scorecard already here (“Ann Lee on ${candidate}”)`);
    expect(await stored(page)).toBe(before);
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await stored(page)).toBe(before);
    await close();
  });

  it('names several files by how many and a paste as the pasted text in the lines about the import, as its reading line does, never in quotes', { timeout: 120_000 }, async () => {
    const exports = await threeExports(site.browser);
    const { page, model, close } = await openDebrief();
    const several = importSourceWords({ files: exports.map((e) => e.name) });
    await files(page).setInputFiles(exports.map(asFile));
    await expect.poll(() => panel(page).status.textContent()).toContain(`Imported ${several} (`);
    await expect(panel(page).undo.textContent()).resolves.toContain(`the import of ${several}`);
    // A newer export of a scorecard here, pasted: its question names the pasted text.
    const paste = page.getByLabel('Or paste one export');
    await paste.fill(exports[0]!.text.replace(/("ratings": \{\s*"[^"]+": )\d/, `$1${model.scale[0]!.rating}`));
    await page.getByRole('button', { name: 'Add the pasted scorecard' }).click();
    await expect.poll(() => panel(page).importPlan.isVisible()).toBe(true);
    const question = await panel(page).panel.locator('[data-tool="import-title"]').textContent();
    expect(question).toContain(importSourceWords({ pasted: true }));
    expect(await panel(page).status.textContent()).toContain(importSourceWords({ pasted: true }));
    for (const line of [question, await panel(page).status.textContent()]) expect(line).not.toMatch(/“(\d+ files|pasted text)”/);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await close();
  });

  it('says there is nothing to import for an export already here, other interviewers’ exports beside it, and changes nothing', { timeout: 120_000 }, async () => {
    const exports = await threeExports(site.browser);
    const { page, close } = await openDebrief();
    await files(page).setInputFiles(exports.map(asFile));
    await expect.poll(() => listed(page).count()).toBe(exports.length);
    const before = await stored(page);
    await files(page).setInputFiles([asFile(exports[0]!)]);
    await expect.poll(() => panel(page).status.textContent()).toContain('Nothing to import');
    expect(await stored(page)).toBe(before);
    await close();
  });

  it('adds neither of two exports of the same interviewer’s scorecard chosen together, so the one read last cannot silently hide a low rating', { timeout: 120_000 }, async () => {
    const [good, other] = await threeExports(site.browser);
    const { page, model, close } = await openDebrief();
    // The interviewer changed a rating to the lowest of the scale and exported again: the same scorecard, two files.
    const lowered = { name: `${good!.name.replace(/\.json$/, '')} (1).json`, text: good!.text.replace(/("ratings": \{\s*"[^"]+": )\d/, `$1${model.scale[0]!.rating}`) };
    expect(lowered.text).not.toBe(good!.text);
    for (const order of [[lowered, good!, other!], [good!, lowered, other!]]) {
      await files(page).setInputFiles(order.map(asFile));
      const refused = page.locator('[data-debrief="refused"] li');
      await expect.poll(() => refused.count()).toBe(2);
      for (const f of [good!, lowered]) await expect(refused.allTextContents()).resolves.toContainEqual(expect.stringContaining(`“${f.name}”`));
      await expect.poll(() => listed(page).count()).toBe(1);
      const kept = JSON.parse((await stored(page))!) as { data: { scorecards: { file: string }[] } };
      expect(kept.data.scorecards.map((s) => s.file)).toEqual([other!.name]);
      await page.evaluate(() => localStorage.removeItem('handbook:debrief'));
      await page.reload();
      await page.locator('handbook-scorecard-debrief[data-ready]').waitFor();
    }
    await close();
  });

  it('refuses an interviewer’s older export added after their newer one, one file at a time, so the newer low rating stays', { timeout: 120_000 }, async () => {
    const [good] = await threeExports(site.browser);
    const { page, model, close } = await openDebrief();
    // The interviewer exported an hour ago, then changed a rating to the lowest of the scale and
    // exported again just now (not an hour ahead: a save time that has not come compares as none).
    const savedAt = (JSON.parse(good!.text) as { savedAt: string }).savedAt;
    const earlier = new Date(Date.parse(savedAt) - 60 * 60_000).toISOString();
    const older = { name: good!.name, text: good!.text.replace(savedAt, earlier) };
    expect(older.text).not.toContain(savedAt);
    const newer = { name: `${good!.name.replace(/\.json$/, '')} (1).json`, text: good!.text.replace(/("ratings": \{\s*"[^"]+": )\d/, `$1${model.scale[0]!.rating}`) };
    await files(page).setInputFiles([asFile(newer)]);
    await expect.poll(() => listed(page).count()).toBe(1);
    const before = await stored(page);
    await files(page).setInputFiles([asFile(older)]);
    const refused = page.locator('[data-debrief="refused"] li');
    await expect.poll(() => refused.count()).toBe(1);
    await expect(refused.textContent()).resolves.toMatch(new RegExp(`“${good!.name.replace(/[.()]/g, '\\$&')}”.*before the one here.*“${newer.name.replace(/[.()]/g, '\\$&')}”`));
    expect(await panel(page).importPlan.isVisible()).toBe(false);
    expect(await stored(page)).toBe(before);
    await close();
  });

  it('keeps the keyboard’s place when a scorecard is removed: on the next scorecard’s Remove button, the one before it at the end of the list, the file field once none is left', { timeout: 120_000 }, async () => {
    const exports = await threeExports(site.browser);
    const { page, errors, close } = await openDebrief();
    await files(page).setInputFiles(exports.map(asFile));
    await expect.poll(() => listed(page).count()).toBe(3);
    const remove = (i: number) => listed(page).nth(i).getByRole('button');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id ?? document.activeElement?.tagName);
    const labelOf = async (i: number) => (await remove(i).getAttribute('aria-label'))!;
    // The first: the focus moves to the scorecard that took its place.
    const second = await labelOf(1);
    await remove(0).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => listed(page).count()).toBe(2);
    expect(await focused()).toBe(second);
    // The last: to the one before it.
    const first = await labelOf(0);
    await remove(1).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => listed(page).count()).toBe(1);
    expect(await focused()).toBe(first);
    // The only one: to the field that adds scorecards.
    await remove(0).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => listed(page).count()).toBe(0);
    await expect.poll(() => files(page).evaluate((e) => e === document.activeElement)).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it('asks before removing a scorecard, says what it removed with an Undo, and the Undo brings it back in its place, in another tab too', { timeout: 120_000 }, async () => {
    const exports = await threeExports(site.browser);
    const { page, errors, close } = await openDebrief();
    const asked: string[] = [];
    page.on('dialog', (d) => asked.push(d.message()));
    await files(page).setInputFiles(exports.map(asFile));
    await expect.poll(() => listed(page).count()).toBe(exports.length);
    const labels = (p: Page) => listed(p).getByRole('button').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label')));
    const storedData = async (p: Page) => (JSON.parse((await stored(p))!) as { data: unknown }).data;
    const before = { data: await storedData(page), labels: await labels(page) };
    // Another tab of the same browser follows the removal and its undo.
    const other = await page.context().newPage();
    await other.goto(site.url + debriefPath);
    await other.locator('handbook-scorecard-debrief[data-ready]').waitFor();
    await expect.poll(() => labels(other)).toEqual(before.labels);

    // The middle one, so that its place in the list tells.
    const gone = before.labels[1]!.replace(/^Remove /, '');
    await listed(page).nth(1).getByRole('button').click();
    await expect.poll(() => listed(page).count()).toBe(exports.length - 1);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toContain(gone);
    const said = (await panel(page).status.textContent())!;
    expect(said).toMatch(/^Removed /);
    expect(said).toContain(gone);
    expect(said.endsWith(undoOffer)).toBe(true);
    expect(await labels(page)).toEqual(before.labels.filter((_, i) => i !== 1));
    await expect.poll(() => labels(other)).toEqual(before.labels.filter((_, i) => i !== 1));

    await panel(page).undo.click();
    await expect.poll(() => panel(page).status.textContent()).toContain('Undone');
    expect(await labels(page)).toEqual(before.labels);
    expect(await storedData(page)).toEqual(before.data);
    await expect.poll(() => labels(other)).toEqual(before.labels);
    expect(errors).toEqual([]);
    await close();
  });

  it('keeps an import undoable: what it brings on screen is part of the same saved change, and the undo brings back the state before', { timeout: 120_000 }, async () => {
    const [ann] = await threeExports(site.browser);
    const { page, errors, close } = await openDebrief();
    const before = await stored(page);
    const heading = await page.locator('[data-debrief="heading"]').textContent();
    await files(page).setInputFiles([asFile(ann!)]);
    await expect.poll(() => panel(page).status.textContent()).toContain('Imported');
    // The candidate comes on screen, remembered in the import's own save: nothing saved after it takes the undo away.
    expect((JSON.parse((await stored(page))!) as { data: { candidate: string } }).data.candidate).toBe(candidateKey(candidate));
    expect(await panel(page).status.textContent()).toContain(undoOffer);
    expect(await panel(page).undo.isVisible()).toBe(true);
    await panel(page).undo.click();
    await expect.poll(() => panel(page).status.textContent()).toContain('Undone');
    expect(await stored(page)).toBe(before);
    expect(await listed(page).count()).toBe(0);
    expect(await page.locator('[data-debrief="heading"]').textContent()).toBe(heading);
    expect(errors).toEqual([]);
    await close();
  });

  it('reads a pasted export, and keeps candidates apart', { timeout: 120_000 }, async () => {
    const [ann] = await threeExports(site.browser);
    const { page, close } = await openDebrief();
    // Another candidate of the same interviewer: another name and another id in their calculator.
    const id = (JSON.parse(ann!.text) as { data: { currentId: string } }).data.currentId;
    const other = { name: 'other.json', text: ann!.text.replaceAll(`"name": "${candidate}"`, '"name": "Bea Other"').replaceAll(id, 'c-other') };
    await page.getByLabel('Or paste one export').fill(ann!.text);
    await page.getByRole('button', { name: 'Add the pasted scorecard' }).click();
    await expect.poll(() => listed(page).count()).toBe(1);
    await expect.poll(() => page.getByLabel('Or paste one export').inputValue()).toBe('');
    // The same interviewer's export of another candidate: the page offers a choice of candidate.
    await files(page).setInputFiles([asFile(other)]);
    const select = page.getByLabel('Candidate', { exact: true });
    await expect.poll(() => select.locator('option').count()).toBe(2);
    expect(await select.isVisible()).toBe(true);
    expect(await select.locator('option').allTextContents()).toEqual([`${candidate} (1 scorecard)`, 'Bea Other (1 scorecard)']);
    await expect.poll(() => select.inputValue()).toBe(candidateKey('Bea Other'));
    await select.selectOption(candidateKey(candidate));
    await expect.poll(() => page.locator('[data-debrief="list"] li').first().textContent()).toContain('Ann Lee');
    await close();
  });

  it('keeps a pasted export in its field when the code that reads it cannot be loaded (offline), and adds it once it can', { timeout: 120_000 }, async () => {
    const ann = await interviewerExport(site.browser, 'Ann Lee', (m) => m.scale.at(-1)!.rating);
    const { page, close } = await openDebrief();
    const paste = page.getByLabel('Or paste one export');
    const add = page.getByRole('button', { name: 'Add the pasted scorecard' });
    const status = panel(page).status;
    // A line said before the paste, still true when nothing is added.
    await downloadText(page, panel(page).panel.locator('[data-tool-action="export"]'));
    const exported = (await status.textContent())!;
    expect(exported).toMatch(/^Exported /);
    await goOffline(page);
    await paste.fill(ann.text);
    await add.click();
    await expect.poll(() => messageOf(paste)).toMatch(/could not load the code that reads an import/);
    expect(await paste.inputValue()).toBe(ann.text);
    // The line said while the code was tried is taken back with the failure, and only it: the line before it is back.
    expect(await status.textContent()).toBe(exported);
    expect(await listed(page).count()).toBe(0);
    expect(await stored(page)).toBe(null);
    await backOnline(page);
    await add.click();
    await expect.poll(() => listed(page).count()).toBe(1);
    await expect.poll(() => paste.inputValue()).toBe('');
    await close();
  });

  it('says the pasted export is being read while its code loads (a slow network), then adds it in that line’s place', { timeout: 120_000 }, async () => {
    const ann = await interviewerExport(site.browser, 'Ann Lee', (m) => m.scale.at(-1)!.rating);
    const { page, close } = await openDebrief();
    const status = dataPanel(page.locator('handbook-scorecard-debrief')).status;
    const { requested, release } = await holdScripts(page);
    await page.getByLabel('Or paste one export').fill(ann.text);
    await page.getByRole('button', { name: 'Add the pasted scorecard' }).click();
    await requested;
    await expect.poll(() => status.textContent()).toBe(readingLine({ pasted: true }));
    expect(await listed(page).count()).toBe(0);
    release();
    await expect.poll(() => listed(page).count()).toBe(1);
    await expect.poll(() => status.textContent()).not.toBe(readingLine({ pasted: true }));
    expect(await status.textContent()).not.toBe('');
    await close();
  });

  it('says the files chosen are being read while their code loads as the other tools do: several by their number, not as a quoted label', { timeout: 120_000 }, async () => {
    const top = (m: DebriefModel) => m.scale.at(-1)!.rating;
    const chosen = [
      { ...(await interviewerExport(site.browser, 'Ann Lee', top)), name: 'ann.json' },
      { ...(await interviewerExport(site.browser, 'Bo Chen', top)), name: 'bo.json' },
    ];
    const { page, close } = await openDebrief();
    const status = panel(page).status;
    const { requested, release } = await holdScripts(page);
    await files(page).setInputFiles(chosen.map(asFile));
    await requested;
    await expect.poll(() => status.textContent()).toBe(readingLine({ files: chosen.map((c) => c.name) }));
    release();
    await expect.poll(() => listed(page).count()).toBe(2);
    await close();
  });

  it('refuses pasted text that is not an export, beside the paste field, in words about the pasted text rather than a file', { timeout: 120_000 }, async () => {
    const { page, close } = await openDebrief();
    const paste = page.getByLabel('Or paste one export');
    await paste.fill('not an export');
    await page.getByRole('button', { name: 'Add the pasted scorecard' }).click();
    await expect.poll(() => messageOf(paste)).toMatch(/The pasted text was not added/);
    expect(await messageOf(paste)).not.toMatch(/\bfiles?\b/);
    expect(await page.locator('[data-debrief="refused"]').textContent()).toMatch(/pasted text is not valid JSON/);
    await close();
  });

  it('sends a calculator export chosen in the data panel to the page’s own field, reads a paste with a byte order mark, and names an export dated after now without letting it hold back a later one', { timeout: 120_000 }, async () => {
    const ann = await interviewerExport(site.browser, 'Ann Lee', (m) => m.scale.at(-1)!.rating);
    const { page, model, close } = await openDebrief();
    const fieldLabel = (await page.locator('label[for="debrief-files"]').textContent())!.trim();
    const importField = panel(page).panel.locator('[data-tool-action="import"]');
    await importField.setInputFiles([asFile(ann)]);
    await expect.poll(() => messageOf(importField)).toContain(`“${fieldLabel}”`);
    expect(await messageOf(importField)).not.toContain(calculator);

    // The same export pasted from an editor that writes a byte order mark first.
    const paste = page.getByLabel('Or paste one export');
    await paste.fill(`\uFEFF${ann.text}`);
    await page.getByRole('button', { name: 'Add the pasted scorecard' }).click();
    await expect.poll(() => listed(page).count()).toBe(1);
    expect(await page.locator('[data-debrief="refused"] li').count()).toBe(0);
    await page.getByRole('button', { name: /^Remove / }).click();
    await expect.poll(() => page.getByRole('button', { name: /^Remove / }).count()).toBe(0);

    // A file dated 2099 (a wrong clock) is added, its date named; the interviewer's real later export is not refused as older.
    const future = { name: 'ann-2099.json', text: ann.text.replace(/"savedAt": "[^"]*"/, '"savedAt": "2099-01-01T00:00:00.000Z"') };
    await files(page).setInputFiles([asFile(future)]);
    await expect.poll(() => panel(page).status.textContent()).toContain('2099-01-01');
    const later = { name: 'ann-later.json', text: ann.text.replace(/"savedAt": "[^"]*"/, `"savedAt": "${new Date().toISOString()}"`).replace(/("ratings": \{\s*"[^"]+": )\d/, `$1${model.scale[0]!.rating}`) };
    await files(page).setInputFiles([asFile(later)]);
    await expect.poll(() => panel(page).importPlan.isVisible()).toBe(true);
    expect(await page.locator('[data-debrief="refused"] li').count()).toBe(0);
    await close();
  });

  it('names the candidate and the day at the top, on screen and on the printed sheet, even with one candidate', { timeout: 120_000 }, async () => {
    const [ann] = await threeExports(site.browser);
    const context = await site.browser.newContext();
    // A fixed day, so the expected date cannot change under the test at midnight.
    await context.clock.setFixedTime(new Date(2026, 2, 14, 10));
    const page = await context.newPage();
    await page.goto(site.url + debriefPath);
    await pageReady(page);
    await page.locator('handbook-scorecard-debrief[data-ready]').waitFor();
    const heading = page.locator('[data-debrief="heading"]');
    expect(await heading.textContent()).not.toContain(candidate);
    await files(page).setInputFiles([asFile(ann!)]);
    await expect.poll(() => heading.textContent()).toContain(candidate);
    // With one candidate the candidate picker is hidden: the heading is what names them.
    expect(await page.getByLabel('Candidate', { exact: true }).isVisible()).toBe(false);
    expect(await heading.getByRole('heading', { name: candidate }).isVisible()).toBe(true);
    expect(await heading.textContent()).toContain('14 March 2026');
    // It comes before everything the debrief shows.
    const first = await page.locator('handbook-scorecard-debrief > :is(section, div):visible').first().getAttribute('data-debrief');
    expect(first).toBe('heading');
    await page.emulateMedia({ media: 'print' });
    expect(await heading.isVisible()).toBe(true);
    const top = await heading.boundingBox();
    const result = await page.locator('#debrief-result').boundingBox();
    expect(top!.y).toBeLessThan(result!.y);
    await context.close();
  });

  it('passes axe and never scrolls sideways, filled in, light and dark, on a desktop and on a phone', { timeout: 300_000 }, async () => {
    const exports = await threeExports(site.browser);
    const found: AxeFinding[] = [];
    for (const [theme, viewport] of [['light', { width: 1280, height: 900 }], ['dark', { width: 390, height: 844 }], ['light', { width: 320, height: 700 }]] as const) {
      const context = await site.browser.newContext({ viewport, colorScheme: theme });
      await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      await addAxe(context);
      const page = await context.newPage();
      await page.goto(site.url + debriefPath);
      await pageReady(page);
      await page.locator('handbook-scorecard-debrief[data-ready]').waitFor();
      await files(page).setInputFiles(exports.map(asFile));
      await expect.poll(() => page.locator('[data-debrief="table"] thead th').count()).toBe(1 + exports.length + 2);
      found.push(...(await axe(page, `${theme} ${viewport.width}px`)));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${theme} ${viewport.width}px scrolls sideways`).toBeLessThanOrEqual(0);
      await context.close();
    }
    expect(axeReport(found)).toEqual([]);
  });

  it('wraps an interviewer’s name too long for a column, one word of the longest length allowed, so the table still fits a desktop’s width', { timeout: 240_000 }, async () => {
    const long = 'Q'.repeat(maxNameLength);
    const exports = [await interviewerExport(site.browser, long, (m) => m.scale.at(-1)!.rating, (m) => m.redFlags[0]!.text), await interviewerExport(site.browser, 'Bo Chen', (m) => m.scale[0]!.rating)];
    for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
      const { page, close } = await openDebrief({ viewport });
      await files(page).setInputFiles(exports.map(asFile));
      await expect.poll(() => page.locator('[data-debrief="table"] thead th').allTextContents()).toContain(long);
      if (viewport.width > 1000) {
        // The table's region scrolls only when its columns need it, never for one name.
        const region = await page.locator('.debrief-table').evaluate((e) => ({ scroll: e.scrollWidth, client: e.clientWidth }));
        expect(region.scroll, 'the table scrolls sideways for one long name').toBeLessThanOrEqual(region.client);
      }
      // Only the long word breaks: no other word of the table's headings and evidence is split across lines.
      const split = await page.locator('[data-debrief="table"]').evaluate((table, longest) => {
        const broken: string[] = [];
        for (const cell of table.querySelectorAll('thead th, .debrief-evidence')) {
          const text = cell.firstChild;
          if (!(text instanceof Text)) continue;
          for (const m of text.data.matchAll(/\S+/g)) {
            if (m[0].length >= longest) continue;
            const range = document.createRange();
            range.setStart(text, m.index);
            range.setEnd(text, m.index + m[0].length);
            if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1) broken.push(m[0]);
          }
        }
        return broken;
      }, long.length);
      expect(split, `${viewport.width}px: words split across lines`).toEqual([]);
      // The lines that name the interviewer wrap too: the page itself never scrolls sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${viewport.width}px scrolls sideways`).toBeLessThanOrEqual(0);
      await close();
    }
  });
});
