import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, BrowserContextOptions, Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Ladder } from '~/lib/self-assessment';
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

/** Lead aiming for Staff: the levels demonstrated per competency. */
const ratings: Record<string, string> = {
  'ml-system-design': 'staff-ml-engineer',
  'software-engineering': 'lead-ml-engineer',
  'mlops-operations': 'lead-ml-engineer',
  'data-quality-pipelines': 'senior-ml-engineer',
  'evaluation-measurement': 'lead-ml-engineer',
  'leadership-mentorship': 'lead-ml-engineer',
  'communication-collaboration': 'staff-ml-engineer',
};
/** Ranked by gap (+1 each), then scorecard weight (15, 10, 10), then ladder order; then the scope gaps (20, 20). */
const expectedGaps = ['data-quality-pipelines', 'evaluation-measurement', 'leadership-mentorship', 'software-engineering', 'mlops-operations'];
const notes = 'Led the feature-store migration for three teams.\nRCA and follow-ups: see links.';
const links = ['https://example.org/design/feature-store', 'https://example.org/rca/42'];

async function rateLeadToStaff(page: Page): Promise<void> {
  await page.locator('#sa-level-current').selectOption('lead-ml-engineer');
  await page.locator('#sa-level-target').selectOption('staff-ml-engineer');
  for (const [competency, level] of Object.entries(ratings)) await page.locator(`#sa-rate-${competency}-${level}`).check();
  await page.locator('#sa-notes-ml-system-design').fill(notes);
  await page.locator('#sa-links-ml-system-design').fill(links.join('\n'));
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
    const staff = ladder.levels.find((l) => l.id === 'staff-ml-engineer')!;
    const behaviour = staff.expectations['mlops-operations']!.behaviours[0]!;
    await expect(page.locator('#sa-rate-mlops-operations-staff-ml-engineer-does').textContent()).resolves.toContain(behaviour);
    expect(await page.locator('.sa-option[data-sa-option]:visible').count()).toBe(ladder.levels.length * ladder.competencies.length);
    expect(await page.locator('[data-sa-control]:not([disabled])').count()).toBe(0);
    await context.close();
  });

  it('takes a Lead aiming for Staff from ratings to a ranked gap list, and keeps it across a reload', async () => {
    const { context, page, ladder, requests, errors } = await open();
    // Before any choice every level is offered; choosing two IC levels leaves the IC track's four.
    await rateLeadToStaff(page);
    expect(await page.locator('#rate-ml-system-design .sa-option[data-sa-option]:visible').count()).toBe(4);
    await page.reload();
    await page.locator('html[data-sa-ready]').waitFor({ state: 'attached' });

    const state = await shown(page, ladder);
    expect(state['current']).toBe('lead-ml-engineer');
    expect(state['target']).toBe('staff-ml-engineer');
    for (const [c, level] of Object.entries(ratings)) expect((state[c] as { rating: string }).rating, c).toBe(level);
    expect(state['ml-system-design']).toEqual({ rating: 'staff-ml-engineer', notes, links: links.join('\n') });

    // The chart: seven focusable points per series, each named after its competency and value.
    const you = page.locator('[data-sa-chart] [data-series="you"] .radar-point');
    const target = page.locator('[data-sa-chart] [data-series="target"] .radar-point');
    expect(await you.count()).toBe(7);
    expect(await target.count()).toBe(7);
    const names = await you.evaluateAll((els) => els.map((e) => [e.getAttribute('tabindex'), e.getAttribute('aria-label')]));
    expect(names[3]).toEqual(['0', 'Data quality & pipelines — you demonstrate Senior MLE: 3 of 5']);
    await expect(target.first().getAttribute('aria-label')).resolves.toBe('ML system design — target Staff MLE expects 4 of 5');
    await you.first().focus();
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe('ML system design — you demonstrate Staff MLE: 4 of 5');
    await expect(page.getByRole('img', { name: 'Leadership & mentorship — you demonstrate Lead MLE: 3 of 5' }).count()).resolves.toBe(1);
    // The table is the chart's alternative.
    const row = page.locator('[data-sa-table] tbody tr', { hasText: 'Data quality & pipelines' });
    await expect(row.locator('td').allTextContents()).resolves.toEqual(['Senior MLE (3)', '4', '+1']);

    // The gap list: ranked, with the target's expectation and evidence, linked to the level page.
    const gaps = page.locator('[data-sa-gap-list] > li');
    await expect(gaps.evaluateAll((els) => els.map((e) => e.getAttribute('data-competency')))).resolves.toEqual(expectedGaps);
    const first = gaps.first();
    const staff = ladder.levels.find((l) => l.id === 'staff-ml-engineer')!;
    await expect(first.locator('ul').first().textContent()).resolves.toContain(staff.expectations['data-quality-pipelines']!.behaviours[0]!);
    await expect(first.textContent()).resolves.toContain(staff.expectations['data-quality-pipelines']!.evidence[0]!);
    await expect(first.locator('a').first().getAttribute('href')).resolves.toBe('/ladder/levels/staff-ml-engineer/#data-quality-pipelines');
    // Every gap links to the competency's section of the target's level page, which must exist.
    for (const href of await page.locator('[data-sa-gap-list] h3 ~ .sa-gap-links a[href^="/ladder/"]').evaluateAll((els) => els.map((e) => e.getAttribute('href')!))) {
      const [file, anchor] = href.split('#');
      expect(readFileSync(join(distDir, file!, 'index.html'), 'utf8'), href).toContain(` id="${anchor}"`);
    }
    await expect(page.locator('[data-sa-gap-summary]').textContent()).resolves.toContain('Already at the target: ML system design, Communication & collaboration.');

    // The plan shows the evidence; links become links.
    await expect(page.locator('[data-sa-plan] a').evaluateAll((els) => els.map((e) => e.getAttribute('href')))).resolves.toEqual(links);

    expect(noNetworkUse(requests)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('exports JSON and Markdown, clears, and imports the export back without loss', async () => {
    const { context, page, ladder, requests } = await open();
    await rateLeadToStaff(page);
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
    expect(markdown).toContain('# Growth plan: Lead Machine Learning Engineer → Staff Machine Learning Engineer');
    expect(markdown).toContain('Level demonstrated: Senior Machine Learning Engineer (proficiency 3 of 5).');
    expect(markdown).toContain('> Led the feature-store migration for three teams.');
    expect(markdown).toContain(`- <${links[0]}>`);

    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Clear everything' }).click();
    expect(await stored(page)).toBeNull();
    await expect(page.locator('#sa-level-target').inputValue()).resolves.toBe('');
    expect(await page.locator('input[name="sa-rate-ml-system-design"]:checked').getAttribute('value')).toBe('');
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
    await rateLeadToStaff(page);
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
    await rateLeadToStaff(page);
    await page.getByRole('button', { name: 'Copy share link' }).click();
    const link = await page.locator('#sa-share-url').inputValue();
    expect(link).toContain('#sa=1&current=lead-ml-engineer&target=staff-ml-engineer&ml-system-design=staff-ml-engineer');
    expect(link).not.toMatch(/feature-store|example\.org|migration/);
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(link);
    const hash = link.slice(link.indexOf('#'));

    // A browser with nothing stored takes the link as it is.
    const other = await open({}, hash);
    const shownThere = await shown(other.page, ladder);
    for (const [c, level] of Object.entries(ratings)) expect((shownThere[c] as { rating: string }).rating).toBe(level);
    expect(shownThere['ml-system-design']).toMatchObject({ notes: '' });
    expect(other.page.url()).not.toContain('#');
    await other.context.close();

    // This browser holds notes and different ratings: the page asks, and keeps the notes when applying.
    await page.locator('#sa-rate-ml-system-design-senior-ml-engineer').check();
    const again = await open({}, hash, context);
    const prompt = again.page.getByRole('region', { name: 'Share link' });
    await prompt.waitFor();
    expect(await again.page.locator('input[name="sa-rate-ml-system-design"]:checked').getAttribute('value')).toBe('senior-ml-engineer');
    await prompt.getByRole('button', { name: 'Use the link’s levels and ratings' }).click();
    expect(await again.page.locator('input[name="sa-rate-ml-system-design"]:checked').getAttribute('value')).toBe('staff-ml-engineer');
    await expect(again.page.locator('#sa-notes-ml-system-design').inputValue()).resolves.toBe(notes);
    expect(await prompt.isVisible()).toBe(false);

    // A link pasted into the address bar of the open page is read too; “Keep mine” changes nothing.
    await page.evaluate((h) => (location.hash = h), hash);
    const asked = page.getByRole('region', { name: 'Share link' });
    await asked.waitFor();
    const storedBefore = await stored(page);
    await asked.getByRole('button', { name: 'Keep mine' }).click();
    expect(await page.locator('input[name="sa-rate-ml-system-design"]:checked').getAttribute('value')).toBe('senior-ml-engineer');
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
      const { page } = await open({}, '', context);
      await rateLeadToStaff(page);
      await page.getByRole('button', { name: 'Copy share link' }).click();
      found.push(...(await axe(page, `${theme} ${viewport.width}px`)));
      await context.close();
    }
    expect(axeReport(found)).toEqual([]);
  });

  it('prints the chart, the gaps and the evidence, without navigation or the form', async () => {
    const { context, page } = await open();
    await rateLeadToStaff(page);
    await page.emulateMedia({ media: 'print' });
    const visible = async (selector: string) => page.locator(selector).first().isVisible();
    expect(await visible('[data-sa-chart] svg')).toBe(true);
    expect(await visible('[data-sa-gap-list] > li')).toBe(true);
    expect(await visible('[data-sa-plan] .sa-plan-notes')).toBe(true);
    expect(await visible('#gaps-to-close')).toBe(true);
    for (const hidden of ['.page > header', 'nav.sidebar', '#rate-ml-system-design', '#sa-level-current', '[data-sa-action="export-json"]', '#rate-each-competency'])
      expect(await visible(hidden), hidden).toBe(false);
    await context.close();
  });
});
