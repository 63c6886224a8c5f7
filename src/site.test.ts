import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import * as site from './site';
import { repoRoot } from '../tests/support/repo';

const { baseCollision, baseMismatch, editBaseUrlFrom, siteAddressFrom, siteUrlOf } = site;

describe('SITE_URL', () => {
  it('is the placeholder when unset or empty, served from its domain’s root', () => {
    expect(siteAddressFrom(undefined)).toEqual(siteAddressFrom(''));
    expect(siteAddressFrom(undefined).base).toBe('/');
  });
  it('gives the origin and the base path: `/` for a domain’s root, the folder otherwise', () => {
    expect(siteAddressFrom('https://handbook.example.com/')).toEqual({ origin: 'https://handbook.example.com', base: '/' });
    expect(siteAddressFrom('http://localhost:4321')).toEqual({ origin: 'http://localhost:4321', base: '/' });
    expect(siteAddressFrom('https://acme.github.io/ml-handbook/')).toEqual({ origin: 'https://acme.github.io', base: '/ml-handbook/' });
    expect(siteAddressFrom('https://acme.github.io/ml-handbook')).toEqual({ origin: 'https://acme.github.io', base: '/ml-handbook/' });
  });
  it('names the site as readers open it, without a slash at the end', () => {
    expect(siteUrlOf({ origin: 'https://h.example.com', base: '/' })).toBe('https://h.example.com');
    expect(siteUrlOf({ origin: 'https://acme.github.io', base: '/ml-handbook/' })).toBe('https://acme.github.io/ml-handbook');
  });
  it('refuses what is not an address, and an address with a query or an anchor', () => {
    expect(() => siteAddressFrom('handbook.example.com')).toThrow(/^SITE_URL: expected .*found "handbook.example.com"/);
    expect(() => siteAddressFrom('ftp://handbook.example.com')).toThrow(/^SITE_URL: expected /);
    expect(() => siteAddressFrom('https://handbook.example.com/?a=1')).toThrow(/^SITE_URL: expected /);
  });
});

/** The file a refusal sends its reader to, which must exist in the repository they have. */
const citedFile = (message: string) => /\bsee (\S+\.mdx?)\b/.exec(message)?.[1];

describe('a base path given to Astro', () => {
  it('is accepted when it is the path of SITE_URL, however it is written', () => {
    expect(baseMismatch('/', '/')).toBeUndefined();
    expect(baseMismatch('', '/')).toBeUndefined();
    expect(baseMismatch('/ml-handbook', '/ml-handbook/')).toBeUndefined();
    expect(baseMismatch('/ml-handbook/', '/ml-handbook/')).toBeUndefined();
  });
  it('is refused at once when it disagrees with SITE_URL, with what to do and a file the reader has', () => {
    for (const [configBase, siteBase] of [['/ml-handbook/', '/'], ['/other/', '/ml-handbook/'], ['/', '/ml-handbook/']] as const) {
      const message = baseMismatch(configBase, siteBase)!;
      expect(message).toMatch(new RegExp(`^base: expected the path of SITE_URL \\("${siteBase}"\\), found "${configBase}"`));
      expect(message).toMatch(/SITE_URL=https:/);
      const file = citedFile(message);
      expect(file, message).toBeDefined();
      expect(() => readFileSync(join(repoRoot, file!)), file).not.toThrow();
    }
  });
  it('is refused when a page of the site has it as its own path (its links could not be told from links under the base)', () => {
    expect(baseCollision('/', ['/ladder/index.html'])).toBeUndefined();
    expect(baseCollision('/docs/', ['/ladder/index.html', '/docsets/index.html'])).toBeUndefined();
    expect(baseCollision('/docs/', ['/ladder/index.html', '/docs/a/index.html'])).toMatch(/^SITE_URL: .*"\/docs\/".*\/docs\/a\/index\.html/);
  });
});

describe('EDIT_BASE_URL', () => {
  it('is the placeholder when unset or empty, and always ends in a slash, so that no part of it is dropped', () => {
    expect(editBaseUrlFrom(undefined)).toBe(editBaseUrlFrom(''));
    const base = editBaseUrlFrom('https://github.com/acme/tools/edit/main/handbook');
    expect(base).toBe('https://github.com/acme/tools/edit/main/handbook/');
    expect(new URL('content/roles/a/role.yaml', base).href).toBe('https://github.com/acme/tools/edit/main/handbook/content/roles/a/role.yaml');
    expect(editBaseUrlFrom('https://gitlab.com/acme/h/-/edit/main/')).toBe('https://gitlab.com/acme/h/-/edit/main/');
  });
  it('refuses what is not an address', () => {
    expect(() => editBaseUrlFrom('github.com/acme')).toThrow(/^EDIT_BASE_URL: expected .*found "github.com\/acme"/);
  });
});

describe('the site title', () => {
  it('is written once, in src/site.ts: a fork that renames its handbook there renames every page, the generated ones too', () => {
    const title = (site as Record<string, unknown>)['siteTitle'];
    expect(typeof title, 'src/site.ts exports the site title as `siteTitle`').toBe('string');
    const sources = ['astro.config.mjs', ...globSync('src/**/*.{ts,astro,mjs}', { cwd: repoRoot })].filter((f) => f !== 'src/site.ts' && !f.endsWith('.test.ts'));
    expect(sources.filter((f) => readFileSync(join(repoRoot, f), 'utf8').includes(title as string))).toEqual([]);
  });
});

describe('BUILD_DATE', () => {
  /** `buildDate` as site.ts computes it when loaded with `BUILD_DATE` set to `value`. */
  async function buildDateWith(value: string): Promise<string> {
    vi.stubEnv('BUILD_DATE', value);
    vi.resetModules();
    try {
      return (await import('./site')).buildDate;
    } finally {
      vi.unstubAllEnvs();
    }
  }
  it('pins the build to a real calendar date', async () => {
    expect(await buildDateWith('2026-12-07')).toBe('2026-12-07');
  });
  it.each(['2026-02-30', '2026-04-31', '2026-13-45', '2026-12-32'])('refuses %s, a day no calendar has', async (date) => {
    await expect(buildDateWith(date)).rejects.toThrow(`BUILD_DATE: expected a date such as 2026-12-07, found "${date}"`);
  });
});
