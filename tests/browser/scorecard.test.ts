/**
 * The scorecard calculator in Chromium, against the built site: fill a scorecard, reload, export,
 * clear, import and find the same result; a bad import is refused with a message and changes
 * nothing; a red flag sends the candidate to a debrief; no request leaves the page; without
 * JavaScript the rubric is still there. The dimensions, scale, bands and red flags are the ones
 * the page carries for its island (the role's scorecard in content/), and the expected results are
 * what the scorecard logic computes from them.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { computeScorecard, describeResult, formatScore, type Ratings, type ScorecardModel } from '~/lib/hiring/scorecard';
import { useBuiltSite } from '../support/built-site';
import { pageReady } from '../support/ready';

const path = '/hiring/scorecard-calculator/';
const site = useBuiltSite();

/** A page of a fresh context, with the calculator running, that records every request it makes and accepts confirm() dialogs. */
async function open(context: BrowserContext): Promise<{ page: Page; requests: string[]; model: ScorecardModel }> {
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('dialog', (d) => void d.accept());
  await page.goto(site.url + path);
  await pageReady(page);
  // The island shows its panels once it has read what is stored.
  await page.locator('[data-sc="outcome"]').waitFor();
  return { page, requests, model: modelOf(await page.locator('script[data-scorecard-model]').textContent()) };
}

const modelOf = (json: string | null) => JSON.parse(json ?? '') as ScorecardModel;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const group = (page: Page, label: string) => page.getByRole('group', { name: new RegExp(`^${escape(label)}`) });
const radio = (page: Page, label: string, rating: number) => group(page, label).getByRole('radio', { name: new RegExp(`^${rating} · `) });
const result = (page: Page) => page.getByRole('status').filter({ has: page.locator('[data-sc="headline"]') });
const stored = (page: Page) => page.evaluate(() => localStorage.getItem('handbook:scorecard'));

/** A rating for every dimension, spread over the scale so that the score is not a whole number. */
function spreadRatings(model: ScorecardModel): Record<string, number> {
  return Object.fromEntries(model.dimensions.map((d, i) => [d.competency, model.scale[(i + 1) % model.scale.length]!.rating]));
}
/** The headline the calculator must show for these ratings, evidence for each, and these red flags. */
function headline(model: ScorecardModel, ratings: Record<string, number>, redFlags: string[] = []): string {
  const input: Ratings = { ratings, notes: Object.fromEntries(Object.keys(ratings).map((c) => [c, 'Evidence.'])), redFlags };
  return describeResult(model, computeScorecard(model, input)).headline;
}
const [lowest, highest] = [(m: ScorecardModel) => m.scale[0]!.rating, (m: ScorecardModel) => m.scale.at(-1)!.rating];

