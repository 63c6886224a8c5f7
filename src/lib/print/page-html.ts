/**
 * A page of the handbook's document (its Markdown) as HTML for the printable handbook: its headings
 * one level under the page's own title, links to other pages of the document turned into links
 * within it, tables in a labelled box that scrolls on a narrow screen and prints whole. No ids of
 * its own, so that no two pages in one document clash. Pure.
 */
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

/** The id of a page's section in the printable handbook: `/ladder/levels/lead/` → `print-ladder-levels-lead`. */
export const printAnchor = (href: string): string => `print-${href.replace(/^\/|\/$/g, '').replace(/[^a-z0-9]+/gi, '-').toLowerCase() || 'home'}`;

interface MdNode {
  type: string;
  depth?: number;
  url?: string;
  children?: MdNode[];
}
interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

export interface PageHtmlOptions {
  /** Headings move this many levels down: 1 puts a page's `##` under its `<h2>` title as `<h3>`. */
  shift: number;
  /** Site paths of the pages in the document: a link to one of them becomes a link to its section. */
  inDocument: ReadonlySet<string>;
  /** Where the site is published: links to it (`https://site/x/`) count as site paths. */
  siteUrl: string;
  /** Names the page's tables for screen readers: `Table 2 of Lead Machine Learning Engineer`. */
  title: string;
}

function walk<T extends { children?: T[] }>(node: T, visit: (node: T, parent: T | undefined, index: number) => void, parent?: T, index = 0): void {
  visit(node, parent, index);
  node.children?.forEach((child, i) => walk(child, visit, node, i));
}

/** The page's Markdown as an HTML fragment. */
export function pageHtml(markdown: string, options: PageHtmlOptions): string {
  const origin = options.siteUrl.replace(/\/$/, '');
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(() => (tree: MdNode) =>
      walk(tree, (node) => {
        if (node.type === 'heading') node.depth = Math.min((node.depth ?? 1) + options.shift, 6);
        if (node.type === 'link' && node.url) {
          const path = node.url.startsWith(`${origin}/`) ? node.url.slice(origin.length) : node.url;
          const page = path.startsWith('/') ? path.split('#')[0]!.split('?')[0]! : undefined;
          if (page && options.inDocument.has(page)) node.url = `#${printAnchor(page)}`;
          else if (page) node.url = path;
        }
      }),
    )
    .use(remarkRehype)
    .use(() => (tree: HastNode) => {
      let tables = 0;
      walk(tree, (node, parent, index) => {
        if (node.type !== 'element' || node.tagName !== 'table' || !parent?.children) return;
        tables++;
        parent.children[index] = {
          type: 'element',
          tagName: 'div',
          properties: { className: ['print-table'], role: 'region', ariaLabel: `Table ${tables} of ${options.title}`, tabIndex: 0 },
          children: [node],
        };
      });
    })
    .use(rehypeStringify);
  return String(processor.processSync(markdown));
}
