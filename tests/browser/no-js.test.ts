import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { toolPaths } from '../support/page-types';
import { useBuiltSite } from '../support/built-site';
import { builtPages } from '../support/dist';

/**
 * Every page is read twice in Chromium, with and without JavaScript. A content page must show the
 * same main text without it (Starlight renders everything on the server); a tool (pageType: tool)
 * cannot work without it and must say so in the page itself (a <noscript> or static message).
 */
const paths = [...builtPages().map((p) => p.path), '/404.html'];
const tools = new Set(toolPaths());
/** Share of the main text that must be there without JavaScript; the rest is room for script-added labels. */
const minShare = 0.97;

const site = useBuiltSite();

interface Reading {
  text: string;
  headings: string[];
}

async function read(page: Page, path: string): Promise<Reading> {
  await page.goto(site.url + path, { waitUntil: 'load' });
  return page.evaluate(() => {
    const main = document.querySelector('main') ?? document.body;
    return {
      text: main.innerText.replace(/\s+/g, ' ').trim(),
      headings: [...main.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter((h) => h.checkVisibility()).map((h) => (h as HTMLElement).innerText.trim()),
    };
  });
}

describe('without JavaScript', () => {
  it('every content page shows all its main text, and every tool says what it needs', { timeout: 600_000 }, async () => {
    const withJs = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const withoutJs = await site.browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
    const on = await withJs.newPage();
    const off = await withoutJs.newPage();
    const problems: string[] = [];
    const checkedTools: string[] = [];
    try {
      for (const path of paths) {
        const [a, b] = [await read(on, path), await read(off, path)];
        if (b.text.length < 200) problems.push(`${path}: only ${b.text.length} characters of main text without JavaScript`);
        if (tools.has(path)) {
          checkedTools.push(path);
          if (!/JavaScript/i.test(b.text)) problems.push(`${path}: a tool page must say, without JavaScript, that it needs JavaScript (<noscript> or a static message)`);
          continue;
        }
        if (b.text.length < minShare * a.text.length) problems.push(`${path}: ${b.text.length} characters without JavaScript, ${a.text.length} with it`);
        const missing = a.headings.filter((h) => !b.headings.includes(h));
        if (missing.length) problems.push(`${path}: headings missing without JavaScript: ${missing.join(' | ')}`);
      }
    } finally {
      await withJs.close();
      await withoutJs.close();
    }
    console.log(`no-JS: ${paths.length} pages read, ${checkedTools.length} of them tools (${checkedTools.join(', ') || 'none yet'})`);
    expect(problems).toEqual([]);
    expect(checkedTools.sort(), 'every tool page in content/docs was built and checked').toEqual([...tools].sort());
  });
});
