import type { AstroConfig, AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headerPolicy } from '../security/csp.ts';
import { hostingHeaders } from '../security/headers.ts';
import { editedFile } from '../lib/site/edit-link.ts';
import { finishPage, type FinishedPage } from '../lib/site/finish-page.ts';
import { buildCommitDates, newestOf, readCommitDates, settledBuildCommitDates, startBuildCommitDates } from '../data/git-dates.ts';
import { joinStylesheets, joinedStylesheet } from '../lib/site/joined-stylesheets.ts';
import { brokenHandbookLinks, builtSiteFiles } from '../lib/site/handbook-links.ts';
import { formatBrokenLinks, type BuiltPageHtml } from '../lib/site/internal-links.ts';
import { markdownTableLabel, type HastNode } from '../lib/site/markdown-tables.ts';
import { baseCollision, editBaseUrl } from '../site.ts';
import { finishingPrerenderer } from './finishing-prerenderer.ts';
import { stopBuild } from './stop-build.ts';

/**
 * Build hooks behind the handbook's quality gates:
 * - finishes every page (`src/lib/site/finish-page.ts`: fixes of Starlight's markup that fails axe
 *   or the Nu HTML Checker, the text boundaries of the search index, and “Last updated” counting the
 *   data files a page is made from) as Astro renders it, before it is written
 *   (`finishing-prerenderer.ts`), and any HTML file written otherwise once the build is done, before
 *   Pagefind indexes it; `astro dev` gets the same through a middleware;
 * - fails the build on a link to a page or anchor of the site that does not exist, on every built
 *   page, generated ones included (`src/lib/site/internal-links.ts`);
 * - joins each run of a page's stylesheet links into one file (`src/lib/site/joined-stylesheets.ts`:
 *   the browser paints once it has them all, and each file is a round trip on a slow connection);
 * - makes Markdown tables keyboard-scrollable and names them (Starlight turns each table into a scrolling box);
 * - writes `_headers` (Netlify, Cloudflare Pages) with the Content-Security-Policy of the build.
 *
 * It must come before Starlight in `integrations`: Starlight runs Pagefind in its own
 * `astro:build:done`, and hooks run in the order of the list, so the index reads finished pages.
 */
