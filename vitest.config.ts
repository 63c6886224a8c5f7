import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const alias = { '~': fileURLToPath(new URL('./src', import.meta.url)) };
const toolsSetup = './tests/support/tools-setup.ts';

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      // Pure logic and the validator, beside the code they test. The tests that validate every
      // fixture or the whole content take a few seconds; beside the browser tests on a busy
      // machine (and in the nested run of tests/unit/team-edits.test.ts) more than Vitest's 5 s.
      // No test times itself: speed is for the benchmarks.
      { resolve: { alias }, test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'], testTimeout: 30_000 } },
      // Checks over the built site in dist/ (run `npm run build` first; `npm test` does). Java for the
      // Nu HTML Checker is found or installed first (tests/support/tools-setup.ts).
      { resolve: { alias }, test: { name: 'dist', include: ['tests/dist/**/*.test.ts'], testTimeout: 60_000, globalSetup: [toolsSetup] } },
      // Real Chromium against dist/ served by nginx on 127.0.0.1; both found or installed first.
      {
        resolve: { alias },
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // A page's answer to another tab (a storage event, a redraw) arrives within Vitest's default
          // second on a quiet machine, not always on CI's two cores with the other projects beside
          // it: a fresh clone failed a two-tab check that waited 1 s. Polls end as soon as they hold.
          expect: { poll: { timeout: 10_000 } },
          fileParallelism: false,
          globalSetup: [toolsSetup],
        },
      },
    ],
  },
});
