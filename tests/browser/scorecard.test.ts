/**
 * The scorecard calculator in Chromium, against the built site: fill a scorecard, reload, export,
 * clear, import and find the same result; a bad import is refused with a message next to the field
 * and changes nothing; an import of what is stored asks and can be undone; two tabs keep every
 * change; a failed save shows next to the control; a corrupted candidate is kept aside; a red flag
 * sends the candidate to a debrief and a decision floor holds a result down; the sticky result bar
 * covers nothing on a phone's first view; no request leaves the page; without JavaScript the rubric
 * is still there. The dimensions, scale, bands, floors and red
 * flags are the ones the page carries for its island (the role's scorecard in content/), and the
 * expected results are what the scorecard logic computes from them.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { onboardingTrackerHref } from '~/lib/site/urls';
import { docPages } from '../support/page-types';
import { fileSlug } from '~/lib/browser/download';
import { describe, expect, it } from 'vitest';
import { computeScorecard, describeResult, floorAppliesTo, formatScore, type Ratings, type ScorecardModel } from '~/lib/hiring/scorecard';
import { useBuiltSite } from '../support/built-site';
import { pageReady } from '../support/ready';
import { dataPanel, downloadText, fillStorage, freeStorage, messageOf, seedStorage, storedEntries } from '../support/tool-storage';

const path = '/hiring/scorecard-calculator/';
const site = useBuiltSite();

/** A page of a fresh context, with the calculator running, that records every request it makes and accepts confirm() dialogs. */
async function open(context: BrowserContext): Promise<{ page: Page; requests: string[]; model: ScorecardModel }> {
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('dialog', (d) => void d.accept());
  await page.goto(site.url + path);
  await calculatorReady(page);
  return { page, requests, model: modelOf(await page.locator('script[data-scorecard-model]').textContent()) };
}

