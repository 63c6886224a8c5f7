/**
 * A page of the handbook's document (its Markdown) as HTML for the printable handbook: its headings
 * one level under the page's own title, links to other pages of the document turned into links
 * within it, tables in a labelled box that scrolls on a narrow screen and prints whole. No ids of
 * its own, so that no two pages in one document clash. Pure. Parsed and rendered by satteri, the
 * Rust Markdown compiler Astro itself uses: the whole handbook takes milliseconds, where
 * micromark took seconds.
 */
import { defineHastPlugin, defineMdastPlugin, markdownToHtml } from 'satteri';

/** The id of a page's section in the printable handbook: `/ladder/levels/lead/` → `print-ladder-levels-lead`. */
export const printAnchor = (href: string): string => `print-${href.replace(/^\/|\/$/g, '').replace(/[^a-z0-9]+/gi, '-').toLowerCase() || 'home'}`;

export interface PageHtmlOptions {
  /** Headings move this many levels down: 1 puts a page's `##` under its `<h2>` title as `<h3>`. */
  shift: number;
  /** Site paths of the pages in the document: a link to one of them becomes a link to its section. */
  inDocument: ReadonlySet<string>;
  /** Where the site is published: links to it (`https://site/x/`) count as site paths. */
  siteUrl: string;
  /** Names the page's tables for screen readers: `Table 2 of Lead Machine Learning Engineer`. */
  title: string;
  /** The page's own site path: a link within it (`#add-a-track`) goes to its section, as the page has no ids of its own here. */
  href: string;
}

/** Where a link of a page goes in the document: its section when the page is in it (a link within the page too), else the site path (or the address as it was). */
export function documentLink(url: string, options: Pick<PageHtmlOptions, 'inDocument' | 'siteUrl' | 'href'>): string {
  const origin = options.siteUrl.replace(/\/$/, '');
  const path = url.startsWith('#') ? `${options.href}${url}` : url.startsWith(`${origin}/`) ? url.slice(origin.length) : url;
  if (!path.startsWith('/')) return url;
  const page = path.split('#')[0]!.split('?')[0]!;
  return options.inDocument.has(page) ? `#${printAnchor(page)}` : path;
}

/** The page's Markdown as an HTML fragment. */
export function pageHtml(markdown: string, options: PageHtmlOptions): string {
  let tables = 0;
  const { html } = markdownToHtml(markdown, {
    mdastPlugins: [
      defineMdastPlugin({
        name: 'print-headings-and-links',
        heading(node, ctx) {
          ctx.setProperty(node, 'depth', Math.min(node.depth + options.shift, 6) as typeof node.depth);
        },
        link(node, ctx) {
          ctx.setProperty(node, 'url', documentLink(node.url, options));
        },
      }),
    ],
    hastPlugins: [
      defineHastPlugin({
        name: 'print-table-regions',
        element: {
          filter: ['table'],
          visit(node, ctx) {
            tables++;
            ctx.wrapNode(node, { type: 'element', tagName: 'div', properties: { className: ['print-table'], role: 'region', ariaLabel: `Table ${tables} of ${options.title}`, tabIndex: 0 }, children: [] });
          },
        },
      }),
    ],
  });
  return html;
}