export function qualityGates(): AstroIntegration {
  /** Where the build writes its CSS and scripts: the folder in dist/ and its URL path. */
  const assets: Assets = { folder: '_astro', prefix: '/_astro/' };
  /** The base path the site is served under (`/`, or the folder of SITE_URL: src/site.ts). */
  let base = '/';
  /** The project's folder, which the source files an edit link names are relative to. */
  let projectRoot = process.cwd();
  /** The folder the build writes the site to. */
  let outDir = '';
  /** Astro's `build.format`: how a page's address becomes its file. */
  let format = 'directory';
  /** The pages finished as they were rendered, by the file of the site they are written to. */
  const finished = new Map<string, FinishedPage>();
  let finishOne: PageFinisher | undefined;
  const finisher = (commits: ReadonlyMap<string, Date>) => (finishOne ??= pageFinisher(outDir, assets, base, commits));
  /** The build's commit dates where a hook cannot wait: git has long answered once pages are written (else it is asked again, and waited for). */
  const commitsNow = () => settledBuildCommitDates() ?? readCommitDates();
  return {
    name: 'handbook:quality-gates',
    hooks: {
      'astro:config:setup': ({ addMiddleware, command, config, injectScript }) => {
        // The build finishes the written pages at once (far cheaper than a middleware, which makes
        // Astro stream every page into a Response and back); the dev server has no written pages.
        if (command === 'dev') addMiddleware({ entrypoint: new URL('./finish-page-middleware.ts', import.meta.url), order: 'post' });
        // git dates the pages while the content is synced and the server build runs (the first page
        // finished takes the dates), where the page finishing and the pages' bundle each waited on a
        // git log of their own as the pages were generated.
        if (command === 'build') startBuildCommitDates();
        // The styles that go with those fixes, bundled into every page's stylesheet.
        injectScript('page-ssr', `import ${JSON.stringify(fileURLToPath(new URL('../styles/starlight-fixes.css', import.meta.url)))};`);
        addTablePlugin(config.markdown.processor);
      },
      'astro:config:done': ({ config }) => {
        if (config.root) projectRoot = fileURLToPath(config.root);
        if (config.outDir) outDir = fileURLToPath(config.outDir);
        format = config.build.format;
        assets.folder = config.build.assets;
        base = config.base;
        assets.prefix = `${config.base.replace(/\/?$/, '/')}${config.build.assets}/`;
        // Starlight runs Pagefind in its own `astro:build:done`; hooks run in the order of the list.
        const names = config.integrations.map((i) => i.name);
        if (names.indexOf('@astrojs/starlight') < names.indexOf('handbook:quality-gates')) {
          throw new Error('handbook:quality-gates must come before starlight() in astro.config.mjs: it finishes the pages that Pagefind then indexes.');
        }
      },
      'astro:build:start': ({ logger, setPrerenderer }) => {
        const unsupported = unsupportedBuildFormat(format);
        if (unsupported) stopBuild(logger, unsupported);
        finished.clear();
        finishOne = undefined;
        setPrerenderer((prerenderer) =>
          finishingPrerenderer(prerenderer, {
            base,
            finish: async (file, html) => {
              const page = finisher(await buildCommitDates())(html);
              finished.set(file, page);
              return page.html;
            },
          }),
        );
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = builtSiteFiles(root);
        const collision = baseCollision(base, files);
        if (collision) stopBuild(logger, collision);
        const htmlFiles = files.filter((file) => file.endsWith('.html'));
        const written = new Set(htmlFiles);
        const unwritten = [...finished.keys()].filter((file) => !written.has(file));
        // A page finished for a file the build did not write: the written one would be finished twice.
        if (unwritten.length) stopBuild(logger, `handbook:quality-gates: pages finished for files the build did not write (${unwritten.join(', ')}); see pageFile in src/integrations/finishing-prerenderer.ts.`);
        const pages = finishPages(root, htmlFiles, { finished, finish: root === outDir ? (finishOne ?? finisher(commitsNow())) : pageFinisher(root, assets, base, commitsNow()) }, logger);
        checkLinks(pages, new Set(files), { projectRoot, base }, logger);
        writeFileSync(join(root, '_headers'), hostingHeaders(headerPolicy(), base));
        logger.info('`_headers` written with the Content-Security-Policy and security headers (see /reference/hosting/).');
      },
    },
  };
}

/**
 * Why the build stops on a `build.format` other than `directory`, or undefined. The handbook's
 * addresses end in a slash (`trailingSlash: 'always'`), and each page is the `index.html` of its
 * folder: the finishing of pages before they are written (`pageFile`), the link check and the hosting
 * set-ups (`_headers`, nginx's `index index.html`; /reference/hosting/) all read them so. With `file`
 * or `preserve`, Astro writes `/ladder.html` for `/ladder/`: every page would be finished twice and
 * every link reported broken, and hosts would answer `/ladder/` with a 404.
 */
export function unsupportedBuildFormat(format: string): string | undefined {
  if (format === 'directory') return undefined;
  return `handbook:quality-gates: build.format '${format}' is not supported. The handbook's addresses end in a slash (trailingSlash: 'always') and each page is written as <address>/index.html, which the finishing of pages, the link check and the hosting set-ups (/reference/hosting/) rely on. Remove build.format from astro.config.mjs (the default is 'directory').`;
}

type StylesheetJoiner = (html: string) => string;
type PageFinisher = (html: string) => FinishedPage;
interface Assets {
  folder: string;
  prefix: string;
}

/** Finishes a page (`finishPage`, its links under `base`, its data files dated by `commits`), then joins its stylesheets, which `root` holds. */
function pageFinisher(root: string, assets: Assets, base: string, commits: ReadonlyMap<string, Date>): PageFinisher {
  const newestCommit = (files: readonly string[]) => newestOf(commits, files);
  const joinSheets = stylesheetJoiner(root, assets);
  return (html) => {
    const { html: page, problem } = finishPage(html, { newestCommit, base });
    return { html: joinSheets(page), ...(problem ? { problem } : {}) };
  };
}

/**
 * The written pages as finished, by site path: those finished as they were rendered, and any other
 * finished in place (an HTML file the prerenderer did not write).
 */
