import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, globSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { validateContent } from '~/lib/content/validation/validate';
import { searchDist } from '../support/pagefind';

const repo = join(import.meta.dirname, '../..');
// Inside the repository, so the copy resolves packages from its node_modules (a symlinked node_modules confuses Vite).
mkdirSync(join(repo, '.tmp'), { recursive: true });
const temp = mkdtempSync(join(repo, '.tmp', 'new-role-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const run = (args: string[]) =>
  spawnSync(process.execPath, args, { cwd: temp, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, timeout: 600_000 });

it('scaffolds a second role that the validator flags until filled, then builds with its pages, comparisons and search entries', async () => {
  for (const item of ['astro.config.mjs', 'content.config.ts', 'tsconfig.json', 'package.json', 'src', 'content', 'public', 'scripts'])
    cpSync(join(repo, item), join(temp, item), { recursive: true });

  const scaffold = run([join(temp, 'scripts/new-role.ts'), 'distinguished-ml-engineer', '--title', 'Distinguished ML Engineer']);
  expect(scaffold.status, scaffold.stderr).toBe(0);
  const roleFile = join(temp, 'content/roles/distinguished-ml-engineer/role.yaml');
  const pageFile = join(temp, 'content/docs/roles/distinguished-ml-engineer/index.mdx');
  expect(existsSync(roleFile) && existsSync(pageFile)).toBe(true);

  const unfilled = validateContent(temp).problems;
  expect(unfilled.length).toBeGreaterThan(5);
  expect(new Set(unfilled.map((p) => p.rule))).toEqual(new Set(['placeholder-text']));

  // Running it again never overwrites the role.
  expect(run([join(temp, 'scripts/new-role.ts'), 'distinguished-ml-engineer']).status).toBe(1);

  // Fill in the placeholders as an editor would.
  let n = 0;
  const fill = (file: string) => writeFileSync(file, readFileSync(file, 'utf8').replace(/TODO: [^"\n]*/g, () => `Sets the technical direction of the whole company in area ${++n}.`));
  fill(roleFile);
  fill(pageFile);
  expect(validateContent(temp).problems).toEqual([]);

  const build = run([join(repo, 'node_modules/astro/bin/astro.mjs'), 'build']);
  expect(build.status, build.stdout + build.stderr).toBe(0);
  const dist = join(temp, 'dist');
  expect(existsSync(join(dist, 'ladder/levels/distinguished-ml-engineer/index.html'))).toBe(true);
  expect(existsSync(join(dist, 'roles/distinguished-ml-engineer/index.html'))).toBe(true);
  const comparisons = globSync('ladder/compare/*distinguished-ml-engineer*/index.html', { cwd: dist });
  expect(comparisons.length).toBeGreaterThanOrEqual(6);
  const hits = await searchDist(dist, 'Distinguished');
  expect(hits.map((h) => h.url)).toEqual(expect.arrayContaining([expect.stringContaining('distinguished-ml-engineer')]));
}, 600_000);
