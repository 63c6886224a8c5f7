import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * Launches Chromium: `CHROMIUM_PATH`, else Debian's /usr/bin/chromium (CI and this project's
 * machines), else the browser `npx playwright install chromium` downloaded on a laptop. A missing
 * browser is an error, never a skip.
 */
export async function launchBrowser(): Promise<Browser> {
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => !!p);
  const executablePath = candidates.find((p) => existsSync(p));
  try {
    return await chromium.launch({
      ...(executablePath ? { executablePath } : {}),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  } catch (error) {
    throw new Error(
      `No Chromium to run the browser tests: install Debian's \`chromium\` (apt-get install -y chromium), set CHROMIUM_PATH, or run \`npx playwright install chromium\`.\n${String(error)}`,
    );
  }
}
