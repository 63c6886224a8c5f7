import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { directives, readInlineScriptHashes } from '~/security/csp';
import { metaPolicies, parsePolicy } from '~/security/headers';
import { describeScript, inlineScripts } from '~/security/inline-scripts';
import { builtPages, distDir } from '../support/dist';

const pages = builtPages();
const committed = readInlineScriptHashes().scripts;
const fix = 'Review the script, then run `npm run csp:hashes` (it rewrites src/security/inline-script-hashes.json from a build and builds again) and commit the file.';

describe('the Content-Security-Policy', () => {
  it('is the first thing in the head of every page, with the strict directives', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const policies = metaPolicies(page.html);
      if (policies.length !== 1) {
        problems.push(`${page.path}: ${policies.length} CSP <meta> elements`);
        continue;
      }
      const policy = parsePolicy(policies[0]!);
      for (const directive of directives) {
        const [name, ...sources] = directive.split(' ');
        if (policy.get(name!)?.join(' ') !== sources.join(' ')) problems.push(`${page.path}: expected "${directive}", found "${name} ${policy.get(name!)?.join(' ')}"`);
      }
      const script = policy.get('script-src') ?? [];
      for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:']) if (script.includes(bad)) problems.push(`${page.path}: script-src allows ${bad}`);
      if ((policy.get('style-src') ?? []).includes("'unsafe-inline'")) problems.push(`${page.path}: style-src allows 'unsafe-inline' (only style attributes may)`);
      // A <meta> policy governs only what follows it.
      const metaAt = page.html.search(/<meta\s+http-equiv="content-security-policy"/i);
      const firstResource = page.html.search(/<script\b|<link\b[^>]*rel="?stylesheet|<style\b/i);
      if (firstResource !== -1 && firstResource < metaAt) problems.push(`${page.path}: a script or style comes before the CSP <meta>`);
    }
    expect(problems).toEqual([]);
  });

  it('allows every inline script of every page through a committed hash', () => {
    const missing = new Map<string, string[]>();
    for (const page of pages) {
      const allowed = new Set((parsePolicy(metaPolicies(page.html)[0] ?? '').get('script-src') ?? []).map((s) => s.replace(/'/g, '')));
      for (const script of inlineScripts(page.html)) {
        if (script.hash in committed && allowed.has(script.hash)) continue;
        const why = script.hash in committed ? 'in the file but not in the page policy (rebuild)' : 'not in src/security/inline-script-hashes.json';
        const key = `${script.hash} ${why}\n    ${describeScript(script)}`;
        missing.set(key, [...new Set([...(missing.get(key) ?? []), page.path])]);
      }
    }
    const report = [...missing].map(([key, where]) => `${key}\n    on ${where.length} page(s), e.g. ${where.slice(0, 3).join(', ')}`);
    expect(report, `Inline scripts the policy would block. ${fix}`).toEqual([]);
  });

  it('meets no inline <style> element (stylesheets are files; the policy allows none)', () => {
    const found = pages.filter((p) => /<style\b/i.test(p.html)).map((p) => p.path);
    expect(found, 'astro.config.mjs sets build.inlineStylesheets to never; a <style is:inline> would be blocked.').toEqual([]);
  });

  it('lists no hash that no page uses any more', () => {
    const used = new Set(pages.flatMap((p) => inlineScripts(p.html).map((s) => s.hash)));
    const stale = Object.entries(committed)
      .filter(([hash]) => !used.has(hash))
      .map(([hash, note]) => `${hash}  ${note}`);
    expect(stale, `Hashes of scripts that are gone still allow them to run. ${fix}`).toEqual([]);
  });

  it('is repeated, with the header-only directives, in _headers for Netlify and Cloudflare Pages', () => {
    const file = join(distDir, '_headers');
    expect(existsSync(file), 'dist/_headers is written by src/integrations/quality-gates.ts').toBe(true);
    const headers = readFileSync(file, 'utf8');
    const policy = parsePolicy(/Content-Security-Policy: (.*)/.exec(headers)?.[1] ?? '');
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    for (const hash of Object.keys(committed)) expect(policy.get('script-src')).toContain(`'${hash}'`);
  });
});

describe('the built pages', () => {
  it('have no inline event handlers and no javascript: URLs', () => {
    const found: string[] = [];
    for (const page of pages) {
      const html = page.html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '');
      for (const [tag] of html.matchAll(/<[a-z][a-z0-9-]*\b[^>]*>/gi)) {
        const attrs = tag.replace(/"[^"]*"|'[^']*'/g, '""');
        const handler = /\son[a-z]+\s*=/i.exec(attrs);
        if (handler) found.push(`${page.path}: ${handler[0].trim()} in ${tag.slice(0, 120)}`);
        if (/\s(?:href|src|action|formaction)\s*=\s*["']?\s*javascript:/i.test(tag)) found.push(`${page.path}: javascript: URL in ${tag.slice(0, 120)}`);
      }
    }
    expect(found, 'Attach behaviour with addEventListener in a bundled <script>; the policy blocks inline handlers.').toEqual([]);
  });

  it('load scripts, styles and images only from the site itself', () => {
    const external: string[] = [];
    for (const page of pages) {
      for (const [tag, url] of page.html.matchAll(/<(?:script|img|iframe|source|audio|video|embed)\b[^>]*\ssrc="([^"]+)"[^>]*>|<link\b[^>]*\shref="([^"]+)"[^>]*>/gi)) {
        const target = url ?? /\shref="([^"]+)"/.exec(tag)?.[1] ?? '';
        if (/^link/i.test(tag.slice(1)) && /rel="(?:canonical|sitemap|alternate)"/.test(tag)) continue;
        if (/^(?:https?:)?\/\//i.test(target)) external.push(`${page.path}: ${tag.slice(0, 140)}`);
      }
    }
    expect(external).toEqual([]);
  });
});
