import { describe, expect, it } from 'vitest';
import { isSlowConnection, prefetchTarget, type PrefetchLink } from './link-prefetch';

const here = new URL('https://example.org/guide/page/?q=1#top');

/** A link as the page script sees it: its href, its data attributes and its other attributes. */
const link = (href: string, attributes: Record<string, string> = {}, dataset: Record<string, string> = {}): PrefetchLink => ({
  href,
  dataset,
  hasAttribute: (name) => name in attributes,
});
const target = (href: string, done: ReadonlySet<string> = new Set()) => prefetchTarget(link(href), here, done);

describe('prefetchTarget', () => {
  it('gives another page of the same site, without its fragment', () => {
    expect(target('/other/#section')).toBe('https://example.org/other/');
    expect(target('../next/')).toBe('https://example.org/guide/next/');
  });

  it('treats another query on the same path as another page', () => {
    expect(target('/guide/page/?q=2')).toBe('https://example.org/guide/page/?q=2');
  });

  it('leaves out the page itself, a section of it, and other sites', () => {
    expect(target('#later')).toBeNull();
    expect(target('/guide/page/?q=1')).toBeNull();
    expect(target('https://elsewhere.example/')).toBeNull();
  });

  it('leaves out a page prefetched already and a link that opts out', () => {
    expect(target('/other/', new Set(['https://example.org/other/']))).toBeNull();
    expect(prefetchTarget(link('/other/', {}, { astroPrefetch: 'false' }), here, new Set())).toBeNull();
    expect(prefetchTarget(link('/other/', {}, { astroPrefetch: '' }), here, new Set())).toBe('https://example.org/other/');
  });

  it('leaves out a download, whatever its address, which would fetch the whole file on a hover', () => {
    expect(prefetchTarget(link('/materials/rubric/', { download: '' }), here, new Set())).toBeNull();
    expect(prefetchTarget(link('/other/', { download: 'other.html' }), here, new Set())).toBeNull();
  });

  it('leaves out a file that is not a page (its name ends in an extension other than .html)', () => {
    for (const file of ['/ladder.json', '/schema/ladder.schema.json', '/llms-full.txt', '/materials/rubric.pdf', '/data.CSV?v=2#top'])
      expect(target(file), file).toBeNull();
    expect(target('/guide/next.html')).toBe('https://example.org/guide/next.html');
    expect(target('/guide/next')).toBe('https://example.org/guide/next');
    expect(target('/v1.2/guide/')).toBe('https://example.org/v1.2/guide/');
  });

  it('gives null for an href that is not a URL', () => {
    expect(target('http://[')).toBeNull();
  });
});

describe('isSlowConnection', () => {
  it('is true when the reader saves data or the connection is 2g-like', () => {
    expect(isSlowConnection({ saveData: true, effectiveType: '4g' })).toBe(true);
    expect(isSlowConnection({ effectiveType: 'slow-2g' })).toBe(true);
    expect(isSlowConnection({ effectiveType: '4g' })).toBe(false);
    expect(isSlowConnection(undefined)).toBe(false);
  });
});
