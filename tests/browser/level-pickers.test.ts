/**
 * Every select that picks a level (the check-ins' levels, the ladder's comparison picker) shows the
 * chosen level on a phone: a closed select shows one line and cuts what does not fit, so each level
 * is named there by its short title as the ladder's data gives it (dist/ladder.json, the build's own
 * export), and every such name fits the select at 320 and 390 px. Measured in the page: a copy of
 * the select holding one option, sized to its content (its padding and arrow included), is no wider
 * than the select on screen.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ladderJsonRoute } from '~/lib/site/urls';
import { useBuiltSite } from '../support/built-site';
import { builtPages, distDir } from '../support/dist';
import { pageReady } from '../support/ready';

interface LevelData {
  id: string;
  title: string;
  shortTitle: string;
}
const levels = (JSON.parse(readFileSync(join(distDir, ladderJsonRoute.href), 'utf8')) as { levels: LevelData[] }).levels;
const levelIds = new Set(levels.map((l) => l.id));
/** The pages whose markup holds a level picker: an option whose value is a level's id. */
const pages = builtPages()
  .filter((p) => levels.some((l) => p.html.includes(`<option value="${l.id}"`)))
  .map((p) => p.path);
const widths = [320, 390] as const;

const site = useBuiltSite();

interface OptionReading {
  select: string;
  value: string;
  text: string;
  /** The width a select of that option alone takes, and the select's own. */
  needs: number;
  has: number;
}

/** Every option of every select of the page whose value is one of `ids`, with the width its text needs in that select. */
function readOptions(page: Page, ids: string[], texts?: Record<string, string>): Promise<OptionReading[]> {
  return page.evaluate(
    ({ ids, texts }) => {
      const found: OptionReading[] = [];
      for (const select of document.querySelectorAll('select')) {
        if (!select.checkVisibility()) continue;
        for (const option of select.options) {
          if (!ids.includes(option.value)) continue;
          const text = texts?.[option.value] ?? option.text.trim();
          // A copy of the select, its styles and scoping attributes kept, holding this option only and sized to it.
          const probe = select.cloneNode(false) as HTMLSelectElement;
          probe.removeAttribute('id');
          for (const [p, v] of [
            ['width', 'auto'],
            ['min-width', '0'],
            ['max-width', 'none'],
            ['position', 'absolute'],
            ['visibility', 'hidden'],
          ] as const)
            probe.style.setProperty(p, v, 'important');
          probe.append(new Option(text, option.value));
          select.after(probe);
          found.push({ select: `#${select.id}`, value: option.value, text, needs: probe.getBoundingClientRect().width, has: select.getBoundingClientRect().width });
          probe.remove();
        }
      }
      return found;
    },
    { ids, texts },
  );
}

async function phonePage(width: number): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width, height: 800 }, isMobile: true, hasTouch: true });
  return context.newPage();
}

describe(`the level pickers (${pages.join(', ')})`, () => {
  it('name each level by its short title, as the ladder’s data gives it, and show every one whole in the closed select at 320 and 390 px', { timeout: 120_000 }, async () => {
    expect(pages.length, 'pages with a level picker').toBeGreaterThan(0);
    const wrong: string[] = [];
    const cut: string[] = [];
    for (const width of widths) {
      const page = await phonePage(width);
      try {
        for (const path of pages) {
          await page.goto(site.url + path);
          await pageReady(page);
          const options = await readOptions(page, [...levelIds]);
          expect(options.length, `${path}: level options on screen`).toBeGreaterThan(0);
          for (const o of options) {
            const level = levels.find((l) => l.id === o.value)!;
            if (o.text !== level.shortTitle) wrong.push(`${path} ${o.select}: “${o.text}” for ${level.id}, whose short title is “${level.shortTitle}”`);
            if (o.needs > o.has + 0.5) cut.push(`${path} at ${width} px, ${o.select}: “${o.text}” needs ${Math.ceil(o.needs)} px, the select has ${Math.floor(o.has)}`);
          }
        }
      } finally {
        await page.context().close();
      }
    }
    expect.soft(wrong, 'options not named by the level’s short title').toEqual([]);
    expect.soft(cut, 'level names cut in the closed select').toEqual([]);
  });

  it('would find a name cut in the closed select (the measurement works)', async () => {
    const page = await phonePage(320);
    try {
      await page.goto(site.url + pages[0]);
      await pageReady(page);
      const [level] = levels;
      const long = Object.fromEntries([[level!.id, `${level!.shortTitle} `.repeat(12)]]);
      const [reading] = await readOptions(page, [level!.id], long);
      expect(reading!.needs).toBeGreaterThan(reading!.has);
    } finally {
      await page.context().close();
    }
  });
});
