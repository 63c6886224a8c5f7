import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { loadContent } from '~/lib/content/validation/load';
import { browseHref, competencyHref, docHref, homeHref, levelHref, roleHref } from '~/lib/site/urls';
import { dataFilesIn, editedFile } from '~/lib/site/edit-link';
import { brokenHandbookLinks, builtSiteFiles } from '~/lib/site/handbook-links';
import { dataCollectionsByName, roleFile, roleParts } from '~/schemas/collections';
import { editBaseUrl, editUrl, siteTitle } from '~/site';
import { builtPages, distDir, notFoundPage } from '../support/dist';
import { mainText } from '../support/html-text';
import { decodeEntities } from '~/lib/text/html-entities';
import { britishSpellings } from '~/lib/content/american-spelling';
import { repoRoot } from '../support/repo';
import { newestOf, readCommitDates } from '~/data/git-dates';

const pages = builtPages();
const { entries, pages: docs } = loadContent(repoRoot);
/** The data file each page generated from data is edited in. */
const sources = new Map([
  ...entries.filter((e) => e.collection === 'roles').map((e) => [levelHref(e.id), roleFile(e.id)] as const),
  ...entries.filter((e) => e.collection === 'competencies').map((e) => [competencyHref(e.id), dataCollectionsByName.competencies.file] as const),
]);

/** A node of the HTML syntax tree (hast), as far as the table of contents' test reads it. */
interface HtmlNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HtmlNode[];
}
const parseHtml = unified().use(rehypeParse);
const hasClass = (node: HtmlNode, name: string) => ([node.properties?.['className']].flat() as unknown[]).includes(name);
/** The elements under `node`, depth first, that `test` accepts, not looking inside those `skip` accepts. */
function elementsIn(node: HtmlNode, test: (n: HtmlNode) => boolean, skip: (n: HtmlNode) => boolean = () => false): HtmlNode[] {
  if (node.type === 'element' && skip(node)) return [];
  return [...(node.type === 'element' && test(node) ? [node] : []), ...(node.children ?? []).flatMap((c) => elementsIn(c, test, skip))];
}