describe('the scorecard calculator', () => {
  it('fills a scorecard, keeps it across a reload, exports, clears, imports and finds the same result', async () => {
    const context = await site.browser.newContext({ acceptDownloads: true });
    const { page, requests, model } = await open(context);
    // Requests made while the page is used, not loaded: there must be none (downloads are Blob URLs, imports are read locally).
    const offline: string[] = [];
    let mark = requests.length;
    const checkOffline = () => offline.push(...requests.slice(mark).filter((url) => !url.startsWith('blob:')));
    const ratings = spreadRatings(model);
    const expected = headline(model, ratings);
    const [first] = model.dimensions;

    await expect.poll(() => result(page).textContent()).toContain(headline(model, {}));
    await page.getByLabel('Name', { exact: true }).fill('Ada Example');
    for (const d of model.dimensions) {
      await radio(page, d.label, ratings[d.competency]!).check();
      await group(page, d.label).getByLabel(`Evidence for ${d.label}`).fill(`Evidence on ${d.label}.`);
    }
    await expect.poll(() => result(page).textContent()).toContain(expected);
    await expect.poll(() => page.locator('[data-sc="warnings"] li').count()).toBe(0);

    checkOffline();
    await page.reload();
    await pageReady(page);
    mark = requests.length;
    await expect.poll(() => result(page).textContent()).toContain(expected);
    await expect.poll(() => page.getByLabel('Name', { exact: true }).inputValue()).toBe('Ada Example');
    for (const d of model.dimensions) await expect.poll(() => radio(page, d.label, ratings[d.competency]!).isChecked(), { message: d.label }).toBe(true);
    await expect.poll(() => page.getByLabel(`Evidence for ${first!.label}`).inputValue()).toBe(`Evidence on ${first!.label}.`);

    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export all candidates (JSON)' }).click()]);
    expect(json.suggestedFilename()).toMatch(new RegExp(`^scorecards-${escape(model.role)}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
    const jsonPath = await json.path();
    const exported = JSON.parse(readFileSync(jsonPath, 'utf8'));
    expect(exported).toMatchObject({ format: 'ml-career-handbook', tool: 'scorecard', version: 1, data: { role: model.role } });
    expect(exported.data.candidates[0]).toMatchObject({ name: 'Ada Example', ratings });

    const [md] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export this candidate (Markdown)' }).click()]);
    expect(md.suggestedFilename()).toMatch(/^scorecard-ada-example-\d{4}-\d{2}-\d{2}\.md$/);
    const markdown = readFileSync(await md.path(), 'utf8');
    expect(markdown).toContain('# Interview scorecard: Ada Example');
    expect(markdown).toContain(`**${expected}.**`);
    for (const d of model.dimensions) {
      const step = model.scale.find((s) => s.rating === ratings[d.competency])!;
      expect(markdown).toContain(`| ${d.label} | ${d.weight}% | ${step.rating} · ${step.label} | Evidence on ${d.label}. |`);
    }

    await page.getByRole('button', { name: 'Delete all candidates' }).click();
    await expect.poll(() => stored(page)).toBeNull();
    await expect.poll(() => result(page).textContent()).toContain(headline(model, {}));
    await expect.poll(() => page.getByLabel('Name', { exact: true }).inputValue()).toBe('Candidate 1');

    await page.getByLabel('Import a JSON export').setInputFiles(jsonPath);
    await expect.poll(() => page.locator('[data-sc="status"]').textContent()).toBe('Imported 1 candidate.');
    await expect.poll(() => result(page).textContent()).toContain(expected);
    await expect.poll(() => page.getByLabel('Name', { exact: true }).inputValue()).toBe('Ada Example');
    const last = model.dimensions.at(-1)!;
    await expect.poll(() => page.getByLabel(`Evidence for ${last.label}`).inputValue()).toBe(`Evidence on ${last.label}.`);

    checkOffline();
    expect(offline).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(site.url) && !url.startsWith('blob:') && !url.startsWith('data:'))).toEqual([]);
    await context.close();
  });

  it('refuses a bad or foreign file with a message and keeps what is stored', async () => {
    const context = await site.browser.newContext();
    const { page, model } = await open(context);
    const [first] = model.dimensions;
    const rating = highest(model);
    await radio(page, first!.label, rating).check();
    const before = await stored(page);
    expect(before).toContain(`"${first!.competency}":${rating}`);

    const input = page.getByLabel('Import a JSON export');
    const outOfScale = highest(model) + 3;
    for (const [name, text, message] of [
      ['broken.json', '{"format": "ml-career-handbook", "tool": "scor', 'the file is not valid JSON'],
      ['tracker.json', JSON.stringify({ format: 'ml-career-handbook', tool: 'onboarding', version: 1, savedAt: '', data: { goals: [] } }), 'exported by the “onboarding” tool'],
      ['polluted.json', '{"format":"ml-career-handbook","tool":"scorecard","version":1,"data":{"__proto__":{"x":1}}}', '“__proto__”'],
      [
        'out-of-range.json',
        JSON.stringify({ format: 'ml-career-handbook', tool: 'scorecard', version: 1, savedAt: '', data: { role: model.role, currentId: 'c-1', candidates: [{ id: 'c-1', name: 'X', updatedAt: '', ratings: { [first!.competency]: outOfScale }, notes: {}, redFlags: [] }] } }),
        'expected a rating of the scale',
      ],
    ] as const) {
      await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.textContent()).toContain(message);
      await expect.poll(() => alert.textContent()).toMatch(/^Import failed: .*Nothing was changed\.$/);
      await expect.poll(() => stored(page)).toBe(before);
      await expect.poll(() => radio(page, first!.label, rating).isChecked()).toBe(true);
    }
    await context.close();
  });

  it('sends a candidate with a red flag to a debrief instead of a recommendation', async () => {
    const context = await site.browser.newContext();
    const { page, model } = await open(context);
    const top = Object.fromEntries(model.dimensions.map((d) => [d.competency, highest(model)]));
    for (const d of model.dimensions) await radio(page, d.label, highest(model)).check();
    const recommendation = describeResult(model, computeScorecard(model, { ratings: top, notes: {}, redFlags: [] })).headline;
    await expect.poll(() => result(page).textContent()).toContain(recommendation);
    const flag = model.redFlags[0]!;
    await page.getByRole('checkbox', { name: flag.text }).check();
    const debrief = describeResult(model, computeScorecard(model, { ratings: top, notes: {}, redFlags: [flag.id] })).headline;
    await expect.poll(() => result(page).textContent()).toContain(debrief);
    expect(await result(page).textContent()).not.toContain(recommendation);
    await expect.poll(() => page.locator('[data-sc="warnings"]').textContent()).toContain(`Red flag: ${flag.text}`);
    await context.close();
  });

  it('keeps several candidates apart, and renames, switches and deletes them', async () => {
    const context = await site.browser.newContext();
    const { page, model } = await open(context);
    const name = page.getByLabel('Name', { exact: true });
    const select = page.getByLabel('Candidate on screen');
    const [first] = model.dimensions;
    const only = (rating: number) => `Provisional: ${formatScore(rating)}`;
    await name.fill('First');
    await radio(page, first!.label, lowest(model)).check();
    await page.getByRole('button', { name: 'Add a candidate' }).click();
    await expect.poll(() => name.inputValue()).toBe('Candidate 2');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('sc-name');
    await name.fill('Second');
    await radio(page, first!.label, highest(model)).check();
    await expect.poll(() => result(page).textContent()).toContain(only(highest(model)));

    await select.selectOption({ label: 'First' });
    await expect.poll(() => result(page).textContent()).toContain(only(lowest(model)));
    await page.reload();
    await pageReady(page);
    await expect.poll(() => select.locator('option').allTextContents()).toEqual(['First', 'Second']);
    await expect.poll(() => name.inputValue()).toBe('First');

    await page.getByRole('button', { name: 'Delete this candidate' }).click();
    await expect.poll(() => select.locator('option').allTextContents()).toEqual(['Second']);
    await expect.poll(() => result(page).textContent()).toContain(only(highest(model)));
    await context.close();
  });

  it('rates with the keyboard alone, and the live region reports the result', async () => {
    const context = await site.browser.newContext();
    const { page, model } = await open(context);
    const [first] = model.dimensions;
    // Space checks the focused radio; each arrow moves to the next step of the scale.
    const reached = model.scale[Math.min(2, model.scale.length - 1)]!.rating;
    await radio(page, first!.label, lowest(model)).focus();
    await page.keyboard.press('Space');
    for (const step of model.scale.slice(1)) if (step.rating <= reached) await page.keyboard.press('ArrowDown');
    await expect.poll(() => radio(page, first!.label, reached).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`note-${first!.competency}`);
    const live = page.locator('[data-sc="outcome"]');
    await expect.poll(() => live.getAttribute('aria-live')).toBe('polite');
    await expect.poll(() => live.textContent()).toContain(`Provisional: ${formatScore(reached)}`);
    await context.close();
  });

  it('shows the whole rubric and a note without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url + path);
    const model = modelOf(await page.locator('script[data-scorecard-model]').textContent());
    // Playwright's text selectors skip <noscript>, so the note is found by its class.
    const note = page.locator('.sc-noscript');
    await expect.poll(() => note.isVisible()).toBe(true);
    await expect.poll(() => note.innerText()).toContain('The calculator needs JavaScript');
    await expect.poll(() => page.locator('fieldset.sc-dimension').count()).toBe(model.dimensions.length);
    for (const d of model.dimensions) {
      const options = group(page, d.label).locator('.sc-option');
      await expect.poll(() => options.count(), { message: d.label }).toBe(model.scale.length);
      // Each step of the scale has its anchor: what that rating looks like for the dimension.
      for (const anchor of await options.locator('.sc-anchor').allInnerTexts()) expect(anchor.trim(), d.label).not.toBe('');
    }
    await expect.poll(() => page.locator('[data-sc-enhanced]:visible').count()).toBe(0);
    await context.close();
  });
});
