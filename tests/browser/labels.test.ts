/**
 * Words stay readable where the layout is tight: on phones (320, 390 px) and a desktop (1280 px),
 * in both themes. No line of the home page's drawing crosses one of its labels (its dashed branch
 * crossed “Senior ML Engineer” at 390 px), and a badge is never broken across lines nor parted from
 * the link it follows (“Raised” left its competency's name for the line of the proficiencies below).
 * Measured on the pages that have a drawing or a badge, read from dist/.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { homeHref } from '~/lib/site/urls';
import { useBuiltSite } from '../support/built-site';
import { builtPages } from '../support/dist';
import { pageReady } from '../support/ready';

const site = useBuiltSite();
const widths = [320, 390, 1280] as const;
const themes = ['light', 'dark'] as const;
const withBadges = builtPages()
  .filter((p) => p.html.includes('class="sl-badge'))
  .map((p) => p.path);

/** Opens `path` at each width and theme (the theme as Starlight's picker stores it) and collects what `read` finds, each line named by where. */
async function everywhere(paths: readonly string[], read: (page: Page) => Promise<string[]>): Promise<string[]> {
  const found: string[] = [];
  for (const width of widths)
    for (const theme of themes) {
      const context = await site.browser.newContext({ viewport: { width, height: 900 }, isMobile: width < 600, hasTouch: width < 600 });
      await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      const page = await context.newPage();
      try {
        for (const path of paths) {
          await page.goto(site.url + path);
          await pageReady(page);
          found.push(...(await read(page)).map((line) => `${path} at ${width} px, ${theme}: ${line}`));
        }
      } finally {
        await context.close();
      }
    }
  return found;
}

/** The labels of each drawing (`svg` with `text`) that a stroke or a dot passes through: points along every path and the box of every circle, against each label's box. */
const crossedLabels = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    for (const svg of document.querySelectorAll('main svg, .hero svg')) {
      const labels = [...svg.querySelectorAll('text')].map((t) => ({ text: t.textContent ?? '', box: t.getBoundingClientRect() }));
      if (!labels.length) continue;
      const hit = (x: number, y: number, pad: number) => labels.find(({ box }) => x + pad > box.left && x - pad < box.right && y + pad > box.top && y - pad < box.bottom);
      for (const path of svg.querySelectorAll('path')) {
        const matrix = path.getScreenCTM();
        if (!matrix) continue;
        const pad = (parseFloat(getComputedStyle(path).strokeWidth) || 1) * matrix.a * 0.5;
        const length = path.getTotalLength();
        for (let at = 0; at <= length; at += 2) {
          const p = new DOMPoint(path.getPointAtLength(at).x, path.getPointAtLength(at).y).matrixTransform(matrix);
          const label = hit(p.x, p.y, pad);
          if (label) {
            found.push(`the line ${path.getAttribute('class') ?? ''} “${path.getAttribute('d')?.slice(0, 30)}” crosses “${label.text}”`);
            break;
          }
        }
      }
      for (const dot of svg.querySelectorAll('circle')) {
        const b = dot.getBoundingClientRect();
        const label = hit(b.left + b.width / 2, b.top + b.height / 2, b.width / 2);
        if (label) found.push(`a dot covers “${label.text}”`);
      }
    }
    return found;
  });

/**
 * Badges broken across lines, or parted from the link they follow: a badge after a link (a
 * competency's name in a comparison's summary) says something of its words, and on another line it
 * reads as the next line's (below the text of a table cell, or beside a link it comes before, a
 * badge still reads as theirs).
 */
const strayBadges = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    for (const badge of document.querySelectorAll<HTMLElement>('main .sl-badge')) {
      const text = badge.textContent?.trim() ?? '';
      const box = badge.getBoundingClientRect();
      const lineHeight = parseFloat(getComputedStyle(badge).lineHeight) || parseFloat(getComputedStyle(badge).fontSize) * 1.5;
      if (badge.getClientRects().length > 1 || box.height > lineHeight * 1.6 + 8) found.push(`the badge “${text}” is broken across lines`);
      const before = badge.previousElementSibling;
      const last = before?.matches('a') ? [...before.getClientRects()].at(-1) : undefined;
      const middle = box.top + box.height / 2;
      if (last && (middle < last.top || middle > last.bottom)) found.push(`the badge “${text}” is on another line than the link “${before!.textContent?.trim()}” it follows`);
    }
    return found;
  });

describe('labels and badges where the layout is tight', () => {
  // The home page's drawing is content (content/docs/index.mdx): a home page without one has nothing to measure.
  it('finds pages with badges to measure (the comparison pages have them)', () => {
    expect(withBadges.length).toBeGreaterThan(0);
  });

  it('draws no line of the home page’s drawing across one of its labels', async () => {
    expect(await everywhere([homeHref], crossedLabels)).toEqual([]);
  });

  it('keeps every badge on one line, and on the line of the link it follows', { timeout: 600_000 }, async () => {
    expect(await everywhere(withBadges, strayBadges)).toEqual([]);
  });

  it('would see a line across a label, a broken badge and a badge parted from its link (the measurement works)', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 600 } });
    const page = await context.newPage();
    await page.setContent(`<main>
      <svg viewBox="0 0 200 100" width="200"><text x="10" y="50" font-size="20">A label here</text><path d="M0 45 L200 45" stroke="black" stroke-width="2"/><circle cx="40" cy="44" r="5"/></svg>
      <ul><li style="display:flex;flex-wrap:wrap;width:150px"><a href="#x">A rather long competency name</a> <span class="sl-badge" style="display:inline-block">Raised</span><span style="width:100%">3 → 4</span></li></ul>
      <p style="width:40px"><span class="sl-badge">New in kind</span></p>
    </main>`);
    expect(await crossedLabels(page)).toEqual([expect.stringContaining('crosses “A label here”'), 'a dot covers “A label here”']);
    const badges = await strayBadges(page);
    expect(badges).toEqual(expect.arrayContaining([expect.stringContaining('on another line than the link'), 'the badge “New in kind” is broken across lines']));
    await context.close();
  });
});