describe('every built page', () => {
  it('lists every section heading (h2) of its text in its table of contents, those a component writes from the data too (page-end asides and a tool’s own panels aside)', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const page of pages) {
      const tree = parseHtml.parse(page.html) as HtmlNode;
      const [toc] = elementsIn(tree, (n) => n.tagName === 'starlight-toc');
      const [content] = elementsIn(tree, (n) => hasClass(n, 'sl-markdown-content'));
      if (!toc || !content) continue;
      const listed = new Set(elementsIn(toc, (n) => n.tagName === 'a').map((a) => String(a.properties?.['href'] ?? '')));
      const headings = elementsIn(content, (n) => n.tagName === 'h2' && typeof n.properties?.['id'] === 'string', (n) => n.tagName === 'aside' || hasClass(n, 'tool-panel'));
      checked += headings.length;
      for (const h of headings) if (!listed.has(`#${String(h.properties!['id'])}`)) problems.push(`${page.path}: #${String(h.properties!['id'])}`);
    }
    expect(checked).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('say what they say without JavaScript in words: no word runs into a link or emphasis where a line of the source broke (Astro drops that break inside <noscript>)', () => {
    const inline = '(?:a|strong|em|code|kbd|abbr|span)';
    const glued = new RegExp(`[\\p{L}\\p{N},.;:’”)]<${inline}\\b|</${inline}>[\\p{L}\\p{N}(“]`, 'u');
    const problems = pages.flatMap((page) =>
      [...page.html.matchAll(/<noscript>([\s\S]*?)<\/noscript>/g)].flatMap(([, inner = '']) => {
        const at = glued.exec(inner)?.index;
        return at === undefined ? [] : [`${page.path}: …${inner.slice(Math.max(0, at - 40), at + 40)}…`];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('show what the data writes in backticks as code, never the backticks themselves (a component that prints a description as it stands shows them)', () => {
    const problems = pages.flatMap((page) => {
      const prose = mainText(
        page.html
          .replace(/\s[\w-]+="[^"]*"/g, '') // attribute values, such as a copy button's code, are not text
          .replace(/<(pre|code)\b[\s\S]*?<\/\1>/gi, ' '),
      );
      return [...prose.matchAll(/`[^`]+`/g)].map((m) => `${page.path}: …${prose.slice(Math.max(0, m.index - 40), m.index + m[0].length + 20)}…`);
    });
    expect(problems).toEqual([]);
  });

  it('has exactly one h1, a title and a meta description', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const h1 = page.html.match(/<h1\b/g)?.length ?? 0;
      if (h1 !== 1) problems.push(`${page.path}: ${h1} h1 elements`);
      const title = /<title>([^<]*)<\/title>/.exec(page.html)?.[1]?.trim();
      if (!title) problems.push(`${page.path}: no <title>`);
      const description = /<meta name="description" content="([^"]*)"/.exec(page.html)?.[1]?.trim();
      if (!description) problems.push(`${page.path}: no meta description`);
    }
    expect(problems).toEqual([]);
  });

  it('have a browser tab title of “Page | Site”, except the home page, whose own title stands alone (it would repeat the site’s name)', () => {
    const tabTitle = (html: string) => decodeEntities(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '');
    const pageTitle = (html: string) => decodeEntities(/<meta property="og:title" content="([^"]*)"/.exec(html)?.[1] ?? '');
    const home = pages.find((p) => p.path === homeHref)!;
    expect(tabTitle(home.html)).toBe(pageTitle(home.html));
    const others = pages.filter((p) => p !== home && pageTitle(p.html) !== '');
    expect(others.length).toBeGreaterThan(0);
    const wrong = others.filter((p) => tabTitle(p.html) !== `${pageTitle(p.html)} | ${siteTitle}`).map((p) => `${p.path}: ${tabTitle(p.html)}`);
    expect(wrong).toEqual([]);
  });

  it('name each heading’s link as the heading reads, for screen readers (Starlight escaped a generated heading’s text twice)', () => {
    const wrong = pages.flatMap((page) =>
      [...page.html.matchAll(/<h[1-6]\b[^>]*>((?:(?!<\/h[1-6]>)[\s\S])*?)<\/h[1-6]>\s*<a class="sl-anchor-link"[^>]*>(?:(?!<\/a>)[\s\S])*?<span class="sr-only"[^>]*>([^<]*)<\/span>/g)]
        .filter(([, heading, label]) => !decodeEntities(label!).includes(decodeEntities(heading!.replace(/<[^>]*>/g, ''))))
        .map(([, heading, label]) => `${page.path}: “${heading}” is named “${label}”`),
    );
    expect(wrong).toEqual([]);
  });

  it('read in American English, as the role description does: templates and components too, which the validator does not read', () => {
    // Code names keys as they are spelled (an old file format's `behaviours`), and a release diff
    // shows the removed words of an earlier release as they were: neither is the handbook's prose.
    const prose = (html: string) => html.replace(/<(pre|code|del)\b[\s\S]*?<\/\1>/gi, ' ');
    const problems = pages.flatMap((p) =>
      britishSpellings(mainText(prose(p.html))).map((m) => `${p.path}: “${m.word}” (American: “${m.american}”)`),
    );
    expect([...new Set(problems)]).toEqual([]);
  });

  it('include every page of content/docs and every page generated from a level or competency', () => {
    const built = new Set(pages.map((p) => p.path));
    const expected = [...docs.map((d) => d.href), ...sources.keys()].filter((path) => path !== docHref('404'));
    expect(expected.filter((path) => !built.has(path))).toEqual([]);
  });

  it('that the search indexes is listed on the Browse page for a reader without JavaScript, in the sidebar or not', () => {
    const browse = pages.find((p) => p.path === browseHref)!;
    const noScript = /<noscript>([\s\S]*?)<\/noscript>/.exec(browse.html)?.[1] ?? '';
    const listed = new Set([...noScript.matchAll(/<a [^>]*href="([^"#]*)"/g)].map((m) => decodeEntities(m[1]!)));
    const indexed = pages.filter((p) => /\sdata-pagefind-body[\s=>]/.test(p.html));
    expect(indexed.length).toBeGreaterThan(1);
    expect(indexed.map((p) => p.path).filter((path) => !listed.has(path))).toEqual([]);
  });

  it('give the 404 page, which a host serves for any missing path, no “Last updated” date and no “Edit page” link: it has no content of its own to date or edit', () => {
    const { html } = notFoundPage();
    expect(html).not.toMatch(/<footer\b(?:(?!<\/footer>)[\s\S])*?<time datetime=/);
    expect(editedFile(html, editBaseUrl)).toBeUndefined();
  });

  it('links only to internal pages and anchors that exist (the check the build runs, over what it wrote)', () => {
    const broken = brokenHandbookLinks([...pages, notFoundPage()], new Set(builtSiteFiles(distDir)));
    expect(broken.map((b) => `${b.page} → ${b.href} (${b.problem})`)).toEqual([]);
  });

  it('links "Edit page" to the repository file the page comes from: its MDX, or the data of a generated page', () => {
    const problems: string[] = [];
    let generated = 0;
    for (const page of pages) {
      const file = editedFile(page.html, editBaseUrl);
      const expected = sources.get(page.path);
      if (expected) generated++;
      if (expected && file !== expected) problems.push(`${page.path}: edits ${file ?? 'nothing'}, expected ${expected}`);
      else if (file && !existsSync(join(repoRoot, file))) problems.push(`${page.path}: edits ${file}, which does not exist`);
      else if (!file && page.path !== '/' && [`${page.path.slice(1, -1)}.mdx`, `${page.path.slice(1)}index.mdx`].some((f) => existsSync(join(repoRoot, 'content/docs', f))))
        problems.push(`${page.path}: no edit link`);
    }
    expect(problems).toEqual([]);
    expect(generated).toBe(sources.size);
  });

  it('send an editor to the data files their tables and lists are generated from, beside "Edit page" (which opens the MDX)', () => {
    const problems: string[] = [];
    const links = (html: string) => new Set([...html.matchAll(/<a\b[^>]*?\shref="([^"]+)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&')));
    for (const page of pages) {
      const onPage = links(page.html);
      for (const file of dataFilesIn(page.html)) {
        if (!existsSync(join(repoRoot, file))) problems.push(`${page.path}: generated from ${file}, which does not exist`);
        else if (editedFile(page.html, editBaseUrl) && !onPage.has(editUrl(file))) problems.push(`${page.path}: generated from ${file}, with no link to edit it`);
      }
    }
    // Each part of a role description (its KPIs, skills, tools, goals, hiring criteria, scorecard)
    // is shown on the role's pages, and one of them links to where it is edited.
    const partNames = new Set<string>(roleParts.map((p) => p.name));
    for (const part of entries.filter((e) => partNames.has(e.collection))) {
      const rolePages = pages.filter((p) => p.path.startsWith(roleHref(part.id)));
      if (rolePages.length === 0) continue;
      if (!rolePages.some((p) => links(p.html).has(editUrl(part.file)))) problems.push(`${part.file}: no page of ${roleHref(part.id)} links to edit it`);
    }
    expect(problems).toEqual([]);
  });

  it('are dated no earlier than the last commit of the data files their tables and lists are made from', () => {
    const commits = readCommitDates();
    const problems: string[] = [];
    for (const page of pages) {
      const shown = /<footer\b[\s\S]*?<time datetime="([^"]+)"/.exec(page.html)?.[1];
      const newest = newestOf(commits, dataFilesIn(page.html));
      if (shown && newest && new Date(shown).getTime() < newest.getTime()) problems.push(`${page.path}: “Last updated” ${shown.slice(0, 10)}, but its data last changed ${newest.toISOString().slice(0, 10)}`);
    }
    expect(problems).toEqual([]);
  });
});
