import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/repo';

describe('astro.config.mjs', () => {
  // Astro imports the configuration with Node first and, when that fails, loads it and everything it
  // imports through a Vite server: the same build then starts about 0.6 s later on this machine.
  // A package that ships only TypeScript (Node strips types outside node_modules only), an import
  // without its `.ts` extension or a `~/` alias in the configuration's imports is what breaks it.
  it('loads with Node alone, without Vite', { timeout: 60_000 }, () => {
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', "await import('./astro.config.mjs')"], { cwd: repoRoot, encoding: 'utf8' });
    expect(run.stderr.split('\n').find((line) => /Error/.test(line)) ?? '', run.stderr.slice(0, 2000)).toBe('');
    expect(run.status).toBe(0);
  });
});
