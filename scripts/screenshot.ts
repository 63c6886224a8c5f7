/**
 * `npm run screenshot -- /path/ [/other/]`: PNGs of built pages in light and dark themes at desktop
 * width and the two phone widths every page must fit (390 and 320 px), in .screenshots/, for looking
 * at what the site shows.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveBuild } from '../tests/support/server.ts';
import { scriptArgs } from './usage.ts';

const { values, positionals: paths } = scriptArgs(import.meta.url, { allowPositionals: true, options: { full: { type: 'boolean', default: false } } });
const full = values.full;
const out = join(process.cwd(), '.screenshots');
mkdirSync(out, { recursive: true });
// Under the base path the build was made for, as its host serves it: its links and assets are there.
const site = await serveBuild(join(process.cwd(), 'dist'));
const browser = await launchBrowser();
try {
  for (const path of paths.length ? paths : ['/']) {
    for (const [device, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }], ['phone-320', { width: 320, height: 700 }]] as const) {
      for (const theme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ viewport, colorScheme: theme, deviceScaleFactor: 1 });
        await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
        const page = await context.newPage();
        await page.goto(site.url + path, { waitUntil: 'networkidle' });
        const name = `${path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home'}-${device}-${theme}.png`;
        await page.screenshot({ path: join(out, name), fullPage: full });
        console.log(join('.screenshots', name));
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await site.close();
}
