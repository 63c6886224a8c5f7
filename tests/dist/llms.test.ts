/**
 * The llms files as built: every level and competency under its own heading with what it expects,
 * no form, no 404 page and no server configuration, the typographic quotes the pages show, llms-small.txt within its token budget, and an
 * index in the llmstxt.org format whose links all lead to built pages. Expectations come from the
 * content (read with the validator's loader) and from dist/, never copied.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadContent } from '~/lib/content/validation/load';
import { smallBudget, tokensOf } from '~/lib/llms/selection';
import { competencyHref, levelHref, llmsRoutes, printRoute } from '~/lib/site/urls';
import { headerPolicy } from '~/security/csp';
import { headersFor } from '~/security/headers';
import { siteUrl } from '~/site';
import { distDir, requireDist } from '../support/dist';
import { asShown, mainText } from '../support/html-text';
import { repoRoot } from '../support/repo';

requireDist();
const read = (path: string) => readFileSync(join(distDir, path), 'utf8');
const full = read(llmsRoutes.full);
const small = read(llmsRoutes.small);
const index = read(llmsRoutes.index);
const { entries } = loadContent(repoRoot);
const of = (collection: string) => entries.filter((e) => e.collection === collection && e.valid);
const levels = of('roles').map((e) => ({ id: e.id, ...(e.data as { title: string; expectations: Record<string, { behaviors: string[]; evidence: string[] }> }) }));
const competencies = of('competencies').map((e) => e.data as { id: string; name: string; summary: string });

/** Markdown as a reader reads it: escapes removed. */
const plain = (markdown: string) => markdown.replace(/\\([\\`*_[\]<>|])/g, '$1');

/** The page sections of a full text: each `## Title`, its address and its body up to the next page. */
function pagesOf(text: string): { title: string; url: string; body: string }[] {
  return text
    .split(/^## /m)
    .slice(1)
    .map((chunk) => {
      const [title = '', ...rest] = chunk.split('\n');
      const body = rest.join('\n');
      return { title: plain(title), url: /^URL: (\S+)$/m.exec(body)?.[1] ?? '', body: plain(body) };
    });
}
const pageAt = (text: string, href: string) => pagesOf(text).find((p) => p.url === new URL(href, siteUrl).href);

describe('llms-full.txt', () => {
  it('has every level under its own heading, with each competency’s behaviors and evidence', () => {
    expect(levels.length).toBeGreaterThan(0);
    for (const level of levels) {
      const page = pageAt(full, levelHref(level.id));
      expect(page?.title, level.id).toBe(level.title);
      for (const [competency, e] of Object.entries(level.expectations)) {
        const name = competencies.find((c) => c.id === competency)!.name;
        expect(page!.body, `${level.id} › ${competency}`).toMatch(new RegExp(`^#{3,6} ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
        for (const line of [...e.behaviors, ...e.evidence]) expect(asShown(page!.body), `${level.id} › ${competency}`).toContain(asShown(line));
      }
    }
  });

  it('has every competency under its own heading, with its summary and every level that expects it', () => {
    for (const c of competencies) {
      const page = pageAt(full, competencyHref(c.id));
      expect(page?.title, c.id).toBe(c.name);
      expect(asShown(page!.body)).toContain(asShown(c.summary));
      for (const level of levels.filter((l) => l.expectations[c.id])) expect(page!.body, `${c.id} at ${level.id}`).toContain(level.title);
    }
  });

  it('has every glossary term under its own heading', () => {
    for (const term of of('glossary').map((e) => e.data as { term: string })) expect(plain(full)).toMatch(new RegExp(`^#{3,6} ${term.term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
  });

  it('holds no form, no 404 page and no web server configuration', () => {
    expect(full).not.toMatch(/<(form|input|select|textarea|button|label|fieldset|script|noscript)\b/i);
    const notFound = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(repoRoot, 'content/docs/404.md'), 'utf8'))![1]!) as { title: string; description: string; hero: { tagline: string } };
    for (const text of [notFound.title, notFound.description, notFound.hero.tagline]) expect(full).not.toContain(text);
    for (const host of ['nginx', 'apache', 'netlify', 'vercel'] as const) {
      const config = headersFor(host, headerPolicy()).split('\n').filter((line) => line.trim().length > 20);
      for (const line of config) expect(full, host).not.toContain(line.trim());
    }
  });

  it('links only to absolute addresses of the site or elsewhere, never to site paths a reader cannot follow', () => {
    expect([...full.matchAll(/\]\((\/[^)]*)\)/g)].map((m) => m[1])).toEqual([]);
  });
});

describe('the prose of llms-full.txt and the printable handbook', () => {
  const straightQuote = /.{0,30}(?:\p{L}'\p{L}|(?:^|\s)["']\p{L}|\p{L}["'](?:\s|[.,;:?!)]|$)).{0,30}/gmu;
  const texts = {
    [llmsRoutes.full]: full.replace(/^```[^]*?^```/gm, '').replace(/`[^`\n]*`/g, '').replace(/\]\([^)]*\)/g, ']'),
    [printRoute.href]: mainText(read(join(printRoute.href, 'index.html')).replace(/<(pre|code)\b[^]*?<\/\1>/g, ' ')),
  };
  it.each(Object.keys(texts))('%s quotes as the pages do: no straight apostrophe or quote outside code', (path) => {
    expect(texts[path]!.match(straightQuote) ?? []).toEqual([]);
  });
});

describe('llms-small.txt', () => {
  it(`fits in a model’s context: at most ${smallBudget.toLocaleString('en')} tokens (characters / 4)`, () => {
    console.log(`llms-small.txt: ${Buffer.byteLength(small).toLocaleString('en')} bytes, about ${tokensOf(small).toLocaleString('en')} tokens; llms-full.txt: ${Buffer.byteLength(full).toLocaleString('en')} bytes, about ${tokensOf(full).toLocaleString('en')} tokens`);
    expect(tokensOf(small)).toBeLessThanOrEqual(smallBudget);
    expect(small.length).toBeLessThan(full.length);
  });

  it('still has every level with its behaviors, and every competency', () => {
    for (const level of levels) {
      const page = pageAt(small, levelHref(level.id));
      expect(page?.title, level.id).toBe(level.title);
      for (const e of Object.values(level.expectations)) for (const b of e.behaviors) expect(asShown(page!.body)).toContain(asShown(b));
    }
    for (const c of competencies) expect(pageAt(small, competencyHref(c.id))?.title).toBe(c.name);
  });
});

describe('a proficiency in the llms files and the printable handbook', () => {
  /** `4 of 5 (Expert) (Expert)`: a step's name written twice after its number. */
  const stepNamedTwice = /\d+ of \d+ \(([^()]+)\) \(\1\)/;

  it('names its step once, after its number', () => {
    const texts = { [llmsRoutes.full]: full, [llmsRoutes.small]: small, [printRoute.href]: mainText(read(join(printRoute.href, 'index.html'))) };
    for (const [route, text] of Object.entries(texts)) {
      expect(text, route).toMatch(/\d+ of \d+ \(/);
      expect(stepNamedTwice.exec(text)?.[0], route).toBeUndefined();
    }
  });
});

describe('llms.txt', () => {
  it('is an llmstxt.org index: a title, a summary, then sections of links', () => {
    const [title, , summary] = index.split('\n');
    expect(title).toMatch(/^# \S/);
    expect(summary).toMatch(/^> \S/);
    expect(index).toMatch(/^## /m);
    for (const file of [llmsRoutes.full, llmsRoutes.small]) expect(index).toContain(`(${new URL(file, siteUrl).href})`);
  });

  it('links to pages that were built, every page of llms-full.txt among them', () => {
    const links = [...index.matchAll(/\]\(([^)]+)\)/g)].map((m) => new URL(m[1]!));
    for (const url of links) {
      expect(url.origin).toBe(new URL(siteUrl).origin);
      const file = url.pathname.endsWith('/') ? join(distDir, url.pathname, 'index.html') : join(distDir, url.pathname);
      expect(existsSync(file), url.pathname).toBe(true);
    }
    const listed = new Set(links.map((u) => u.href));
    for (const page of pagesOf(full)) expect(listed.has(page.url), page.url).toBe(true);
  });
});
