/**
 * `npm run bench` builds synthetic families of levels: their content must stay valid as the rules
 * grow (a new rule once stopped the bench before its first build). Prepares a family of two tracks
 * in a copy of the repository, without building it.
 */
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { copyRepository } from '../support/repo';

const copy = copyRepository('bench-family-', ['content', 'scripts', 'src', 'package.json', 'tsconfig.json']);
afterAll(() => copy.remove());

it('prepares the benchmark’s synthetic family as content that validates, over more than one track', { timeout: 120_000 }, () => {
  const run = copy.run([join(copy.dir, 'scripts/bench.ts'), '--sizes', '12', '--prepare']);
  expect(run.status, run.stdout + run.stderr).toBe(0);
  expect(run.stdout).toMatch(/family \+12 roles: \d+ levels, and its content validates/);
});
