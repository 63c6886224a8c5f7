import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The repository's root, for tests that read its real content or fixtures wherever they sit. */
export const repoRoot = join(import.meta.dirname, '../..');

const require = createRequire(import.meta.url);

/**
 * The command-line script of an installed package (`astro`, `vitest`), resolved as an import is, so
 * that it is found from a copy of the repository too (a copy has no node_modules of its own).
 */
export function binOf(pkg: string): string {
  const manifest = require.resolve(`${pkg}/package.json`);
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: string | Record<string, string> };
  return join(dirname(manifest), typeof bin === 'string' ? bin : (bin[pkg] ?? Object.values(bin)[0]!));
}

/** What a copy needs to validate and build the site. */
export const siteSources = ['astro.config.mjs', 'ec.config.mjs', 'content.config.ts', 'tsconfig.json', 'package.json', 'src', 'content', 'public', 'scripts'];

export interface RepositoryCopy {
  dir: string;
  /** Runs Node (the one running the tests) with `args` in the copy. */
  run(args: string[], env?: Record<string, string>): SpawnSyncReturns<string>;
  /** `astro build` in the copy, with `env` (SITE_URL, say) and without the test runner's own variables. */
  build(env?: Record<string, string>): SpawnSyncReturns<string>;
  remove(): void;
}

/**
 * A throwaway copy of `items` of the repository in `.tmp/<prefix>…`, inside the repository so that
 * the copy resolves packages from its node_modules (a symlinked node_modules breaks `astro build`).
 */
export function copyRepository(prefix: string, items: readonly string[] = siteSources): RepositoryCopy {
  mkdirSync(join(repoRoot, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(repoRoot, '.tmp', prefix));
  for (const item of items) cpSync(join(repoRoot, item), join(dir, item), { recursive: true });
  const spawnIn = (args: string[], env: NodeJS.ProcessEnv) => spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', env, timeout: 900_000, maxBuffer: 64 * 1024 * 1024 });
  const run = (args: string[], env: Record<string, string> = {}) => spawnIn(args, { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env });
  const build = (env: Record<string, string> = {}) => spawnIn([binOf('astro'), 'build'], { ...buildEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', ...env });
  return { dir, run, build, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * The environment of a build started from a test: Vitest puts its mode and `import.meta.env` into
 * `process.env` (NODE_ENV=test, MODE=test, DEV=1, BASE_URL=/…), and an `astro build` that inherits
 * them renders the pages as in development (Starlight's search says it only works in production builds).
 */
export function buildEnvironment(): NodeJS.ProcessEnv {
  const vitestOwn = /^(NODE_ENV|MODE|DEV|PROD|SSR|BASE_URL|TEST|VITEST.*)$/;
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !vitestOwn.test(name)));
}
