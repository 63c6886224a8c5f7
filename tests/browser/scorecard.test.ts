/**
 * The scorecard calculator in Chromium, against the built site: fill a scorecard, reload, export,
 * clear, import and find the same result; a bad import is refused with a message and changes
 * nothing; a red flag sends the candidate to a debrief; no request leaves the page; without
 * JavaScript the rubric is still there.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site';

const path = '/hiring/scorecard-calculator/';
/** Ratings in scorecard order; with weights 20,20,20,15,10,10,5 they give (80+60+60+30+40+30+10)/100 = 3.10. */
const ratings: [string, number][] = [
  ['ML system design', 4],
  ['Software engineering', 3],
  ['MLOps & operations', 3],
  ['Data quality & pipelines', 2],
  ['Evaluation & measurement', 4],
  ['Leadership & mentorship', 3],
  ['Communication & collaboration', 2],
];

const site = useBuiltSite();

/** A page of a fresh context that records every request it makes and accepts confirm() dialogs. */
async function open(context: BrowserContext): Promise<{ page: Page; requests: string[] }> {
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('dialog', (d) => void d.accept());
  await page.goto(site.url + path, { waitUntil: 'networkidle' });
  return { page, requests };
}

const group = (page: Page, name: string) => page.getByRole('group', { name: new RegExp(`^${name.replace(/[&]/g, '\\$&')}`) });
const result = (page: Page) => page.getByRole('status').filter({ has: page.locator('[data-sc="headline"]') });
const stored = (page: Page) => page.evaluate(() => localStorage.getItem('handbook:scorecard'));

