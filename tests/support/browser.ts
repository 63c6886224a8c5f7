import { chromium, type Browser } from 'playwright-core';
import { findTool, machine } from '../../scripts/test-tools.ts';

/**
 * Launches Chromium: the one the tests' global setup found or installed (scripts/test-tools.ts,
 * passed in by the caller), or, outside the tests (scripts/screenshot.ts), the one
 * scripts/test-tools.ts finds. A missing browser is an error, never a skip.
 */
export async function launchBrowser(executablePath = findTool('chromium', machine())): Promise<Browser> {
  if (!executablePath) throw new Error('No Chromium: run `npx node scripts/test-tools.ts chromium`, which installs one or says how.');
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
