import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { distDir, requireDist } from './dist';
import { serveDirectory, type ServeOptions } from './server';

export interface BuiltSite {
  /** Chromium, shared by the tests of the file. */
  readonly browser: Browser;
  /** Origin of dist/ served on 127.0.0.1, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
}

/**
 * For a browser test file: serves dist/ and launches Chromium before its tests, closes both after
 * them. Call at the top level of the file; read `browser` and `url` inside the tests.
 */
export function useBuiltSite(options: ServeOptions = {}): BuiltSite {
  let browser: Browser | undefined;
  let site: Awaited<ReturnType<typeof serveDirectory>> | undefined;
  beforeAll(async () => {
    requireDist();
    site = await serveDirectory(distDir, options);
    browser = await launchBrowser();
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
