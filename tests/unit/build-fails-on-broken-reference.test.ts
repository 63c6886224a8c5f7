import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '../..');
// Inside the repository, so the copy resolves packages from its node_modules (a symlinked node_modules confuses Vite).
mkdirSync(join(repo, '.tmp'), { recursive: true });
const temp = mkdtempSync(join(repo, '.tmp', 'broken-build-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

it('stops `astro build` itself (not only `npm run validate`) on a broken reference', () => {
  for (const item of ['astro.config.mjs', 'content.config.ts', 'tsconfig.json', 'package.json', 'src', 'content', 'public'])
    cpSync(join(repo, item), join(temp, item), { recursive: true });
  const role = join(temp, 'content/roles/lead-ml-engineer/role.yaml');
  writeFileSync(role, readFileSync(role, 'utf8').replace(/^track: ic$/m, 'track: research'));

  const build = spawnSync(process.execPath, [join(repo, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: temp,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    timeout: 120_000,
  });
  const output = build.stdout + build.stderr;
  expect(build.status, output).not.toBe(0);
  expect(output).toContain('content/roles/lead-ml-engineer/role.yaml:');
  expect(output).toContain('broken-reference  track `research` does not exist');
}, 150_000);
