import { describe, expect, it } from 'vitest';
import { headerPolicy, readInlineScriptHashes } from './csp';
import { headersFor, headersForPath, hostingHeaders, metaPolicies, nginxServer, parseHostingHeaders, parsePolicy, securityHeaders } from './headers';

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

describe('the nginx server block', () => {
  const block = nginxServer("default-src 'self'", { listen: '127.0.0.1:8080', root: '/srv/handbook/dist', serverName: '_' });
  const [server = '', assets = ''] = block.split(/\n\s*location \/_astro\/ \{/);

  it('serves the built folder, its index pages and its 404 page', () => {
    expect(block).toMatch(/^server \{\n {2}listen 127\.0\.0\.1:8080;\n {2}server_name _;\n {2}root \/srv\/handbook\/dist;/);
    expect(server).toContain('try_files $uri $uri/ =404;');
    expect(server).toContain('error_page 404 /404.html;');
  });

  it('sends the policy and every security header from the server and again from the asset location, which replaces them', () => {
    for (const part of [server, assets]) {
      expect(part).toContain(`add_header Content-Security-Policy "default-src 'self'" always;`);
      for (const [name, value] of Object.entries(securityHeaders)) expect(part).toContain(`add_header ${name} "${value}" always;`);
    }
    const cacheControl = headersForPath(parseHostingHeaders(hostingHeaders('')), '/_astro/x.js')['cache-control'];
    expect(assets).toContain(`add_header Cache-Control "${cacheControl}" always;`);
    expect(server).not.toContain('Cache-Control');
  });
});

describe('the configurations for a site built for a base path', () => {
  const policy = "default-src 'self'";
  it('send the headers on every path under the base, and cache its assets, in every host’s format', () => {
    const rules = parseHostingHeaders(hostingHeaders(policy, '/docs/'));
    expect(headersForPath(rules, '/docs/ladder/')['content-security-policy']).toBe(policy);
    expect(headersForPath(rules, '/docs/_astro/x.js')['cache-control']).toBeDefined();
    expect(headersForPath(rules, '/_astro/x.js')['cache-control']).toBeUndefined();
    expect(JSON.parse(headersFor('vercel', policy, '/docs/')).headers.map((h: { source: string }) => h.source)).toEqual(['/docs/(.*)', '/docs/_astro/(.*)']);
    expect(headersFor('apache', policy, '/docs/')).toContain('ErrorDocument 404 /docs/404.html');
  });
  it('serve the base’s folder with its 404 page (nginx)', () => {
    const block = nginxServer(policy, { listen: '80', root: '/srv/www', serverName: '_', base: '/docs/' });
    expect(block).toContain('location /docs/ {');
    expect(block).toContain('error_page 404 /docs/404.html;');
    expect(block).toContain('location /docs/_astro/ {');
    expect(block).not.toMatch(/location \/ \{|error_page 404 \/404/);
  });
  it('are the same as before for a site at a domain’s root', () => {
    for (const host of ['netlify', 'vercel', 'nginx', 'apache'] as const) expect(headersFor(host, policy, '/')).toBe(headersFor(host, policy));
  });
});
