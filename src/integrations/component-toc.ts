import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getComponentHeadings } from '../data/component-headings.ts';
import { tocEntries, withComponentHeadings } from '../lib/site/component-headings.ts';

/**
 * Starlight route middleware: a page's table of contents also lists the headings its components
 * render (the Staff+ archetypes, the releases, the validation rules…), where the page puts them
 * (src/lib/site/component-headings.ts). Pages whose components render no headings keep Starlight's.
 */
export const onRequest = defineRouteMiddleware(async ({ locals }) => {
  const route = locals.starlightRoute;
  const body = route.entry.body;
  if (!route.toc || !body) return;
  const provided = await getComponentHeadings();
  const headings = withComponentHeadings(body, route.headings, (name) => provided.get(name));
  if (headings.length === route.headings.length) return;
  const [top] = route.toc.items;
  if (!top) return;
  route.toc = { ...route.toc, items: tocEntries(headings, top, route.toc) };
});
