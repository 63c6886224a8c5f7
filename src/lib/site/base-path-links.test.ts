import { describe, expect, it } from 'vitest';
import { linksUnderBase } from './base-path-links';

const page = [
  '<!doctype html><html><head>',
  '<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/b.js"></script>',
  '<link rel="canonical" href="https://acme.github.io/docs/a/">',
  '</head><body>',
  '<a href="/ladder/">Ladder</a> <a href="/docs/">Home</a> <a href="#top">Top</a> <a href="https://example.org/">Out</a>',
  "<a href='/glossary/#term'>T</a> <img src=/img/x.svg srcset=\"/img/x.svg 1x, /img/x2.svg 2x\"> <form action=\"/browse/\"></form>",
  '<pre><code>&lt;a href="/not-a-link/"&gt;</code></pre>',
  '<!-- <a href="/commented/"> -->',
  '<script type="application/json" data-model>{"href":"/in-data/"}</script>',
  '<script>const a = \'<a href="/in-script/">\';</script>',
  '</body></html>',
].join('');

describe('the links of a page under a base path', () => {
  it('leaves the page as it is when the site is served from a domain’s root', () => {
    expect(linksUnderBase(page, '/')).toBe(page);
  });
  it('puts every root-absolute URL of a tag under the base, whatever its quotes, srcset and form actions included', () => {
    const out = linksUnderBase(page, '/docs/');
    for (const url of ['href="/docs/_astro/a.css"', 'src="/docs/_astro/b.js"', 'href="/docs/ladder/"', "href='/docs/glossary/#term'", 'src=/docs/img/x.svg', 'srcset="/docs/img/x.svg 1x, /docs/img/x2.svg 2x"', 'action="/docs/browse/"'])
      expect(out).toContain(url);
  });
  it('reads a tag to its end when an attribute before the link holds a “>”', () => {
    expect(linksUnderBase('<a title="lead > senior" data-x=\'a>b\' href="/ladder/">L</a>', '/docs/')).toBe('<a title="lead > senior" data-x=\'a>b\' href="/docs/ladder/">L</a>');
  });
  it('leaves what is already under the base, anchors and other sites alone', () => {
    const out = linksUnderBase(page, '/docs/');
    for (const url of ['href="/docs/">Home', 'href="#top"', 'href="https://example.org/"', 'href="https://acme.github.io/docs/a/"']) expect(out).toContain(url);
    expect(out).not.toContain('/docs/docs/');
  });
  it('leaves text, code samples, comments, scripts and data blocks as written', () => {
    const out = linksUnderBase(page, '/docs/');
    for (const text of ['&lt;a href="/not-a-link/"&gt;', '<a href="/commented/">', '{"href":"/in-data/"}', '<a href="/in-script/">']) expect(out).toContain(text);
  });
  it('finishes a finished page to the same page', () => {
    const once = linksUnderBase(page, '/docs/');
    expect(linksUnderBase(once, '/docs/')).toBe(once);
  });
});
