/**
 * Browser-test helpers for the tools' storage: a full localStorage, a corrupted value seeded before
 * the page loads, the data panel's controls (ToolData.astro), and two pages of one context (two
 * tabs sharing one localStorage).
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Download, Locator, Page } from 'playwright-core';

/**
 * Fills localStorage until the browser refuses more (a real QuotaExceededError): fillers of 1 MB,
 * halved at each refusal down to `floor` characters. With `once`, only where a marker it leaves is
 * not there yet. Self-contained: its source runs in the page.
 */
function fillUntilRefused({ floor, once }: { floor: number; once: boolean }): void {
  if (once) {
    if (localStorage.getItem('test-filler-done')) return;
    localStorage.setItem('test-filler-done', '1');
  }
  let size = 1 << 20;
  for (let i = 0; size >= floor; i++) {
    try {
      localStorage.setItem(`test-filler-${i}`, 'x'.repeat(size));
    } catch {
      size >>= 1;
    }
  }
}

/** Fills the origin's localStorage until the browser refuses more. */
export async function fillStorage(page: Page): Promise<void> {
  await page.evaluate(fillUntilRefused, { floor: 16, once: false });
}

/**
 * Fills the context's localStorage until the browser refuses more, to the last character, before
 * its first page's scripts run (after what `seedStorage` put there, when called after it), once:
 * the island meets a full storage from its first reading.
 */
export async function fillStorageBeforeLoad(context: BrowserContext): Promise<void> {
  await context.addInitScript(fillUntilRefused, { floor: 1, once: true });
}

/** Removes what `fillStorage` wrote. */
export async function freeStorage(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('test-filler-')) localStorage.removeItem(key);
  });
}

/**
 * Stores `values` in the context's localStorage before its first page loads, once (a reload finds
 * what the page made of them).
 */
export async function seedStorage(context: BrowserContext, values: Record<string, string>): Promise<void> {
  await context.addInitScript((entries) => {
    if (localStorage.getItem('test-seeded')) return;
    localStorage.setItem('test-seeded', '1');
    for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
  }, values);
}

/** The keys and values of the page's localStorage that start with `prefix`. */
export const storedEntries = (page: Page, prefix: string): Promise<Record<string, string>> =>
  page.evaluate((p) => Object.fromEntries(Object.entries(localStorage).filter(([k]) => k.startsWith(p))), prefix);

/** The data panel of a tool (ToolData.astro) inside `root`. */
export function dataPanel(root: Locator) {
  const panel = root.locator('[data-tool-data]');
  return {
    panel,
    status: panel.locator('[data-tool="status"]'),
    saveStatus: panel.locator('[data-tool="save-status"]'),
    importPlan: panel.locator('[data-tool="import-plan"]'),
    kept: panel.locator('[data-tool="kept"]'),
    undo: panel.locator('[data-tool="undo-button"]'),
    /** The message shown next to a control, found through its `aria-describedby`. */
    messageOf: (control: Locator) => messageOf(control),
  };
}

/** The message the tools show next to `control` (tied to it by `aria-describedby`); empty text when there is none. */
export async function messageOf(control: Locator): Promise<string> {
  const ids = (await control.getAttribute('aria-describedby'))?.split(/\s+/) ?? [];
  const texts = await control.page().evaluate((list) => list.map((id) => document.getElementById(id)?.textContent ?? ''), ids);
  return texts.join(' ');
}

/** Clicks `button` and returns the text of the file it downloads. */
export async function downloadText(page: Page, button: Locator): Promise<{ download: Download; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { download, text: readFileSync((await download.path())!, 'utf8') };
}
