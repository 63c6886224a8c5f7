import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser } from './browser';
import { distDir, requireDist } from './dist';
import { serveWithNginx, type ServedSite } from './nginx';

export interface BuiltSite {
  /** Chromium, shared by the tests of the file. */
  readonly browser: Browser;
  /** Origin of dist/ served by nginx on 127.0.0.1, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
}

/**
 * For a browser test file: serves dist/ with nginx, as a host would (tests/support/nginx.ts), and
 * launches Chromium before its tests, closes both after them. Call at the top level of the file;
 * read `browser` and `url` inside the tests.
 */
export function useBuiltSite(): BuiltSite {
  let browser: Browser | undefined;
  let site: ServedSite | undefined;
  beforeAll(async () => {
    requireDist();
    // Found or installed by the project's global setup (tests/support/tools-setup.ts).
    const { chromium, nginx } = inject('tools');
    if (!chromium || !nginx) throw new Error('useBuiltSite(): run the browser tests through their Vitest project (`vitest run --project browser`), which provides Chromium and nginx.');
    site = await serveWithNginx(nginx, distDir);
    browser = await launchBrowser(chromium);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useBuiltSite(): the site is read before its beforeAll hook ran');
    return value;
  };
  return {
    get browser() {
      return started(browser);
    },
    get url() {
      return started(site).url;
    },
  };
}