/** The island has read what is stored and drawn it. */
async function calculatorReady(page: Page): Promise<void> {
  await pageReady(page);
  await page.locator('handbook-scorecard-calculator[data-ready]').waitFor();
}
const panel = (page: Page) => dataPanel(page.locator('handbook-scorecard-calculator'));

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
    // Requests made while the page is used, not loaded: there must be none (downloads are Blob URLs,
    // imports are read locally), but for the site's own scripts that an import loads when it is used
    // (src/components/tools/lazy-code.ts), which carry nothing of the reader's.
    const offline: string[] = [];
    let mark = requests.length;
    const ownScript = new RegExp(`^${escape(site.url)}/_astro/[^/?#]+\\.js$`);
    const checkOffline = () => offline.push(...requests.slice(mark).filter((url) => !url.startsWith('blob:') && !ownScript.test(url)));
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
    // Every rating has its evidence: what is left to clear is what the floors say, if any, and any rating low enough for a floor on a dimension no floor covers.
    const computed = computeScorecard(model, { ratings, notes: {}, redFlags: [] });
    await expect.poll(() => page.locator('[data-sc="warnings"] li').count()).toBe(computed.floorHits.length + computed.uncoveredGaps.length);

    checkOffline();
    await page.reload();
    await calculatorReady(page);
    mark = requests.length;
    await expect.poll(() => result(page).textContent()).toContain(expected);
    await expect.poll(() => page.getByLabel('Name', { exact: true }).inputValue()).toBe('Ada Example');
    for (const d of model.dimensions) await expect.poll(() => radio(page, d.label, ratings[d.competency]!).isChecked(), { message: d.label }).toBe(true);
    await expect.poll(() => page.getByLabel(`Evidence for ${first!.label}`).inputValue()).toBe(`Evidence on ${first!.label}.`);

    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export all candidates (JSON)' }).click()]);
    // Named as the reader knows the tool, by its page's title, never by its store's name.
    expect(json.suggestedFilename()).toMatch(new RegExp(`^${fileSlug(docPages().find((p) => p.path === path)!.title)}-${escape(model.role)}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
    const jsonPath = await json.path();
    const exported = JSON.parse(readFileSync(jsonPath, 'utf8'));
    expect(exported).toMatchObject({ format: 'ml-career-handbook', tool: 'scorecard', data: { role: model.role } });
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
    await expect.poll(() => panel(page).status.textContent()).toContain('Imported “');
    await expect.poll(() => result(page).textContent()).toContain(expected);
    await expect.poll(() => page.getByLabel('Name', { exact: true }).inputValue()).toBe('Ada Example');
    const last = model.dimensions.at(-1)!;
    await expect.poll(() => page.getByLabel(`Evidence for ${last.label}`).inputValue()).toBe(`Evidence on ${last.label}.`);

    checkOffline();
    expect(offline).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(site.url) && !url.startsWith('blob:') && !url.startsWith('data:'))).toEqual([]);
    await context.close();
  });

  it('refuses a bad or foreign file with a message next to the import field and keeps what is stored', async () => {
    const context = await site.browser.newContext();
    const { page, model } = await open(context);
    const [first] = model.dimensions;
    const rating = highest(model);
    await radio(page, first!.label, rating).check();
    const before = await stored(page);
    expect(before).toContain(`"${first!.competency}":${rating}`);

    const input = page.getByLabel('Import a JSON export');
    const outOfScale = highest(model) + 3;
    const unknownField = { format: 'ml-career-handbook', tool: 'scorecard', version: 1, savedAt: '', data: { role: model.role, currentId: 'c-1', candidates: [{ id: 'c-1', name: 'X', updatedAt: '', ratings: {}, notes: {}, redFlags: [], foo: 1 }] } };
    for (const [name, text, message] of [
      ['broken.json', '{"format": "ml-career-handbook", "tool": "scor', 'the file is not valid JSON'],
      ['unknown-field.json', JSON.stringify(unknownField), 'candidate “X”: unknown field “foo”'],
      ['long-name.json', JSON.stringify({ ...unknownField, data: { ...unknownField.data, candidates: [{ ...unknownField.data.candidates[0]!, foo: undefined, name: 'x'.repeat(121) }] } }), `candidate “${'x'.repeat(40)}…”, name: at most 120 characters`],
      ['tracker.json', JSON.stringify({ format: 'ml-career-handbook', tool: 'onboarding', version: 1, savedAt: '', data: { goals: [] } }), `exported from the page “${docPages().find((p) => p.path === onboardingTrackerHref)!.title}”`],
      ['polluted.json', '{"format":"ml-career-handbook","tool":"scorecard","version":1,"data":{"__proto__":{"x":1}}}', '“__proto__”'],
      [
        'out-of-range.json',
        JSON.stringify({ format: 'ml-career-handbook', tool: 'scorecard', version: 1, savedAt: '', data: { role: model.role, currentId: 'c-1', candidates: [{ id: 'c-1', name: 'X', updatedAt: '', ratings: { [first!.competency]: outOfScale }, notes: {}, redFlags: [] }] } }),
        'expected a rating of the scale',
      ],
    ] as const) {
      await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
      await expect.poll(() => messageOf(input), { message: name }).toContain(message);
      expect(await messageOf(input)).toMatch(/^Import failed: .*Nothing was changed\./);
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

  it('keeps several candidates apart, and renames, switches, deletes and brings back a deleted one', async () => {
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
    await calculatorReady(page);
    await expect.poll(() => select.locator('option').allTextContents()).toEqual(['First', 'Second']);
    await expect.poll(() => name.inputValue()).toBe('First');

    const asked: string[] = [];
    page.on('dialog', (d) => asked.push(d.message()));
    await page.getByRole('button', { name: 'Delete this candidate' }).click();
    await expect.poll(() => select.locator('option').allTextContents()).toEqual(['Second']);
    await expect.poll(() => result(page).textContent()).toContain(only(highest(model)));

    // Like every tool's deletion, it can be undone, and the question says so; the candidate comes back on screen, ratings and all.
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatch(/undo/i);
    expect(asked[0]).not.toMatch(/cannot be undone/i);
    await expect.poll(() => panel(page).status.textContent()).toMatch(/undo/i);
    await panel(page).undo.click();
    await expect.poll(() => select.locator('option').allTextContents()).toEqual(['First', 'Second']);
    await expect.poll(() => name.inputValue()).toBe('First');
    await expect.poll(() => result(page).textContent()).toContain(only(lowest(model)));
    await context.close();
  });

  it('takes a rating given by mistake back: the dimension is unrated again, out of the score, and stays so after a reload', async () => {
    // An interviewer rates only the dimensions their exercise covers; a slip of the mouse on another one must not count.
    const context = await site.browser.newContext();
    const { page, model } = await open(context);
    const [first, second] = model.dimensions;
    await radio(page, second!.label, lowest(model)).check();
    await radio(page, first!.label, highest(model)).check();
    await expect.poll(() => result(page).textContent()).toContain(headline(model, { [first!.competency]: highest(model), [second!.competency]: lowest(model) }));
    const notRated = group(page, first!.label).getByRole('radio', { name: /^Not rated/ });
    await notRated.check();
    await expect.poll(() => result(page).textContent()).toContain(headline(model, { [second!.competency]: lowest(model) }));
    await expect.poll(async () => (JSON.parse((await stored(page)) ?? '{}') as { data?: { candidates?: { ratings: Record<string, number> }[] } }).data?.candidates?.[0]?.ratings).toEqual({ [second!.competency]: lowest(model) });
    await page.reload();
    await calculatorReady(page);
    expect(await notRated.isChecked()).toBe(true);
    for (const step of model.scale) expect(await radio(page, first!.label, step.rating).isChecked()).toBe(false);
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

  it('draws the sticky result bar only once the ratings are scrolled into and not beside the result, so it covers nothing on a phone’s first view nor the result’s detail', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 900 }, isMobile: true, hasTouch: true });
    const { page, model } = await open(context);
    const bar = page.locator('[data-sc="sticky"]');
    const onScreen = async () => {
      const box = await bar.boundingBox();
      return !!box && box.y < 900 && box.y + box.height > 0;
    };
    // The first view: the bar's place is on the screen, over the candidate panel, and it is not drawn there.
    await expect.poll(onScreen).toBe(true);
    await expect.poll(() => bar.isVisible()).toBe(false);
    // In the ratings it is drawn; a jump straight past their heading counts as a scroll through it.
    await page.evaluate(() => [...document.querySelectorAll('fieldset.sc-dimension')].at(-1)!.scrollIntoView());
    await expect.poll(() => bar.isVisible()).toBe(true);
    await expect.poll(() => bar.textContent()).toContain(headline(model, {}));
    // Beside the result it repeats, it is not drawn over the result's detail.
    await page.evaluate(() => document.querySelector('[data-sc="outcome"]')!.scrollIntoView({ block: 'center' }));
    await expect.poll(() => bar.isVisible()).toBe(false);
    await page.evaluate(() => [...document.querySelectorAll('fieldset.sc-dimension')].at(-1)!.scrollIntoView());
    await expect.poll(() => bar.isVisible()).toBe(true);
    // Back at the top of the page, it is out of the way again.
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => bar.isVisible()).toBe(false);
    await context.close();
  });

  it('keeps a long candidate name to one line of the sticky result bar, so the bar never grows over a phone’s screen', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 700 }, isMobile: true, hasTouch: true });
    const { page } = await open(context);
    const bar = page.locator('[data-sc="sticky"]');
    const name = page.getByLabel('Name', { exact: true });
    await page.evaluate(() => [...document.querySelectorAll('fieldset.sc-dimension')].at(-1)!.scrollIntoView());
    await expect.poll(() => bar.isVisible()).toBe(true);
    const short = (await bar.boundingBox())!.height;
    // As long a name as the calculator keeps, in words, as a name with a note in it would be.
    const long = 'Maria Fernanda de los Angeles Garcia Rodriguez, referred by the platform team, second loop after a rescheduled onsite';
    expect(long.length).toBeLessThanOrEqual(Number(await name.getAttribute('maxlength')));
    await name.fill(long);
    await page.evaluate(() => [...document.querySelectorAll('fieldset.sc-dimension')].at(-1)!.scrollIntoView());
    await expect.poll(() => bar.textContent()).toContain(long.slice(0, 20));
    const lineHeight = await bar.evaluate((e) => parseFloat(getComputedStyle(e).lineHeight));
    expect((await bar.boundingBox())!.height).toBeLessThanOrEqual(short + lineHeight + 1);
    await context.close();
  });

  it('holds the result below the bands a decision floor rules out, names the rating that did it, and names a low rating no floor covers', async () => {
    const context = await site.browser.newContext();
    const { page, model } = await open(context);
    const floor = model.floors[0];
    if (!floor) throw new Error('This test needs a decision floor in the scorecard.');
    // The dimension the floor applies to, rated at the floor; every other dimension at the top.
    const floored = model.dimensions.find((d) => (floor.minWeight !== undefined && d.weight >= floor.minWeight) || floor.dimensions.includes(d.competency))!;
    const ratings = Object.fromEntries(model.dimensions.map((d) => [d.competency, d === floored ? floor.ratingAtOrBelow : highest(model)]));
    for (const d of model.dimensions) await radio(page, d.label, ratings[d.competency]!).check();
    const expected = computeScorecard(model, { ratings, notes: {}, redFlags: [] });
    expect(floor.blocks).not.toContain(expected.band!.id);
    await expect.poll(() => result(page).textContent()).toContain(describeResult(model, expected).headline);
    await expect.poll(() => result(page).textContent()).toContain(`${floored.label} is rated ${floor.ratingAtOrBelow}`);
    await expect.poll(() => page.locator('[data-sc="warnings"]').textContent()).toContain('Decision floor:');

    // The same rating on each dimension no floor covers (too light, not named): the band stands, but
    // the result says which rating it is instead of the band's own meaning, and lists it before the debrief.
    const uncovered = model.dimensions.filter((d) => !model.floors.some((f) => floorAppliesTo(f, d)));
    for (const light of uncovered) {
      const ratings = Object.fromEntries(model.dimensions.map((d) => [d.competency, d === light ? floor.ratingAtOrBelow : highest(model)]));
      for (const d of model.dimensions) await radio(page, d.label, ratings[d.competency]!).check();
      const expected = computeScorecard(model, { ratings, notes: {}, redFlags: [] });
      const { headline, detail } = describeResult(model, expected);
      await expect.poll(() => page.locator('[data-sc="headline"]').textContent()).toBe(headline);
      expect(await page.locator('[data-sc="detail"]').textContent()).toBe(detail);
      expect(detail).toContain(`${light.label} is rated ${floor.ratingAtOrBelow}`);
      if (floor.blocks.includes(expected.band!.id)) expect(detail).not.toContain(expected.band!.meaning);
      await expect.poll(() => page.locator('[data-sc="warnings"]').textContent()).toContain(`${light.label} is rated ${floor.ratingAtOrBelow}`);
    }
    await context.close();
  });

  it('keeps every change made in two tabs, and the interviewer’s name is part of the export', async () => {
    const context = await site.browser.newContext({ acceptDownloads: true });
    const { page: one, model } = await open(context);
    const { page: two } = await open(context);
    const [first, second] = model.dimensions;
    await one.getByLabel('Name', { exact: true }).fill('Ada Example');
    await expect.poll(() => two.getByLabel('Name', { exact: true }).inputValue()).toBe('Ada Example');
    // The second tab's blank draft, never stored, gave way to the first tab's candidate: nothing was deleted.
    expect(await panel(two).status.textContent()).not.toMatch(/deleted/);
    await radio(one, first!.label, highest(model)).check();
    await radio(two, second!.label, lowest(model)).check();
    await two.getByLabel('Your name, as the debrief shows it').fill('Sam Rivera');
    // Each tab shows the other's change at once, and the store holds both.
    await expect.poll(() => radio(two, first!.label, highest(model)).isChecked()).toBe(true);
    await expect.poll(() => radio(one, second!.label, lowest(model)).isChecked()).toBe(true);
    const data = JSON.parse((await stored(one))!).data;
    expect(data.candidates[0].ratings).toEqual({ [first!.competency]: highest(model), [second!.competency]: lowest(model) });
    const { download, text } = await downloadText(one, one.getByRole('button', { name: 'Export this candidate for the debrief (JSON)' }));
    expect(download.suggestedFilename()).toMatch(/^scorecard-ada-example-sam-rivera-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(text).data).toMatchObject({ interviewer: 'Sam Rivera', candidates: [{ name: 'Ada Example' }] });
    await context.close();
  });

  it('keeps the untouched candidate on screen when another is added beside it', async () => {
    // A reader's find: on a fresh page showing “Candidate 1”, “Add a candidate” said “Added Candidate 1.” and left one candidate.
    const context = await site.browser.newContext();
    const { page } = await open(context);
    const select = page.getByLabel('Candidate on screen');
    const shown = await select.locator('option').allTextContents();
    expect(shown).toHaveLength(1);
    await page.getByRole('button', { name: 'Add a candidate' }).click();
    await expect.poll(() => select.locator('option').allTextContents()).toHaveLength(2);
    const names = await select.locator('option').allTextContents();
    expect(names[0]).toBe(shown[0]);
    expect(new Set(names).size).toBe(2);
    await expect.poll(() => select.locator('option:checked').textContent()).toBe(names[1]);
    await context.close();
  });

  it('never saves text typed for a candidate another tab deleted into another candidate, and can bring it back with the text', async () => {
    // The tester's find: tab A types evidence for Bob, tab B deletes Bob; “Keep my text” in A saved it into Cat.
    const context = await site.browser.newContext();
    const { page: a, model } = await open(context);
    const { page: b } = await open(context);
    const first = model.dimensions[0]!;
    await a.getByLabel('Name', { exact: true }).fill('Cat');
    await a.getByRole('button', { name: 'Add a candidate' }).click();
    await a.getByLabel('Name', { exact: true }).fill('Bob');
    const notesA = a.locator(`textarea[data-note="${first.competency}"]`);
    await notesA.fill('Bob explained the rollback plan.');
    await notesA.focus();
    await expect.poll(async () => [...(await b.locator('[data-sc="select"] option').allTextContents())]).toEqual(['Cat', 'Bob']);
    await b.locator('[data-sc="select"]').selectOption({ label: 'Bob' });
    await b.getByRole('button', { name: 'Delete this candidate' }).click();
    // Tab A says at once which candidate was deleted; the text stays in the field and is saved nowhere.
    await expect.poll(() => messageOf(notesA)).toContain('The candidate “Bob” was deleted in another tab');
    expect(await notesA.inputValue()).toBe('Bob explained the rollback plan.');
    await expect(a.getByRole('button', { name: 'Keep my text' }).count()).resolves.toBe(0);
    await notesA.pressSequentially(' More.');
    const candidates = async () => JSON.parse((await stored(a))!).data.candidates as { name: string; notes: Record<string, string> }[];
    expect((await candidates()).map((c) => [c.name, c.notes[first.competency] ?? ''])).toEqual([['Cat', '']]);
    // Bringing Bob back keeps the text, in Bob's scorecard, and shows him again in both tabs.
    await a.getByRole('button', { name: 'Keep the candidate “Bob”, with my text' }).click();
    await expect.poll(async () => (await candidates()).map((c) => [c.name, c.notes[first.competency] ?? ''])).toEqual([
      ['Cat', ''],
      ['Bob', 'Bob explained the rollback plan. More.'],
    ]);
    await expect.poll(() => a.locator('[data-sc="select"] option:checked').textContent()).toBe('Bob');
    expect(await messageOf(notesA)).toBe('');
    await expect.poll(async () => b.locator('[data-sc="select"] option').allTextContents()).toEqual(['Cat', 'Bob']);

    // Deleted again while typed in: letting the text go shows the candidate on screen as stored.
    await notesA.focus();
    await b.locator('[data-sc="select"]').selectOption({ label: 'Bob' });
    await b.getByRole('button', { name: 'Delete this candidate' }).click();
    await expect.poll(() => messageOf(notesA)).toContain('The candidate “Bob” was deleted in another tab');
    await a.getByRole('button', { name: 'Let my text go' }).click();
    expect(await notesA.inputValue()).toBe('');
    expect((await candidates()).map((c) => [c.name, c.notes[first.competency] ?? ''])).toEqual([['Cat', '']]);
    await context.close();
  });

  it('keeps a rating clicked in tab A when tab B’s save of other notes carries back A’s older rating, and shows B’s rating when B rates the same dimension', async () => {
    const context = await site.browser.newContext();
    const { page: a, model } = await open(context);
    const { page: b } = await open(context);
    const [d0, d1] = model.dimensions as [ScorecardModel['dimensions'][number], ScorecardModel['dimensions'][number]];
    const [older, newer] = [lowest(model), highest(model)];
    // B's own rating differs from both of A's, or showing it could pass unseen.
    const theirs = model.scale.find((s) => s.rating !== older && s.rating !== newer)?.rating;
    expect(new Set([older, newer, theirs]).size, 'three ratings on the scale').toBe(3);
    await radio(a, d0.label, older).check();
    await radio(a, d0.label, newer).check();
    await expect.poll(() => radio(b, d0.label, newer).isChecked()).toBe(true);
    // Tab B's save of its notes as a browser may make it: on the data as B read it before A's last
    // click reached it, so with A's older rating, under the revision A's click wrote.
    await b.evaluate(
      ({ d0, d1, older }) => {
        const envelope = JSON.parse(localStorage.getItem('handbook:scorecard')!);
        const candidate = envelope.data.candidates[0];
        candidate.ratings[d0] = older;
        candidate.notes[d1] = 'Typed in tab B';
        localStorage.setItem('handbook:scorecard', JSON.stringify(envelope));
      },
      { d0: d0.competency, d1: d1.competency, older },
    );
    // Read in B, which sees its own write at once: A's copy may not hold it yet, and would then show A's own click.
    const candidate = async () => JSON.parse((await stored(b))!).data.candidates[0] as { ratings: Record<string, number>; notes: Record<string, string> };
    await expect.poll(async () => (await candidate()).ratings[d0.competency]).toBe(newer);
    expect((await candidate()).notes[d1.competency]).toBe('Typed in tab B');
    await expect.poll(() => radio(b, d0.label, newer).isChecked()).toBe(true);
    expect(await radio(a, d0.label, newer).isChecked()).toBe(true);

    // B rates the same dimension: that is another tab's choice, shown in A as any change of B's is.
    await radio(b, d0.label, theirs!).check();
    await expect.poll(() => radio(a, d0.label, theirs!).isChecked()).toBe(true);
    expect((await candidate()).ratings[d0.competency]).toBe(theirs);
    await context.close();
  });

  it('keeps a red flag ticked in tab A when tab B’s save of other notes carries back A’s older, unticked flag, and shows B’s own untick and tick of it', async () => {
    const context = await site.browser.newContext();
    const { page: a, model } = await open(context);
    const { page: b } = await open(context);
    const [d0, d1] = model.dimensions as [ScorecardModel['dimensions'][number], ScorecardModel['dimensions'][number]];
    const flag = model.redFlags[0]!;
    const box = (page: Page) => page.getByRole('checkbox', { name: flag.text });
    // A rating first, so that the candidate is stored before the flag is ticked.
    await radio(a, d0.label, lowest(model)).check();
    await box(a).check();
    await expect.poll(() => box(b).isChecked()).toBe(true);
    // Tab B's save of its notes as a browser may make it: on the data as B read it before A's tick
    // reached it, so without the flag, under the revision A's tick wrote.
    await b.evaluate(
      ({ flag, d1 }) => {
        const envelope = JSON.parse(localStorage.getItem('handbook:scorecard')!);
        const candidate = envelope.data.candidates[0];
        candidate.redFlags = candidate.redFlags.filter((id: string) => id !== flag);
        candidate.notes[d1] = 'Typed in tab B';
        localStorage.setItem('handbook:scorecard', JSON.stringify(envelope));
      },
      { flag: flag.id, d1: d1.competency },
    );
    // Read in B, which sees its own write at once: A's copy may not hold it yet.
    const candidate = async () => JSON.parse((await stored(b))!).data.candidates[0] as { redFlags: string[]; notes: Record<string, string> };
    await expect.poll(async () => (await candidate()).redFlags).toContain(flag.id);
    expect((await candidate()).notes[d1.competency]).toBe('Typed in tab B');
    await expect.poll(() => box(b).isChecked()).toBe(true);
    expect(await box(a).isChecked()).toBe(true);

    // B unticks and ticks the same flag: each is another tab's choice, shown in A as any change of B's is.
    await box(b).uncheck();
    await expect.poll(() => box(a).isChecked()).toBe(false);
    expect((await candidate()).redFlags).not.toContain(flag.id);
    await box(b).check();
    await expect.poll(() => box(a).isChecked()).toBe(true);
    expect((await candidate()).redFlags).toContain(flag.id);
    await context.close();
  });

  it('keeps the choice between two tabs’ texts about the candidate they were typed for, when another one is picked first', async () => {
    const context = await site.browser.newContext();
    const { page: a, model } = await open(context);
    const { page: b } = await open(context);
    const first = model.dimensions[0]!;
    await a.getByLabel('Name', { exact: true }).fill('Cat');
    await a.getByRole('button', { name: 'Add a candidate' }).click();
    await a.getByLabel('Name', { exact: true }).fill('Bob');
    await expect.poll(() => b.locator('[data-sc="select"] option').allTextContents()).toEqual(['Cat', 'Bob']);
    await b.locator('[data-sc="select"]').selectOption({ label: 'Bob' });
    const notesA = a.locator(`textarea[data-note="${first.competency}"]`);
    await notesA.fill('Typed in tab A');
    await notesA.focus();
    await b.locator(`textarea[data-note="${first.competency}"]`).fill('Typed in tab B');
    await expect.poll(() => messageOf(notesA)).toContain('Another tab changed this text');
    // Tab A picks Cat before choosing; keeping its text saves it into Bob's scorecard, never Cat's.
    await a.locator('[data-sc="select"]').selectOption({ label: 'Cat' });
    await a.getByRole('button', { name: 'Keep my text' }).click();
    const notes = async () => (JSON.parse((await stored(a))!).data.candidates as { name: string; notes: Record<string, string> }[]).map((c) => [c.name, c.notes[first.competency] ?? '']);
    await expect.poll(notes).toEqual([
      ['Cat', ''],
      ['Bob', 'Typed in tab A'],
    ]);
    await expect.poll(() => a.locator('[data-sc="select"] option:checked').textContent()).toBe('Bob');
    await context.close();
  });

  it('shows a failed save next to the control and never claims to have saved', async () => {
    const context = await site.browser.newContext();
    const { page, model } = await open(context);
    const [first, second] = model.dimensions;
    await radio(page, first!.label, lowest(model)).check();
    const before = await stored(page);
    await fillStorage(page);
    // A rating of another dimension makes the stored value longer than the room left.
    const control = radio(page, second!.label, highest(model));
    await control.click();
    await expect.poll(() => messageOf(control)).toContain('storage for the site is full');
    await expect.poll(() => panel(page).saveStatus.textContent()).toMatch(/^Not saved/);
    expect(await stored(page)).toBe(before);
    await expect.poll(() => control.isChecked()).toBe(false);
    await freeStorage(page);
    await control.check();
    await expect.poll(() => panel(page).saveStatus.textContent()).toBe('Every change is saved in this browser.');
    await context.close();
  });

  it('in a full storage says what became of each refused change: a choice is not kept, typed notes stay in their box, out of an export, and leaving asks', async () => {
    const context = await site.browser.newContext();
    const { page, model } = await open(context);
    const [first, second] = model.dimensions;
    await radio(page, first!.label, lowest(model)).check();
    const before = await stored(page);
    await fillStorage(page);
    const choice = radio(page, second!.label, highest(model));
    await choice.click();
    await expect.poll(() => messageOf(choice)).toMatch(/storage for the site is full.*This change is not kept: the page shows what is stored/);
    await expect.poll(() => choice.isChecked()).toBe(false);
    const notes = page.locator(`textarea[data-note="${first!.competency}"]`);
    const typed = 'Notes typed while the storage is full.';
    await notes.fill(typed);
    await expect.poll(() => messageOf(notes)).toMatch(/storage for the site is full.*saved nowhere, not even in an export/);
    expect(await messageOf(notes)).not.toMatch(/Export your data/);
    expect([await notes.inputValue(), await stored(page)]).toEqual([typed, before]);
    const leavingAsks = () => page.evaluate(() => !window.dispatchEvent(new Event('beforeunload', { cancelable: true })));
    expect(await leavingAsks()).toBe(true);
    // An import refused is no change the page redrew: the store's message alone, nothing said of a change not kept.
    const importField = page.getByLabel('Import a JSON export');
    const candidate = { id: 'c-new', name: 'Imported Candidate', updatedAt: '', ratings: {}, notes: {}, redFlags: [] };
    const file = { format: 'ml-career-handbook', tool: 'scorecard', version: 1, savedAt: '', data: { role: model.role, currentId: 'c-new', candidates: [candidate] } };
    await importField.setInputFiles({ name: 'more.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    // The stored candidate is not in the file (a replace would remove it), so the import asks first:
    // the refusal comes on the reader's choice, whose question must not stay said.
    await page.getByRole('button', { name: 'Merge into what is here' }).click();
    await expect.poll(() => messageOf(importField)).toMatch(/storage for the site is full/);
    expect(await messageOf(importField)).not.toMatch(/This change is not kept|the page shows what is stored|Make it again/);
    // The question went with the refused choice: no line still asks to choose below it.
    expect(await panel(page).importPlan.isVisible()).toBe(false);
    expect(await panel(page).status.textContent()).not.toContain('more.json');
    expect(await stored(page)).toBe(before);
    await freeStorage(page);
    await notes.fill(`${typed} Saved now.`);
    await expect.poll(() => stored(page)).toContain(`${typed} Saved now.`);
    expect(await leavingAsks()).toBe(false);
    await context.close();
  });

  it('keeps a corrupted candidate aside, downloadable, and loads the others', async () => {
    const context = await site.browser.newContext({ acceptDownloads: true });
    const model = modelOf(/<script[^>]*data-scorecard-model[^>]*>([\s\S]*?)<\/script>/.exec(await (await fetch(site.url + path)).text())?.[1] ?? null);
    const [first] = model.dimensions;
    const good = { id: 'c-good', name: 'Kept Candidate', updatedAt: '', ratings: { [first!.competency]: highest(model) }, notes: {}, redFlags: [] };
    const bad = { ...good, id: 'c-bad', name: 'Broken Candidate', ratings: { [first!.competency]: highest(model) + 5 } };
    await seedStorage(context, { 'handbook:scorecard': JSON.stringify({ format: 'ml-career-handbook', tool: 'scorecard', version: 1, savedAt: '', data: { role: model.role, currentId: 'c-bad', candidates: [bad, good] } }) });
    const page = await context.newPage();
    page.on('dialog', (d) => void d.accept());
    await page.goto(site.url + path);
    await calculatorReady(page);
    await expect.poll(() => page.getByLabel('Candidate on screen').locator('option').allTextContents()).toEqual(['Kept Candidate']);
    await expect.poll(() => page.locator('[data-tool="alert"]').textContent()).toContain('1 candidate could not be read');
    const kept = panel(page).kept.locator('li');
    await expect.poll(() => kept.count()).toBe(1);
    await expect(kept.textContent()).resolves.toContain('Broken Candidate');
    const { text } = await downloadText(page, kept.getByRole('button', { name: /^Download / }));
    expect(JSON.parse(text)).toEqual(bad);
    expect(Object.keys(await storedEntries(page, 'handbook:scorecard:unreadable:'))).toHaveLength(1);
    await context.close();
  });

  it('imports a file of candidates already here without duplicates, asks before updating one, and undoes', async () => {
    const context = await site.browser.newContext({ acceptDownloads: true });
    const { page, model } = await open(context);
    const [first] = model.dimensions;
    await page.getByLabel('Name', { exact: true }).fill('Ada Example');
    await radio(page, first!.label, highest(model)).check();
    const { text: file } = await downloadText(page, page.getByRole('button', { name: 'Export all candidates (JSON)' }));
    const importField = page.getByLabel('Import a JSON export');
    const importFile = (text: string) => importField.setInputFiles({ name: 'scorecards.json', mimeType: 'application/json', buffer: Buffer.from(text) });

    await importFile(file);
    await expect.poll(() => panel(page).status.textContent()).toContain('Nothing to import');
    await expect.poll(() => page.getByLabel('Candidate on screen').locator('option').count()).toBe(1);

    // Changed here since the export: the same file would update the candidate, so the page asks.
    await radio(page, first!.label, lowest(model)).check();
    const before = await stored(page);
    await importFile(file);
    await expect.poll(() => panel(page).importPlan.isVisible()).toBe(true);
    await expect(panel(page).importPlan.textContent()).resolves.toContain('updates 1 candidate already here (“Ada Example”)');
    expect(await stored(page)).toBe(before);
    // Escape in the choice is its Cancel: nothing changes, and the focus goes back to the import field.
    await page.getByRole('button', { name: 'Merge into what is here' }).focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => panel(page).importPlan.isVisible()).toBe(false);
    await expect.poll(() => panel(page).status.textContent()).toContain('nothing was changed');
    expect(await importField.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await stored(page)).toBe(before);
    await importFile(file);
    await expect.poll(() => panel(page).importPlan.isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Merge into what is here' }).click();
    await expect.poll(() => radio(page, first!.label, highest(model)).isChecked()).toBe(true);
    await expect.poll(() => page.getByLabel('Candidate on screen').locator('option').count()).toBe(1);
    await panel(page).undo.click();
    await expect.poll(() => radio(page, first!.label, lowest(model)).isChecked()).toBe(true);
    expect(JSON.parse((await stored(page))!).data).toEqual(JSON.parse(before!).data);

    // Deleting everything can be undone too.
    await page.getByRole('button', { name: 'Delete all candidates' }).click();
    await expect.poll(() => stored(page)).toBeNull();
    await panel(page).undo.click();
    await expect.poll(() => page.getByLabel('Name', { exact: true }).inputValue()).toBe('Ada Example');
    await context.close();
  });

  it('shows the whole rubric and a note without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url + path);
    const model = modelOf(await page.locator('script[data-scorecard-model]').textContent());
    // Playwright's text selectors skip <noscript>, so the note is found by its class.
    const note = page.locator('.tool-noscript');
    await expect.poll(() => note.isVisible()).toBe(true);
    await expect.poll(() => note.innerText()).toContain('The calculator needs JavaScript');
    await expect.poll(() => page.locator('fieldset.sc-dimension').count()).toBe(model.dimensions.length);
    for (const d of model.dimensions) {
      const options = group(page, d.label).locator('.sc-option');
      await expect.poll(() => options.count(), { message: d.label }).toBe(model.scale.length);
      // Each step of the scale has its anchor: what that rating looks like for the dimension.
      for (const anchor of await options.locator('.sc-anchor').allInnerTexts()) expect(anchor.trim(), d.label).not.toBe('');
    }
    await expect.poll(() => page.locator('[data-tool-enhanced]:visible').count()).toBe(0);
    // No room is kept for the sticky result bar that only scripts draw: a jump to an anchor or a
    // field stops at the screen's bottom edge, as on any other page.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollPaddingBottom)).toBe('auto');
    await context.close();
  });
});
