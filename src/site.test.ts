import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as site from './site';
import { repoRoot } from '../tests/support/repo';

const { basePathRefusal, editBaseUrlFrom, siteUrlFrom } = site;

describe('SITE_URL', () => {
  it('is the placeholder when unset or empty, and a root address without its trailing slash', () => {
    expect(siteUrlFrom(undefined)).toBe(siteUrlFrom(''));
    expect(siteUrlFrom('https://handbook.example.com/')).toBe('https://handbook.example.com');
    expect(siteUrlFrom('http://localhost:4321')).toBe('http://localhost:4321');
  });
  it('refuses an address with a path, which the generated links would skip, and what is not an address', () => {
    expect(() => siteUrlFrom('https://acme.github.io/handbook/')).toThrow(/^SITE_URL: .*without a path, found "https:\/\/acme.github.io\/handbook\/"/);
    expect(() => siteUrlFrom('handbook.example.com')).toThrow(/^SITE_URL: expected .*found "handbook.example.com"/);
  });
});

/** The file a refusal sends its reader to, which must exist in the repository they have. */
const citedFile = (message: string) => /\bsee (\S+\.mdx?)\b/.exec(message)?.[1];
const thrown = (run: () => unknown): string => {
  try {
    run();
  } catch (e) {
    return (e as Error).message;
  }
  return '';
};

describe('the refusals of a base path or an address with a path', () => {
  const refusals = { SITE_URL: thrown(() => siteUrlFrom('https://acme.github.io/handbook/')), base: basePathRefusal('/ml-handbook/')! };
  it.each(Object.entries(refusals))('%s: names the ways out, GitHub Pages’ two included, and cites a file the reader has', (_, message) => {
    expect(message).toMatch(/domain or subdomain of its own/);
    expect(message).toMatch(/custom domain/);
    expect(message).toMatch(/`<owner>\.github\.io`/);
    const file = citedFile(message);
    expect(file, message).toBeDefined();
    expect(() => readFileSync(join(repoRoot, file!)), file).not.toThrow();
  });
});

describe('a base path', () => {
  it('is refused at once, with what to do, rather than after a build whose every link is broken', () => {
    expect(basePathRefusal('/')).toBeUndefined();
    expect(basePathRefusal('')).toBeUndefined();
    expect(basePathRefusal('/ml-handbook/')).toMatch(/^base: .*domain's root.*found "\/ml-handbook\/"/);
    expect(basePathRefusal('/ml-handbook')).toMatch(/found "\/ml-handbook"/);
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
