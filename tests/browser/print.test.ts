/**
 * The printable handbook as a PDF: Chromium prints /print/ on A4 and on US Letter, and the PDF must
 * have more pages than the handbook has pages (each starts a new sheet, after a cover and the
 * contents), and each page's title must open a sheet of its own, in the sidebar's order. The
 * expected titles and order are read from dist/: the sidebar of a built page and the title of each
 * page it links to. The tool pages, on paper, print no button.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { loadContent } from '~/lib/content/validation/load';
import { levelHref, printRoute } from '~/lib/site/urls';
import { useBuiltSite } from '../support/built-site';
import { builtPages, distDir } from '../support/dist';
import { toolPaths } from '../support/page-types';
import { pageReady } from '../support/ready';
import { decodeEntities } from '~/lib/text/html-entities';
import { brightness } from '../support/pixels';
import { repoRoot } from '../support/repo';

const site = useBuiltSite();

/** Text as the PDF and the pages both give it: entities decoded, whitespace collapsed. */
const normal = (text: string) => decodeEntities(text).replace(/\s+/g, ' ').trim();

/** The pages the sidebar links to, in its order, each with its title as its page shows it (its h1). */
function sidebarPages(): { path: string; title: string }[] {
  // Any page with a sidebar lists all of it; the first one built in path order will do.
  const withSidebar = builtPages().find((p) => p.html.includes('id="starlight__sidebar"'))!;
  const sidebar = /<nav[^>]*aria-label="Main"[^>]*>([\s\S]*?)<\/nav>/.exec(withSidebar.html)?.[1] ?? '';
  const paths = [...sidebar.matchAll(/<a\b[^>]*\shref="(\/[^"#]*)"/g)].map((m) => m[1]!);
  return [...new Set(paths)].map((path) => {
    const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
    return { path, title: normal(/<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)![1]!.replace(/<[^>]+>/g, '')) };
  });
}

/** The text of each sheet of a PDF. */
async function sheets(pdf: Buffer): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const texts: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    texts.push(normal(content.items.map((item) => ('str' in item ? `${item.str}${item.hasEOL ? ' ' : ''}` : '')).join('')));
  }
  await doc.destroy();
  return texts;
}

describe('the printable handbook', () => {
  const expected = sidebarPages();

  it('finds the sidebar’s pages to expect', () => {
    expect(expected.length).toBeGreaterThan(10);
  });

  for (const format of ['A4', 'Letter'] as const) {
    it(`prints on ${format}: more sheets than pages, and each page’s title opening a sheet, in the sidebar’s order`, { timeout: 240_000 }, async () => {
      const context = await site.browser.newContext();
      try {
        const page = await context.newPage();
        await page.goto(site.url + printRoute.href, { waitUntil: 'load' });
        const pdf = await page.pdf({ format, printBackground: false });
        const texts = await sheets(pdf);
        // A cover, the contents, then at least one sheet per page.
        expect(texts.length).toBeGreaterThan(expected.length + 1);
        let previous = -1;
        const problems: string[] = [];
        for (const { path, title } of expected) {
          // The first sheet after the last one found that starts with the title (the contents list every title too, but not at the top of a sheet).
          const sheet = texts.findIndex((text, i) => i > previous && text.startsWith(title));
          if (sheet < 0) problems.push(`${path}: no sheet after ${previous + 1} starts with “${title}”`);
          else previous = sheet;
        }
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});

describe('a printed level page', () => {
  it('prints the filled dots of a proficiency filled, with background colors off (the browsers’ default)', { timeout: 60_000 }, async () => {
    // A level with an expectation below the top of the scale: its dots are filled and hollow side by side.
    const { entries } = loadContent(repoRoot);
    const steps = (entries.find((e) => e.collection === 'proficiencyScale')!.data as { steps: { value: number }[] }).steps;
    const top = Math.max(...steps.map((s) => s.value));
    const below = (e: (typeof entries)[number]) => Object.values((e.data as { expectations: Record<string, { proficiency: number }> }).expectations).some((x) => x.proficiency < top);
    const level = entries.find((e) => e.collection === 'roles' && below(e));
    expect(level, 'a level with an expectation below the top of the proficiency scale').toBeDefined();
    // bypassCSP: the site's policy refuses the test's own style sheet below.
    const context = await site.browser.newContext({ deviceScaleFactor: 4, bypassCSP: true });
    try {
      const page = await context.newPage();
      await page.goto(site.url + levelHref(level!.id), { waitUntil: 'load' });
      await page.emulateMedia({ media: 'print' });
      // What printing with “Background graphics” off does: no background is painted.
      await page.addStyleTag({ content: '*, *::before, *::after { background: none !important; }' });
      // A proficiency below the top of the scale has filled dots and hollow ones side by side.
      const dots = page.locator('.proficiency:has(.dot:not(.on)):has(.dot.on)').first();
      const center = { x0: 0.35, y0: 0.35, x1: 0.65, y1: 0.65 };
      const filled = await brightness(page, await dots.locator('.dot.on').first().screenshot(), center);
      const hollow = await brightness(page, await dots.locator('.dot:not(.on)').first().screenshot(), center);
      expect(hollow - filled, `the middle of a filled dot (${filled}) is darker than that of a hollow one (${hollow})`).toBeGreaterThan(60);
    } finally {
      await context.close();
    }
  });
});

describe('the tool pages on paper', () => {
  it('print no button: on paper a button does nothing, and the page prints what it shows instead', { timeout: 120_000 }, async () => {
    const context = await site.browser.newContext();
    const printed: string[] = [];
    try {
      const page = await context.newPage();
      for (const path of toolPaths()) {
        await page.goto(site.url + path, { waitUntil: 'load' });
        await pageReady(page);
        await page.emulateMedia({ media: 'print' });
        const buttons = await page.locator('main button, main [role="button"]').evaluateAll((all) =>
          all.filter((b) => b.getClientRects().length > 0 && getComputedStyle(b).visibility !== 'hidden').map((b) => (b.textContent ?? '').trim()),
        );
        printed.push(...buttons.map((b) => `${path}: “${b}”`));
        await page.emulateMedia({ media: 'screen' });
      }
    } finally {
      await context.close();
    }
    expect(printed).toEqual([]);
  });
});
