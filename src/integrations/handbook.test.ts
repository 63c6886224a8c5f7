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

/** The validator's base fixture with a broken reference laid over it, as the configuration reads it. */
function brokenContent() {
  cpSync(join(fixtures, 'base'), temp, { recursive: true });
  cpSync(join(fixtures, 'cases', 'broken-reference'), temp, { recursive: true, filter: (src) => !src.endsWith('expected.txt') });
  return loadContent(temp);
}

/** Runs the `astro:config:setup` hook; process.exit is caught so the test can see it. */
function setup(command: 'build' | 'dev', base = '/', siteBase = '/') {
  const exit = vi.spyOn(process, 'exit').mockImplementation(((code?: number) => {
    throw new Error(`process.exit(${code})`);
  }) as never);
  const logger = { error: vi.fn(), warn: vi.fn(), info: vi.fn() };
  const injectRoute = vi.fn();
  const hook = handbook({ content: brokenContent(), siteBase }).hooks['astro:config:setup']!;
  let thrown: unknown;
  try {
    void hook({ command, config: { base }, injectRoute, logger } as never);
  } catch (error) {
    thrown = error;
  }
  return { exit, logger, injectRoute, thrown };
}

describe('the handbook integration, on content with a problem', () => {
  it('stops `astro build` with the validator’s report as its only message (no unhandled-error frame, no stack trace)', () => {
    const { exit, logger, thrown } = setup('build');
    expect(exit).toHaveBeenCalledWith(1);
    expect((thrown as Error).message).toBe('process.exit(1)');
    expect(logger.error).toHaveBeenCalledTimes(1);
    expect(String(logger.error.mock.calls[0]![0])).toMatch(/^Content validation failed:\n\S+:\d+:\d+ {2}broken-reference {2}/);
  });

  it('lets `astro dev` serve, with the report as a warning', () => {
    const { exit, logger, injectRoute, thrown } = setup('dev');
    expect(thrown).toBeUndefined();
    expect(exit).not.toHaveBeenCalled();
    expect(String(logger.warn.mock.calls[0]![0])).toMatch(/broken-reference/);
    expect(injectRoute).toHaveBeenCalled();
  });
});

describe('the handbook integration, under a base path', () => {
  it('stops `astro build` and `astro dev` at once when the base disagrees with SITE_URL’s path, saying what to do, before any page is made', () => {
    for (const command of ['build', 'dev'] as const) {
      const { exit, logger, injectRoute } = setup(command, '/ml-handbook/', '/');
      expect(exit).toHaveBeenCalledWith(1);
      expect(String(logger.error.mock.calls[0]![0])).toMatch(/^base: .*"\/ml-handbook\/".*reference\/hosting\.mdx/);
      expect(injectRoute).not.toHaveBeenCalled();
      exit.mockRestore();
    }
  });
  it('makes the pages when the base is the path of SITE_URL', () => {
    const { logger, injectRoute } = setup('dev', '/ml-handbook', '/ml-handbook/');
    expect(logger.error).not.toHaveBeenCalled();
    expect(injectRoute).toHaveBeenCalled();
  });
});
