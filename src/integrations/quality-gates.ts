import type { AstroConfig, AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headerPolicy } from '../security/csp.ts';
import { hostingHeaders } from '../security/headers.ts';
import { markdownTableLabel, type HastNode } from '../lib/site/markdown-tables.ts';

/**
 * Build hooks behind the handbook's quality gates:
 * - fixes the markup of Starlight's own components that fails axe or the Nu HTML Checker, on every
 *   rendered page (a middleware; see `src/lib/site/starlight-fixes.ts`);
 * - makes Markdown tables keyboard-scrollable and names them (Starlight turns each table into a scrolling box);
 * - writes `_headers` (Netlify, Cloudflare Pages) with the Content-Security-Policy of the build;
 * - tells the links validator which links point to pages generated from data, and checks those itself.
 */
export function qualityGates(): AstroIntegration {
  return {
    name: 'handbook:quality-gates',
    hooks: {
      'astro:config:setup': ({ addMiddleware, config, injectScript }) => {
        addMiddleware({ entrypoint: new URL('./starlight-fixes-middleware.ts', import.meta.url), order: 'post' });
        // The styles that go with those fixes, bundled into every page's stylesheet.
        injectScript('page-ssr', `import ${JSON.stringify(fileURLToPath(new URL('../styles/starlight-fixes.css', import.meta.url)))};`);
        addTablePlugin(config.markdown.processor);
      },
      'astro:config:done': ({ config }) => {
        state.outDir = fileURLToPath(config.outDir);
      },
      'astro:routes:resolved': ({ routes }) => {
        // Pages injected from data (src/routes/*), not Starlight's catch-all docs route.
        state.generated = routes
          .filter((r) => r.origin === 'external' && !r.entrypoint.includes('@astrojs/starlight') && !r.entrypoint.includes('node_modules'))
          .map((r) => r.patternRegex);
      },
      'astro:build:done': ({ dir, logger }) => {
        writeFileSync(join(fileURLToPath(dir), '_headers'), hostingHeaders(headerPolicy()));
        logger.info('`_headers` written with the Content-Security-Policy and security headers (see /reference/hosting/).');
      },
    },
  };
}

const state: { outDir: string | undefined; generated: RegExp[] } = { outDir: undefined, generated: [] };

/**
 * For starlight-links-validator's `exclude` option. The plugin knows only Starlight's docs pages
 * and reports a link to a page generated from data (an injected route) as invalid. This function
 * checks such links itself against the built page: it returns `true` (skip) when the page and the
 * anchor exist, and `false` otherwise, so the plugin then reports the broken link and fails the build.
 */
export function isValidLinkToGeneratedPage({ link }: { link: string }): boolean {
  if (!link.startsWith('/') || !state.outDir) return false;
  const [pathAndQuery = '', hash] = link.split('#');
  const path = decodeURIComponent(pathAndQuery.split('?')[0] ?? '');
  if (!state.generated.some((re) => re.test(path))) return false;
  const file = join(state.outDir, path, 'index.html');
  if (!existsSync(file)) return false;
  if (!hash) return true;
  return new RegExp(`\\sid="${escapeRegExp(decodeURIComponent(hash))}"`).test(readFileSync(file, 'utf8'));
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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

