/**
 * The home page's links land where their words say. A link that names a kind of page in the plural
 * (“Printable interview kits”) must lead to a list of them, not to one: a QA tester followed that
 * link and found a single kit.
 */
import { describe, expect, it } from 'vitest';
import { homeHref, hiringGuideHref, rubricAnchor } from '~/lib/site/urls';
import { decodeEntities } from '~/lib/text/html-entities';
import { builtPages, type BuiltPage } from '../support/dist';

const pages = builtPages();
const pageAt = (path: string) => pages.find((p) => p.path === path);
const home = pageAt(homeHref)!;

/** The links of a piece of HTML, with their text. */
const linksIn = (html: string) =>
  [...html.matchAll(/<a\b[^>]*\bhref="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)].map((m) => ({ href: decodeEntities(m[1]!), text: decodeEntities(m[2]!.replace(/<[^>]+>/g, '')).trim() }));

/** The part of a page a link with `#fragment` leads to: from the element with that id to the next heading of the same rank or higher; the whole main content without one. */
function sectionAt(page: BuiltPage, fragment: string): string {
  const main = page.html.slice(page.html.indexOf('<main'), page.html.indexOf('</main>'));
  if (!fragment) return main;
  const at = main.search(new RegExp(`\\bid="${fragment}"`));
  if (at < 0) return '';
  const rank = /^[^>]*?<h([1-6])/.exec(main.slice(main.lastIndexOf('<', at)))?.[1] ?? '6';
  const rest = main.slice(at);
  const end = rest.slice(1).search(new RegExp(`<h[1-${rank}][\\s>]`));
  return end < 0 ? rest : rest.slice(0, end + 1);
}

/** The interview kits: the hiring guide's pages that hold a rubric. */
const kits = pages.filter((p) => p.path.startsWith(hiringGuideHref) && p.path !== hiringGuideHref && p.html.includes(`id="${rubricAnchor('')}`)).map((p) => p.path);

describe('the home page’s links', () => {
  it('finds the interview kits to check against', () => {
    expect(kits.length).toBeGreaterThan(1);
  });

  it('lead a link that names the interview kits to a place that links every one of them', () => {
    // The home page is content: without such a link there is nothing to follow.
    const named = linksIn(home.html).filter((l) => /\bkits\b/i.test(l.text));
    for (const link of named) {
      const [path, fragment = ''] = link.href.split('#');
      const target = pageAt(path!);
      expect(target, link.href).toBeDefined();
      const listed = new Set(linksIn(sectionAt(target!, fragment)).map((l) => l.href.split('#')[0]));
      expect(kits.filter((k) => !listed.has(k)), `“${link.text}” → ${link.href}`).toEqual([]);
    }
  });
});
