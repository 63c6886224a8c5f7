/**
 * The code that reads an import is loaded when a reader imports (src/components/tools/lazy-code.ts),
 * not with the page: a reader who went offline since the page loaded is told so in the import
 * field, nothing stored changes, and the same file is imported once the code can be loaded. On a
 * slow network the reader may choose a file, and another, before the code arrives: nothing is
 * changed until it does, the status line says which file is being read, and then the file they
 * chose last is the one imported. Once the code is loaded, that line is never shown (no flash).
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBuiltSite } from '../support/built-site';
import { engineer, recordFile, team } from '../support/growth-scenario';
import { builtModel, openTool, ownKey, storedRecord, storedTeam, teamKey } from '../support/growth-browser';
import { dataPanel, messageOf, seedStorage } from '../support/tool-storage';
import { backOnline, goOffline, holdScripts } from '../support/script-loading';
import { readingLine } from '~/components/tools/lazy-code';
import { importReady } from '~/components/tools/import-lines';

const site = useBuiltSite();
const model = builtModel();

const storage = (page: Page) => page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

describe('an import whose code cannot be loaded', () => {
  it('says so in the data panel’s import field, changes nothing stored, and imports the file once it can', async () => {
    const context: BrowserContext = await site.browser.newContext();
    const ada = engineer(model);
    await seedStorage(context, { [ownKey]: recordFile(ada) });
    const { page } = await openTool(context, site.url, 'checkIns');
    const input = page.locator('#ci-import');
    const panel = dataPanel(page.locator('handbook-check-ins'));
    const before = await storage(page);
    await goOffline(page);
    const other = engineer(model, 'Bo Example');
    await input.setInputFiles(file('bo.json', recordFile(other)));
    await expect.poll(() => messageOf(input)).toMatch(/could not load the code that reads an import.*Nothing was changed.*“bo\.json”/);
    expect(await panel.importPlan.isVisible()).toBe(false);
    expect(await storage(page)).toBe(before);

    await backOnline(page);
    await input.setInputFiles(file('bo.json', recordFile(other)));
    await expect.poll(() => panel.status.textContent()).toContain('“bo.json”');
    expect(await messageOf(input)).not.toMatch(/could not load/);
    expect((await storedRecord(page))!.id).toBe(ada.id);
    await context.close();
  });

  it('says so in the team import’s field, and changes nothing stored', async () => {
    const context = await site.browser.newContext();
    const { page } = await openTool(context, site.url, 'manager');
    const input = page.locator('#mv-people');
    const before = await storage(page);
    await goOffline(page);
    await input.setInputFiles(file('ada.json', recordFile(engineer(model))));
    await expect.poll(() => messageOf(input)).toMatch(/could not load the code that reads an import.*Nothing was changed/);
    expect(await page.locator('[data-team-plan]').isVisible()).toBe(false);
    expect(await storage(page)).toBe(before);
    expect(await page.evaluate((k) => localStorage.getItem(k), teamKey)).toBe(null);

    await backOnline(page);
    await input.setInputFiles(file('ada.json', recordFile(engineer(model))));
    await expect.poll(() => page.locator('[data-team-plan]').isVisible()).toBe(true);
    expect(await messageOf(input)).not.toMatch(/could not load/);
    expect(await storedTeam(page)).toBe(null);
    await context.close();
  });
});

describe('an import chosen before its code arrives (a slow network)', () => {
  it('in the data panel, changes nothing while the code loads but says the file chosen last is being read, then imports it, not the one chosen before it', async () => {
    const context = await site.browser.newContext();
    const ada = engineer(model);
    await seedStorage(context, { [ownKey]: recordFile({ ...ada, checkIns: ada.checkIns.slice(0, 1) }) });
    const { page } = await openTool(context, site.url, 'checkIns');
    const input = page.locator('#ci-import');
    const panel = dataPanel(page.locator('handbook-check-ins'));
    const before = await storage(page);
    const { requested, release } = await holdScripts(page);
    // A file that only adds, which the panel imports unasked, then one that would change what is here.
    await input.setInputFiles(file('adds.json', recordFile(ada)));
    await requested;
    await input.setInputFiles(file('renamed.json', recordFile({ ...ada, name: 'Ada Renamed' })));
    // While the code loads: no plan, no line or message about an import, nothing stored changed;
    // the status line says the file chosen last is being read.
    expect(await panel.importPlan.isVisible()).toBe(false);
    expect(await panel.status.textContent()).toBe(readingLine('renamed.json'));
    expect(await messageOf(input)).not.toMatch(/Import failed|could not/);
    expect(await storage(page)).toBe(before);

    release();
    await panel.importPlan.waitFor();
    expect(await panel.status.textContent()).toContain(importReady('renamed.json'));
    expect(await panel.status.textContent()).not.toContain('adds.json');
    expect(await panel.status.textContent()).not.toContain(readingLine('renamed.json'));
    expect(await storage(page)).toBe(before);
    await panel.importPlan.getByRole('button', { name: 'Replace what is here' }).click();
    await expect.poll(() => panel.status.textContent()).toContain('Imported “renamed.json”');
    const stored = (await storedRecord(page))!;
    expect(stored.name).toBe('Ada Renamed');
    expect(stored.checkIns.map((c) => c.id).sort()).toEqual(ada.checkIns.map((c) => c.id).sort());
    await context.close();
  });

  it('in the team import, shows no plan while the code loads but says the files chosen last are being read, then plans and refuses those only', async () => {
    const context = await site.browser.newContext();
    const { page } = await openTool(context, site.url, 'manager');
    const input = page.locator('#mv-people');
    const plan = page.locator('[data-team-plan]');
    const [first, ...others] = team(model);
    const { requested, release } = await holdScripts(page);
    // The files chosen first, one of them broken, then others in their place.
    await input.setInputFiles([file(`${first!.id}.json`, recordFile(first!)), file('broken.json', '{"format":')]);
    await requested;
    const chosen = others.map((r) => file(`${r.id}.json`, recordFile(r)));
    await input.setInputFiles(chosen);
    expect(await plan.isVisible()).toBe(false);
    expect(await page.locator('[data-team-status]').textContent()).toBe(readingLine({ files: chosen.map((f) => f.name) }));
    expect(await messageOf(input)).not.toMatch(/Not imported|could not/);
    expect(await storedTeam(page)).toBe(null);

    release();
    await plan.waitFor();
    const words = (await plan.textContent())!;
    for (const r of others) expect(words, r.name).toContain(r.name);
    expect(words).not.toContain(first!.name);
    expect(await messageOf(input)).not.toContain('broken.json');
    expect(await page.locator('[data-team-status]').textContent()).toBe('');
    await plan.getByRole('button', { name: 'Import' }).click();
    await expect.poll(async () => (await storedTeam(page))?.people.map((p) => p.id).sort()).toEqual(others.map((r) => r.id).sort());
    await context.close();
  });

  it('in the data panel, takes back its line about a file dropped while the code loads, but not a line the panel said since', async () => {
    const context = await site.browser.newContext();
    const { page } = await openTool(context, site.url, 'checkIns');
    const input = page.locator('#ci-import');
    const panel = dataPanel(page.locator('handbook-check-ins'));
    const { requested, release } = await holdScripts(page);
    // The import code's own script, asked for first: importing it too resolves once the page's import did.
    const codeUrl = new Promise<string>((resolve) => page.on('request', (request) => /\/_astro\/.*\.js$/.test(request.url()) && resolve(request.url())));
    await input.setInputFiles(file('dropped.json', recordFile(engineer(model))));
    await requested;
    await expect.poll(() => panel.status.textContent()).toBe(readingLine('dropped.json'));
    // No file chosen in its place (the dialog emptied): the file is dropped, then the reader exports.
    await input.setInputFiles([]);
    await page.locator('handbook-check-ins [data-tool-action="export"]').click();
    const exported = await panel.status.textContent();
    expect(exported).toMatch(/^Exported /);
    release();
    // Given as text: the test's own bundler would rewrite an import() written here.
    await page.evaluate(`import(${JSON.stringify(await codeUrl)}).then(() => new Promise((resolve) => setTimeout(resolve, 0)))`);
    expect(await panel.status.textContent()).toBe(exported);
    await context.close();
  });
});

describe('an import whose code is loaded already', () => {
  it('never says the file is being read, in the data panel or the team import: the outcome is the only line', async () => {
    const context = await site.browser.newContext();
    const { page } = await openTool(context, site.url, 'manager');
    // Every text each status line is given, as a screen reader would be told it.
    await page.evaluate(() => {
      const said: string[] = [];
      (window as unknown as { said: string[] }).said = said;
      const observer = new MutationObserver(() => said.push(...[...document.querySelectorAll('[data-team-status], [data-tool="status"]')].map((e) => e.textContent ?? '')));
      for (const line of document.querySelectorAll('[data-team-status], [data-tool="status"]')) observer.observe(line, { childList: true, characterData: true, subtree: true });
    });
    const said = () => page.evaluate(() => (window as unknown as { said: string[] }).said);
    const people = page.locator('#mv-people');
    const [ada, bo] = team(model);
    // The first import loads the code of each; it may say it reads the file.
    await people.setInputFiles(file('ada.json', recordFile(ada!)));
    await page.locator('[data-team-plan]').waitFor();
    await page.locator('[data-team-plan]').getByRole('button', { name: 'Cancel' }).click();
    const panelInput = page.locator('[data-tool-data] input[type="file"]');
    await panelInput.setInputFiles(file('broken.json', '{"format":'));
    await expect.poll(() => messageOf(panelInput)).toMatch(/broken\.json/);
    const before = (await said()).length;

    await people.setInputFiles(file('bo.json', recordFile(bo!)));
    await page.locator('[data-team-plan]').waitFor();
    await panelInput.setInputFiles(file('broken2.json', '{"format":'));
    await expect.poll(() => messageOf(panelInput)).toMatch(/broken2\.json/);
    expect((await said()).slice(before)).not.toContain(readingLine('bo.json'));
    expect((await said()).slice(before)).not.toContain(readingLine('broken2.json'));
    await context.close();
  });
});
