import { describe, expect, it } from 'vitest';
import { isSlowConnection, prefetchTarget } from './link-prefetch';

const here = new URL('https://example.org/guide/page/?q=1#top');

describe('prefetchTarget', () => {
  it('gives another page of the same site, without its fragment', () => {
    expect(prefetchTarget('/other/#section', here, undefined, new Set())).toBe('https://example.org/other/');
    expect(prefetchTarget('../next/', here, undefined, new Set())).toBe('https://example.org/guide/next/');
  });

  it('treats another query on the same path as another page', () => {
    expect(prefetchTarget('/guide/page/?q=2', here, undefined, new Set())).toBe('https://example.org/guide/page/?q=2');
  });

  it('leaves out the page itself, a section of it, and other sites', () => {
    expect(prefetchTarget('#later', here, undefined, new Set())).toBeNull();
    expect(prefetchTarget('/guide/page/?q=1', here, undefined, new Set())).toBeNull();
    expect(prefetchTarget('https://elsewhere.example/', here, undefined, new Set())).toBeNull();
  });

  it('leaves out a page prefetched already and a link that opts out', () => {
    expect(prefetchTarget('/other/', here, undefined, new Set(['https://example.org/other/']))).toBeNull();
    expect(prefetchTarget('/other/', here, 'false', new Set())).toBeNull();
    expect(prefetchTarget('/other/', here, '', new Set())).toBe('https://example.org/other/');
  });

  it('gives null for an href that is not a URL', () => {
    expect(prefetchTarget('http://[', here, undefined, new Set())).toBeNull();
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
