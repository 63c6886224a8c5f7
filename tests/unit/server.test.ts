/**
 * The static server the scripts serve a build with (tests/support/server.ts): a build made for a
 * folder of a site (SITE_URL with a path) is served under that folder, as its host serves it, so
 * that Lighthouse and the screenshots load its links and assets rather than the page not found.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { builtBase, serveBuild } from '../support/server';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A build whose home page names `canonical` as its address (none when undefined), with one page and a page not found. */
function build(canonical: string | undefined): string {
  const dir = mkdtempSync(join(tmpdir(), 'served-build-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'index.html'), `<html><head>${canonical ? `<link rel="canonical" href="${canonical}"/>` : ''}</head><body>home</body></html>`);
  mkdirSync(join(dir, 'some-page'));
  writeFileSync(join(dir, 'some-page', 'index.html'), '<p>a page</p>');
  writeFileSync(join(dir, '404.html'), '<p>not found</p>');
  return dir;
}

describe('serving a build', () => {
  it('reads the base path a build was made for from its home page’s address, the root without one', () => {
    expect(builtBase(build('https://acme.github.io/ml-handbook/'))).toBe('/ml-handbook/');
    expect(builtBase(build('https://acme.github.io/ml-handbook'))).toBe('/ml-handbook/');
    expect(builtBase(build('https://handbook.example.com/'))).toBe('/');
    expect(builtBase(build(undefined))).toBe('/');
  });

  it('serves a build made for a folder under that folder, and nothing outside it', async () => {
    const site = await serveBuild(build('https://acme.github.io/ml-handbook/'));
    try {
      expect(site.url).toMatch(/\/ml-handbook$/);
      const inside = await fetch(`${site.url}/some-page/`);
      expect([inside.status, await inside.text()]).toEqual([200, '<p>a page</p>']);
      const outside = await fetch(new URL('/some-page/', site.url));
      expect([outside.status, await outside.text()]).toEqual([404, '<p>not found</p>']);
    } finally {
      await site.close();
    }
  });

  it('serves a build made for a domain’s root at the root', async () => {
    const site = await serveBuild(build('https://handbook.example.com/'));
    try {
      const page = await fetch(`${site.url}/some-page/`);
      expect(page.status).toBe(200);
    } finally {
      await site.close();
    }
  });
});