describe('the scorecard calculator', () => {
  it('fills a scorecard, keeps it across a reload, exports, clears, imports and finds the same result', async () => {
    const context = await site.browser.newContext({ acceptDownloads: true });
    const { page, requests } = await open(context);
    // Requests made while the page is used, not loaded: there must be none (downloads are Blob URLs, imports are read locally).
    const offline: string[] = [];
    let mark = requests.length;
    const checkOffline = () => offline.push(...requests.slice(mark).filter((url) => !url.startsWith('blob:')));

    await expect.poll(() => result(page).textContent()).toContain('No ratings yet');
    await page.getByLabel('Name', { exact: true }).fill('Ada Example');
    for (const [dimension, rating] of ratings) {
      await group(page, dimension).getByRole('radio', { name: new RegExp(`^${rating} · `) }).check();
      await group(page, dimension).getByLabel(`Evidence for ${dimension}`).fill(`Evidence on ${dimension}.`);
    }
    await expect.poll(() => result(page).textContent()).toContain('Hire — weighted score 3.10');
    await expect.poll(() => page.locator('[data-sc="warnings"] li').count()).toBe(0);

    checkOffline();
    await page.reload({ waitUntil: 'networkidle' });
    mark = requests.length;
    await expect.poll(() => result(page).textContent()).toContain('Hire — weighted score 3.10');
    await expect.poll(() => page.getByLabel('Name', { exact: true }).inputValue()).toBe('Ada Example');
    await expect.poll(() => group(page, 'Data quality & pipelines').getByRole('radio', { name: /^2 · / }).isChecked()).toBe(true);
    await expect.poll(() => page.getByLabel('Evidence for ML system design').inputValue()).toBe('Evidence on ML system design.');

    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export all candidates (JSON)' }).click()]);
    expect(json.suggestedFilename()).toMatch(/^scorecards-lead-ml-engineer-\d{4}-\d{2}-\d{2}\.json$/);
    const jsonPath = await json.path();
    const exported = JSON.parse(readFileSync(jsonPath, 'utf8'));
    expect(exported).toMatchObject({ format: 'ml-career-handbook', tool: 'scorecard', version: 1, data: { role: 'lead-ml-engineer' } });
    expect(exported.data.candidates[0]).toMatchObject({ name: 'Ada Example', ratings: { 'ml-system-design': 4, 'communication-collaboration': 2 } });

    const [md] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export this candidate (Markdown)' }).click()]);
    expect(md.suggestedFilename()).toMatch(/^scorecard-ada-example-\d{4}-\d{2}-\d{2}\.md$/);
    const markdown = readFileSync(await md.path(), 'utf8');
    expect(markdown).toContain('# Interview scorecard: Ada Example');
    expect(markdown).toContain('**Hire — weighted score 3.10.**');
    expect(markdown).toContain('| Data quality & pipelines | 15% | 2 · Mixed | Evidence on Data quality & pipelines. |');

    await page.getByRole('button', { name: 'Delete all candidates' }).click();
    await expect.poll(() => stored(page)).toBeNull();
    await expect.poll(() => result(page).textContent()).toContain('No ratings yet');
    await expect.poll(() => page.getByLabel('Name', { exact: true }).inputValue()).toBe('Candidate 1');

    await page.getByLabel('Import a JSON export').setInputFiles(jsonPath);
    await expect.poll(() => page.locator('[data-sc="status"]').textContent()).toBe('Imported 1 candidate.');
    await expect.poll(() => result(page).textContent()).toContain('Hire — weighted score 3.10');
    await expect.poll(() => page.getByLabel('Name', { exact: true }).inputValue()).toBe('Ada Example');
    await expect.poll(() => page.getByLabel('Evidence for Communication & collaboration').inputValue()).toBe('Evidence on Communication & collaboration.');

    checkOffline();
    expect(offline).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(site.url) && !url.startsWith('blob:') && !url.startsWith('data:'))).toEqual([]);
    await context.close();
  });

  it('refuses a bad or foreign file with a message and keeps what is stored', async () => {
    const context = await site.browser.newContext();
    const { page } = await open(context);
    await group(page, 'ML system design').getByRole('radio', { name: /^3 · / }).check();
    const before = await stored(page);
    expect(before).toContain('"ml-system-design":3');

    const input = page.getByLabel('Import a JSON export');
    for (const [name, text, message] of [
      ['broken.json', '{"format": "ml-career-handbook", "tool": "scor', 'the file is not valid JSON'],
      ['tracker.json', JSON.stringify({ format: 'ml-career-handbook', tool: 'onboarding', version: 1, savedAt: '', data: { goals: [] } }), 'exported by the “onboarding” tool'],
      ['polluted.json', '{"format":"ml-career-handbook","tool":"scorecard","version":1,"data":{"__proto__":{"x":1}}}', '“__proto__”'],
      ['out-of-range.json', JSON.stringify({ format: 'ml-career-handbook', tool: 'scorecard', version: 1, savedAt: '', data: { role: 'lead-ml-engineer', currentId: 'c-1', candidates: [{ id: 'c-1', name: 'X', updatedAt: '', ratings: { 'ml-system-design': 7 }, notes: {}, redFlags: [] }] } }), 'expected a rating of the scale'],
    ] as const) {
      await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.textContent()).toContain(message);
      await expect.poll(() => alert.textContent()).toMatch(/^Import failed: .*Nothing was changed\.$/);
      await expect.poll(() => stored(page)).toBe(before);
      await expect.poll(() => group(page, 'ML system design').getByRole('radio', { name: /^3 · / }).isChecked()).toBe(true);
    }
    await context.close();
  });

  it('sends a candidate with a red flag to a debrief instead of a recommendation', async () => {
    const context = await site.browser.newContext();
    const { page } = await open(context);
    for (const [dimension] of ratings) await group(page, dimension).getByRole('radio', { name: /^4 · / }).check();
    await expect.poll(() => result(page).textContent()).toContain('Strong hire — weighted score 4.00');
    await page.getByRole('checkbox', { name: /Cannot describe a rollback strategy/ }).check();
    const text = await result(page).textContent();
    expect(text).toContain('Debrief required');
    expect(text).not.toContain('Strong hire —');
    await expect.poll(() => page.locator('[data-sc="warnings"]').textContent()).toContain('Red flag: Cannot describe a rollback strategy');
    await context.close();
  });

  it('keeps several candidates apart, and renames, switches and deletes them', async () => {
    const context = await site.browser.newContext();
    const { page } = await open(context);
    const name = page.getByLabel('Name', { exact: true });
    const select = page.getByLabel('Candidate on screen');
    await name.fill('First');
    await group(page, 'ML system design').getByRole('radio', { name: /^1 · / }).check();
    await page.getByRole('button', { name: 'Add a candidate' }).click();
    await expect.poll(() => name.inputValue()).toBe('Candidate 2');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('sc-name');
    await name.fill('Second');
    await group(page, 'ML system design').getByRole('radio', { name: /^4 · / }).check();
    await expect.poll(() => result(page).textContent()).toContain('Provisional: 4.00');

    await select.selectOption({ label: 'First' });
    await expect.poll(() => result(page).textContent()).toContain('Provisional: 1.00');
    await page.reload({ waitUntil: 'networkidle' });
    await expect.poll(() => select.locator('option').allTextContents()).toEqual(['First', 'Second']);
    await expect.poll(() => name.inputValue()).toBe('First');

    await page.getByRole('button', { name: 'Delete this candidate' }).click();
    await expect.poll(() => select.locator('option').allTextContents()).toEqual(['Second']);
    await expect.poll(() => result(page).textContent()).toContain('Provisional: 4.00');
    await context.close();
  });

  it('rates with the keyboard alone, and the live region reports the result', async () => {
    const context = await site.browser.newContext();
    const { page } = await open(context);
    await group(page, 'ML system design').getByRole('radio', { name: /^1 · / }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => group(page, 'ML system design').getByRole('radio', { name: /^3 · / }).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('note-ml-system-design');
    const live = page.locator('[data-sc="outcome"]');
    await expect.poll(() => live.getAttribute('aria-live')).toBe('polite');
    await expect.poll(() => live.textContent()).toContain('Provisional: 3.00');
    await context.close();
  });

  it('shows the whole rubric and a note without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url + path);
    // Playwright's text selectors skip <noscript>, so the note is found by its class.
    const note = page.locator('.sc-noscript');
    await expect.poll(() => note.isVisible()).toBe(true);
    await expect.poll(() => note.innerText()).toContain('The calculator needs JavaScript');
    await expect.poll(() => page.locator('fieldset.sc-dimension').count()).toBe(7);
    await expect.poll(() => page.locator('fieldset.sc-dimension input[type="radio"]').count()).toBe(28);
    await expect.poll(() => page.getByText('End-to-end design with clear interfaces, SLOs, failure modes and rollout/rollback').isVisible()).toBe(true);
    await expect.poll(() => page.locator('[data-sc-enhanced]:visible').count()).toBe(0);
    await context.close();
  });
});