function finishPages(root: string, htmlFiles: string[], { finished, finish }: { finished: ReadonlyMap<string, FinishedPage>; finish: PageFinisher }, logger: AstroIntegrationLogger): BuiltPageHtml[] {
  return htmlFiles.map((file) => {
    const path = file.replace(/\/index\.html$/, '/');
    let page = finished.get(file);
    if (!page) {
      page = finish(readFileSync(join(root, file), 'utf8'));
      writeFileSync(join(root, file), page.html);
    }
    if (page.problem) logger.warn(`${path}: ${page.problem}`);
    return { path, html: page.html };
  });
}

/**
 * Joins a page's stylesheets of the assets folder (`joinStylesheets`), writing each joined file
 * once: pages that link the same stylesheets share it.
 */
function stylesheetJoiner(root: string, assets: Assets): StylesheetJoiner {
  const written = new Map<string, string | undefined>();
  const fileOf = (href: string) => join(root, assets.folder, decodeURIComponent(href.slice(assets.prefix.length)));
  const joinRun = (hrefs: string[]) => {
    const key = hrefs.join('\n');
    if (!written.has(key)) {
      const sheet = joinedStylesheet(hrefs.map((h) => readFileSync(fileOf(h), 'utf8')));
      if (sheet) writeFileSync(fileOf(assets.prefix + sheet.fileName), sheet.text);
      written.set(key, sheet && assets.prefix + sheet.fileName);
    }
    return written.get(key);
  };
  return (html) => joinStylesheets(html, assets.prefix, joinRun);
}

/** Fails the build on links that do not arrive, naming each page's source file (from its edit link). */
function checkLinks(pages: BuiltPageHtml[], files: ReadonlySet<string>, { projectRoot, base }: { projectRoot: string; base: string }, logger: AstroIntegrationLogger): void {
  const broken = brokenHandbookLinks(pages, files, base);
  if (!broken.length) return;
  const htmlOf = new Map(pages.map((page) => [page.path, page.html]));
  const read = (file: string) => {
    try {
      return readFileSync(join(projectRoot, file), 'utf8');
    } catch {
      return undefined;
    }
  };
  const report = formatBrokenLinks(broken, (path) => editedFile(htmlOf.get(path) ?? '', editBaseUrl), { read, pages: pages.map((page) => page.path) });
  stopBuild(logger, `${broken.length} broken link(s) in the built site:\n${report}`);
}

type Processor = AstroConfig['markdown']['processor'];

/**
 * Starlight styles every Markdown table as `display: block; overflow: auto`, a scrolling region that
 * the keyboard cannot reach when the table is wider than the page (axe: scrollable-region-focusable,
 * WCAG 2.1.1). `tabindex="0"` lets keyboard users focus the table and scroll it with the arrow keys;
 * a name from its column headings (`markdownTableLabel`) says what they focused. The table keeps its
 * own role (a `region` role would hide that it is a table). Tables written as components (e.g.
 * `DataTable.astro`) bring their own focusable region.
 */
function addTablePlugin(processor: Processor): void {
  const options = (processor as { name?: string; options?: { hastPlugins?: unknown[]; rehypePlugins?: unknown[] } } | undefined)?.options;
  if (processor?.name === 'satteri' && Array.isArray(options?.hastPlugins)) {
    options.hastPlugins.push({
      name: 'handbook-focusable-tables',
      element: {
        filter: ['table'],
        visit(node: HastNode, ctx: { setProperty(node: unknown, key: string, value: unknown): void }) {
          if (node.properties?.['tabIndex'] === undefined) ctx.setProperty(node, 'tabIndex', 0);
          if (node.properties?.['ariaLabel'] === undefined) ctx.setProperty(node, 'ariaLabel', markdownTableLabel(node));
        },
      },
    });
  } else if (processor?.name === 'unified' && Array.isArray(options?.rehypePlugins)) {
    options.rehypePlugins.push(() => (tree: HastNode) => {
      const walk = (n: HastNode) => {
        if (n.type === 'element' && n.tagName === 'table') n.properties = { tabIndex: 0, ariaLabel: markdownTableLabel(n), ...n.properties };
        n.children?.forEach(walk);
      };
      walk(tree);
    });
  } else {
    throw new Error(`handbook:quality-gates: the Markdown processor "${processor?.name}" is not supported; add the focusable-table step for it.`);
  }
}

