import type { AstroPrerenderer } from 'astro';
import { normalBase } from '../lib/site/urls.ts';

/**
 * The pages Astro renders and writes with the build's prerenderer, each finished before it is
 * written (`finish`): the build then writes each page once, where finishing the written pages
 * afterwards read all of them back and wrote them again (src/integrations/quality-gates.ts).
 */
export function finishingPrerenderer(prerenderer: AstroPrerenderer, { base, finish }: { base: string; finish: (file: string, html: string) => string | Promise<string> }): AstroPrerenderer {
  return {
    ...prerenderer,
    name: `${prerenderer.name}+handbook-finishing`,
    async render(request, options) {
      const rendered = await prerenderer.render(request, options);
      const result = rendered instanceof Response ? { response: rendered } : rendered;
      const { response } = result;
      // Pages only: endpoints (llms.txt, ladder.json, the materials' files) are written as made, and
      // a redirect's page is Astro's own.
      if (options.routeData.type !== 'page' || response.status >= 300 && response.status < 400 || !response.body) return rendered;
      const file = pageFile(new URL(request.url).pathname, base);
      const html = await finish(file, await response.text());
      return { ...result, response: new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers }) };
    },
  };
}

/** Astro's pages at a status code's path, written as `/404.html` rather than `/404/index.html`. */
const statusPages = new Set(['/404', '/500']);

/**
 * The file of the built site (`/ladder/index.html`, `/404.html`) that Astro writes a page's HTML to,
 * from the path it was requested at (under the base path, as Astro requests it) in the `directory`
 * build format, the only one the handbook builds with (`unsupportedBuildFormat` in quality-gates.ts
 * stops a build with another). The output folder does not matter here: the path is the site's.
 */
export function pageFile(requestPath: string, base: string): string {
  const prefix = normalBase(base);
  const underBase = requestPath.startsWith(prefix) ? `/${requestPath.slice(prefix.length)}` : requestPath === prefix.slice(0, -1) ? '/' : requestPath;
  const path = decodeURIComponent(underBase);
  const bare = path.replace(/\/$/, '');
  if (statusPages.has(bare)) return `${bare}.html`;
  return path.endsWith('/') ? `${path}index.html` : `${path}/index.html`;
}
