import { createRequire } from 'node:module';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site';
import { builtPages } from '../support/dist';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: the handbook's accessibility target. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type Theme = 'light' | 'dark';
const desktop: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
const phone: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const setups: { theme: Theme; width: 'desktop' | 'phone'; options: BrowserContextOptions }[] = [
  { theme: 'light', width: 'desktop', options: desktop },
  { theme: 'dark', width: 'desktop', options: desktop },
  { theme: 'light', width: 'phone', options: phone },
  { theme: 'dark', width: 'phone', options: phone },
];

/** Every page in dist/ at the time the tests run, so pages added later are covered, plus the 404 page. */
const paths = [...builtPages().map((p) => p.path), '/404.html'];

const site = useBuiltSite();

/**
 * axe-core itself, the copy @axe-core/playwright depends on. It is loaded into every page of a context
 * as an init script and run with `axe.run`: AxeBuilder's default mode opens an extra page for each
 * analysis, which made the run several times slower.
 */
const axeSource = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js');

/** A context whose pages open in the given Starlight theme (Starlight reads it from localStorage), with axe-core loaded. */
async function themedContext(theme: Theme, options: BrowserContextOptions): Promise<BrowserContext> {
  const context = await site.browser.newContext({ ...options, colorScheme: theme });
  await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
  await context.addInitScript({ path: axeSource });
  return context;
}

interface Found {
  rule: string;
  impact: string;
  help: string;
  where: string;
}

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

async function axe(page: Page, where: string): Promise<Found[]> {
  const violations = await page.evaluate(async (tags) => {
    const { axe } = window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } };
    return (await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })).violations;
  }, wcagTags);
  return violations.flatMap((v) =>
    v.nodes.map((n) => ({ rule: v.id, impact: v.impact ?? '', help: v.help, where: `${where} ${n.target.join(' ')}  ${n.html.slice(0, 140)}` })),
  );
}

/** Groups findings by rule, for a report a reader can act on. */
function report(found: Found[]): string[] {
  const byRule = new Map<string, Found[]>();
  for (const f of found) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  return [...byRule].map(([rule, list]) => `${rule} (${list[0]!.impact}): ${list[0]!.help}; ${list.length} element(s)\n  ${list.slice(0, 12).map((f) => f.where).join('\n  ')}`);
}

describe.concurrent('axe-core, WCAG 2.2 A and AA', () => {
  for (const setup of setups) {
    // About a second of CPU a page; the timeout leaves room for a busy machine.
    it(`finds no violation on any page, ${setup.theme} theme, ${setup.width}`, { timeout: 1_800_000 }, async () => {
      const context = await themedContext(setup.theme, setup.options);
      const page = await context.newPage();
      const found: Found[] = [];
      try {
        for (const path of paths) {
          await page.goto(site.url + path, { waitUntil: 'load' });
          expect(await page.getAttribute('html', 'data-theme'), `${path}: theme`).toBe(setup.theme);
          const here = await axe(page, path);
          if (here.length) console.log(`axe, ${setup.theme} ${setup.width}: ${here.map((f) => `${f.rule} ${f.where}`).join('\n  ')}`);
          found.push(...here);
        }
      } finally {
        await context.close();
      }
      console.log(`axe: ${paths.length} pages, ${setup.theme} theme, ${setup.width}: ${found.length} violations`);
      expect(report(found)).toEqual([]);
    });
  }
});

describe('axe-core on the open parts of the page', () => {
  it('finds no violation in the search dialog with results, or in the open mobile menu, in either theme', { timeout: 600_000 }, async () => {
    const found: Found[] = [];
    const path = paths.find((p) => p.startsWith('/roles/')) ?? '/';
    for (const theme of ['light', 'dark'] as const) {
      const context = await themedContext(theme, desktop);
      const page = await context.newPage();
      await page.goto(site.url + path);
      await page.getByRole('button', { name: 'Search' }).click();
      await page.locator('dialog[open] input').fill('model');
      await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 60_000 });
      // Pagefind shows dotted grey placeholders while a result loads; check the results a reader reads.
      await page.waitForFunction(() => !document.querySelector('.pagefind-ui__loading'), undefined, { timeout: 60_000 });
      found.push(...(await axe(page, `${path} search dialog, ${theme}:`)));
      await context.close();

      const mobile = await themedContext(theme, phone);
      const mobilePage = await mobile.newPage();
      await mobilePage.goto(site.url + path);
      await mobilePage.getByRole('button', { name: 'Menu' }).click();
      // Starlight 0.42's menu is a popover opened by `popovertarget`.
      await expect.poll(() => mobilePage.locator('#starlight__sidebar').evaluate((el) => el.matches(':popover-open'))).toBe(true);
      found.push(...(await axe(mobilePage, `${path} mobile menu, ${theme}:`)));
      await mobile.close();
    }
    expect(report(found)).toEqual([]);
  });
});
