/**
 * The code that reads an import is loaded when a reader imports (src/components/tools/lazy-code.ts),
 * not with the page: a reader who went offline since the page loaded is told so in the import
 * field, nothing stored changes, and the same file is imported once the code can be loaded.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBuiltSite } from '../support/built-site';
import { engineer, recordFile } from '../support/growth-scenario';
import { builtModel, openTool, ownKey, storedRecord, storedTeam, teamKey } from '../support/growth-browser';
import { dataPanel, messageOf, seedStorage } from '../support/tool-storage';

const site = useBuiltSite();
const model = builtModel();

/** Every script the page asks for from now on fails, as offline: the page's own are loaded already. */
const goOffline = (page: Page) => page.route('**/_astro/*.js', (route) => route.abort('internetdisconnected'));
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

    await page.unroute('**/_astro/*.js');
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

    await page.unroute('**/_astro/*.js');
    await input.setInputFiles(file('ada.json', recordFile(engineer(model))));
    await expect.poll(() => page.locator('[data-team-plan]').isVisible()).toBe(true);
    expect(await messageOf(input)).not.toMatch(/could not load/);
    expect(await storedTeam(page)).toBe(null);
    await context.close();
  });
});
