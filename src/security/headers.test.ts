import { describe, expect, it } from 'vitest';
import { headerPolicy, readInlineScriptHashes } from './csp';
import { headersFor, headersForPath, hostingHeaders, metaPolicies, parseHostingHeaders, parsePolicy } from './headers';

describe('the header policy', () => {
  const policy = parsePolicy(headerPolicy());

  it('is strict and allows each committed inline script by its hash', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    const script = policy.get('script-src') ?? [];
    expect(script).not.toContain("'unsafe-inline'");
    for (const hash of Object.keys(readInlineScriptHashes().scripts)) expect(script).toContain(`'${hash}'`);
  });

  it('is written the same way for every host', () => {
    const value = headerPolicy();
    expect(hostingHeaders(value)).toContain(`  Content-Security-Policy: ${value}\n`);
    expect(JSON.parse(headersFor('vercel', value)).headers[0].headers[0]).toEqual({ key: 'Content-Security-Policy', value });
    expect(headersFor('nginx', value)).toContain(`add_header Content-Security-Policy "${value}" always;`);
    expect(headersFor('apache', value)).toContain(`Header always set Content-Security-Policy "${value}"`);
  });
});

describe('metaPolicies', () => {
  it('reads the policy of a CSP <meta>, decoding entities', () => {
    expect(metaPolicies('<meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; img-src data:">')).toEqual(["default-src 'self'; img-src data:"]);
    expect(metaPolicies('<meta name="description" content="x">')).toEqual([]);
  });
});

describe('reading a _headers file back', () => {
  const rules = parseHostingHeaders(hostingHeaders("default-src 'self'"));

  it('finds each block and its headers, skipping comments', () => {
    expect(rules.map((r) => r.pattern)).toEqual(['/*', '/_astro/*']);
    expect(rules[0]!.headers[0]).toEqual(['Content-Security-Policy', "default-src 'self'"]);
  });

  it('sends the site-wide headers everywhere and long caching only under /_astro/', () => {
    const page = headersForPath(rules, '/ladder/');
    expect(page['content-security-policy']).toBe("default-src 'self'");
    expect(page['x-content-type-options']).toBe('nosniff');
    expect(page['cache-control']).toBeUndefined();
    expect(headersForPath(rules, '/_astro/page.abc123.js')['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(headersForPath(parseHostingHeaders('/exact\n  X-Only: here\n'), '/exact/more')).toEqual({});
  });
});
