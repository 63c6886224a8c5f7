import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { loadContent } from '../lib/content/validation/load';
import { repoRoot } from '../../tests/support/repo';
import { handbook } from './handbook';

const fixtures = join(repoRoot, 'tests/fixtures/validate');
const temp = mkdtempSync(join(tmpdir(), 'handbook-integration-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

/** The validator's base fixture with one case laid over it (a broken reference unless said), as the configuration reads it. */
function brokenContent(name = 'broken-reference') {
  const root = join(temp, name);
  cpSync(join(fixtures, 'base'), root, { recursive: true });
  cpSync(join(fixtures, 'cases', name), root, { recursive: true, filter: (src) => !src.endsWith('expected.txt') && !src.endsWith('.keep') });
  return loadContent(root);
}

type Plugin = { configureServer?: () => void };

/**
 * Runs the `astro:config:setup` hook, then a build's Vite server for the content sync (the plugins
 * the hook added) and `astro:build:start` while nothing has stopped; process.exit is caught so the
 * test can see it. `stoppedAt` is the hook that stopped it.
 */
async function setup(command: 'build' | 'dev', base = '/', siteBase = '/', fixture?: string) {
  const exit = vi.spyOn(process, 'exit').mockImplementation(((code?: number) => {
    throw new Error(`process.exit(${code})`);
  }) as never);
  const logger = { error: vi.fn(), warn: vi.fn(), info: vi.fn() };
  const injectRoute = vi.fn();
  const plugins: Plugin[] = [];
  const updateConfig = vi.fn((config: { vite?: { plugins?: Plugin[] } }) => plugins.push(...(config.vite?.plugins ?? [])));
  const { hooks } = handbook({ content: brokenContent(fixture), siteBase });
  let thrown: unknown;
  let stoppedAt: string | undefined;
  try {
    stoppedAt = 'astro:config:setup';
    void hooks['astro:config:setup']!({ command, config: { base }, injectRoute, logger, updateConfig } as never);
    if (command === 'build') {
      for (const plugin of plugins) plugin.configureServer?.();
      stoppedAt = 'astro:build:start';
      await hooks['astro:build:start']!({ logger } as never);
    }
    stoppedAt = undefined;
  } catch (error) {
    thrown = error;
  }
  return { exit, logger, injectRoute, thrown, stoppedAt };
}

describe('the handbook integration, on content with a problem', () => {
  it('stops `astro build` with the validator’s report as its only message (no unhandled-error frame, no stack trace), before it bundles anything', async () => {
    const { exit, logger, thrown, stoppedAt } = await setup('build');
    expect(exit).toHaveBeenCalledWith(1);
    expect((thrown as Error).message).toBe('process.exit(1)');
    expect(stoppedAt).toBe('astro:build:start');
    expect(logger.error).toHaveBeenCalledTimes(1);
    expect(String(logger.error.mock.calls[0]![0])).toMatch(/^Content validation failed:\n\S+:\d+:\d+ {2}broken-reference {2}/);
  });

  it('stops `astro build` as it sets up, before the content layer reads anything, on a file that does not parse', async () => {
    const { exit, logger, stoppedAt } = await setup('build', '/', '/', 'yaml-syntax');
    expect(exit).toHaveBeenCalledWith(1);
    expect(stoppedAt).toBe('astro:config:setup');
    expect(String(logger.error.mock.calls[0]![0])).toMatch(/^Content validation failed:\n\S+:\d+:\d+ {2}yaml-syntax {2}/);
  });

  it('lets `astro dev` serve, with the report as a warning', async () => {
    const { exit, logger, injectRoute, thrown } = await setup('dev');
    expect(thrown).toBeUndefined();
    expect(exit).not.toHaveBeenCalled();
    expect(String(logger.warn.mock.calls[0]![0])).toMatch(/broken-reference/);
    expect(injectRoute).toHaveBeenCalled();
  });
});

describe('the handbook integration, under a base path', () => {
  it('stops `astro build` and `astro dev` at once when the base disagrees with SITE_URL’s path, saying what to do, before any page is made', async () => {
    for (const command of ['build', 'dev'] as const) {
      const { exit, logger, injectRoute } = await setup(command, '/ml-handbook/', '/');
      expect(exit).toHaveBeenCalledWith(1);
      expect(String(logger.error.mock.calls[0]![0])).toMatch(/^base: .*"\/ml-handbook\/".*reference\/hosting\.mdx/);
      expect(injectRoute).not.toHaveBeenCalled();
      exit.mockRestore();
    }
  });
  it('makes the pages when the base is the path of SITE_URL', async () => {
    const { logger, injectRoute } = await setup('dev', '/ml-handbook', '/ml-handbook/');
    expect(logger.error).not.toHaveBeenCalled();
    expect(injectRoute).toHaveBeenCalled();
  });
});
