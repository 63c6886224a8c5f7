/**
 * The build's link check: every link from a built page to another page of the site (or to an
 * anchor in it) must arrive. It reads the pages as they were written, so links in MDX, links that
 * components render and links inside pages generated from data are checked alike.
 */
import { didYouMean } from '../content/validation/did-you-mean.ts';
import { decodeEntities } from '../text/html-entities.ts';
import { normalBase, withBase } from './urls.ts';

export interface BuiltPageHtml {
  /** Site path of the page, such as `/ladder/` or `/404.html`. */
  path: string;
  html: string;
}

export interface BrokenLink {
  /** The page the link is on. */
  page: string;
  /** The link as the page writes it (character references read). */
  href: string;
  problem: string;
}

export interface LinkCheckOptions {
  /** Every file of the built site, as site paths (`/ladder/index.html`, `/ladder.json`). */
  files: ReadonlySet<string>;
  /**
   * Pages whose URL fragment may carry state instead of naming an element (a share link, for
   * example). The function reads a fragment as the page's script gets it from `location.hash`
   * (percent-escapes kept, `#` left off): null when it is not state (then it must name an element,
   * as on any page), undefined when the state reads, or what is wrong with it.
   */
  stateFragments?: ReadonlyMap<string, (fragment: string) => string | undefined | null>;
  /**
   * The base path the site is served under (`/ml-handbook/`; `/` or unset: a domain's root). Pages
   * and files are named by their site paths (`/ladder/`); a link must lead under the base.
   */
  base?: string;
}

const scheme = /^[a-z][a-z0-9+.-]*:/i;
const origin = 'http://site.invalid';

/** The page file a site path is served from: a directory's index, or the file itself. */
export function servedFile(path: string): string {
  return path.endsWith('/') ? `${path}index.html` : path;
}

/** The element ids of a page (what its anchors can point to). */
export function elementIds(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1]!)));
}

/** Every link of every page that points inside the site and does not arrive, in page order. */
export function brokenInternalLinks(pages: readonly BuiltPageHtml[], { files, stateFragments, base = '/' }: LinkCheckOptions): BrokenLink[] {
  const prefix = normalBase(base);
  const htmlOf = new Map(pages.map((p) => [servedFile(p.path), p.html]));
  const ids = new Map<string, Set<string>>();
  const idsIn = (file: string) => {
    if (!ids.has(file)) ids.set(file, elementIds(htmlOf.get(file) ?? ''));
    return ids.get(file)!;
  };
  // A link's outcome depends on its page only when it is written relative to it: the links every
  // page repeats (the sidebar's and the header's, most of a page's links) are judged once, not once
  // per page.
  const judged = new Map<string, { href: string; problem: string | undefined }>();
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const [, raw] of page.html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)) {
      const key = raw!.startsWith('/') && !raw!.startsWith('//') ? raw! : `${page.path}\n${raw}`;
      let link = judged.get(key);
      if (!link) judged.set(key, (link = judge(raw!, page.path)));
      if (link.problem) broken.push({ page: page.path, href: link.href, problem: link.problem });
    }
  }
  return broken;

  /** What is wrong with the link `raw` (as the page writes it) on the page at `pagePath`, if anything. */
  function judge(raw: string, pagePath: string): { href: string; problem: string | undefined } {
    const href = decodeEntities(raw);
    if (scheme.test(href) || href.startsWith('//')) return { href, problem: undefined };
    let path: string, rawFragment: string;
    try {
      const url = new URL(href, origin + withBase(pagePath, prefix));
      const servedPath = decodeURIComponent(url.pathname);
      if (!servedPath.startsWith(prefix)) return { href, problem: `outside the site’s base path ${prefix} (write ${withBase(servedPath, prefix)})` };
      path = `/${servedPath.slice(prefix.length)}`;
      rawFragment = url.hash.slice(1);
    } catch {
      return { href, problem: 'not a well-formed URL' };
    }
    return { href, problem: linkProblem(path, rawFragment) };
  }

  function linkProblem(path: string, rawFragment: string): string | undefined {
    const file = servedFile(path);
    if (!files.has(file)) {
      // The site's URLs end in a slash (trailingSlash: 'always'); without it a host may not find the page.
      return files.has(`${path}/index.html`) ? `no trailing slash (write ${path}/)` : 'no such page';
    }
    if (!rawFragment) return undefined;
    const readState = stateFragments?.get(path);
    const state = readState ? readState(rawFragment) : null;
    if (state !== null) return state;
    if (!file.endsWith('.html')) return undefined;
    let id: string;
    try {
      id = decodeURIComponent(rawFragment);
    } catch {
      return `the anchor “${rawFragment}” is not well-formed`;
    }
    return idsIn(file).has(id) ? undefined : `no element with id “${id}” on ${path}`;
  }
}

