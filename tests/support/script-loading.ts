/**
 * Browser-test helpers for the scripts a page loads after it loaded (the tools' import code,
 * src/components/tools/lazy-code.ts): none arriving (offline), or all of them late (a slow network).
 */
import type { Page } from 'playwright-core';

const scripts = '**/_astro/*.js';

/** Every script the page asks for from now on fails, as offline: the page's own are loaded already. */
export async function goOffline(page: Page): Promise<void> {
  await page.route(scripts, (route) => route.abort('internetdisconnected'));
}

/** Scripts load again (after `goOffline` or `holdScripts`). */
export const backOnline = (page: Page): Promise<void> => page.unroute(scripts);

/**
 * Every script the page asks for from now on arrives only once `release` is called, as on a slow
 * network: what the page does while the reader waits for it can be checked. `requested` resolves
 * when the page first asks for one.
 */
export async function holdScripts(page: Page): Promise<{ requested: Promise<void>; release: () => void }> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let asked!: () => void;
  const requested = new Promise<void>((resolve) => (asked = resolve));
  await page.route(scripts, async (route) => {
    asked();
    await released;
    await route.continue();
  });
  return { requested, release };
}
