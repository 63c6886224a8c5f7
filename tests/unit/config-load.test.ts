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

  // `astro/config` (for `defineConfig`, which only returns its argument) loads every helper it
  // exports, SVGO among them: about 0.3 s of CPU at the start of every build, for an optimizer the
  // handbook does not use. The configuration types its object with a JSDoc cast instead.
  it('does not load SVGO', { timeout: 60_000 }, () => {
    const script = [
      "import { registerHooks } from 'node:module';",
      'const loaded = [];',
      'registerHooks({ resolve: (specifier, context, next) => { const r = next(specifier, context); loaded.push(r.url); return r; } });',
      "await import('./astro.config.mjs');",
      'console.log(JSON.stringify(loaded.filter((url) => /\\/node_modules\\/(svgo|csso)\\//.test(url))));',
    ].join('\n');
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: repoRoot, encoding: 'utf8' });
    expect(run.status, run.stderr.slice(0, 2000)).toBe(0);
    expect(JSON.parse(run.stdout.trim().split('\n').at(-1)!)).toEqual([]);
  });
});