/** What `formatBrokenLinks` may read to place a link in the file it is written in. */
export interface BrokenLinkSources {
  /** The text of a source file (a page's MDX), when it can be read. */
  read?: (file: string) => string | undefined;
  /** Every page of the built site, as site paths (`/ladder/`), to suggest the one a mistyped link meant. */
  pages?: Iterable<string>;
}

/**
 * The broken links as lines of a report, each with the file the page is edited in when known. A link
 * written in that file (an MDX page's own link) is reported as the validator reports a problem, at
 * its line and column: `file:line:column  broken-link  message (expected …, found …)`, with the page
 * a mistyped path most likely meant; a link a component or a data file renders, on the page's line.
 */
export function formatBrokenLinks(broken: readonly BrokenLink[], sourceOf: (page: string) => string | undefined, sources: BrokenLinkSources = {}): string {
  const pages = sources.pages ? [...sources.pages] : [];
  return broken
    .map(({ page, href, problem }) => {
      const source = sourceOf(page);
      const at = source ? positionIn(sources.read?.(source), href) : undefined;
      if (source && at) {
        const path = href.split('#')[0]!;
        const meant = problem === 'no such page' && path ? didYouMean(path, pages) : undefined;
        const expected = problem === 'no such page' ? `a page of the site${meant ? ` such as ${meant}` : ''}` : 'a page and anchor of the site';
        return `  ${source}:${at.line}:${at.column}  broken-link  the link to \`${href}\` (on ${page}) leads nowhere${meant ? ` (did you mean \`${meant}\`?)` : ''} (expected ${expected}, found ${problem})`;
      }
      return `  ${page}${source ? ` (${source})` : ''} → ${href}: ${problem}`;
    })
    .join('\n');
}

/**
 * Where a form is first written in a text such that the href in it ends where the link's target
 * ends. A Markdown link's target `](href` ends at `)` or at the whitespace before a title: the
 * href as reported is the whole target, fragment included, so `](/roles/lead` inside
 * `](/roles/lead-ml-engineer/)` or `](/roles/lead#part)` is another link. The other forms end in
 * their own closing quote or bracket.
 */
function firstIndexOf(text: string, form: string, markdown: boolean): number {
  for (let index = text.indexOf(form); index >= 0; index = text.indexOf(form, index + 1)) {
    const next = text[index + form.length];
    if (!markdown || next === undefined || next === ')' || /\s/.test(next)) return index;
  }
  return -1;
}

/** Where a link's target is first written in a file, 1-based, as a Markdown link `](href)` or an attribute `="href"`. */
function positionIn(text: string | undefined, href: string): { line: number; column: number } | undefined {
  if (!text) return undefined;
  const candidates = [`](${href}`, `="${href}"`, `='${href}'`, `<${href}>`]
    .map((form, i) => ({ form, index: firstIndexOf(text, form, i === 0) }))
    .filter((c) => c.index >= 0);
  const first = candidates.sort((a, b) => a.index - b.index)[0];
  if (!first) return undefined;
  const index = first.index + first.form.indexOf(href);
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}
