import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

/**
 * Starlight route middleware: the home page's browser tab title is its own title alone. Starlight
 * writes every page's as “Page | Site”; the home page's title already names the handbook, which
 * the tab then named twice. Every other page keeps
 * Starlight's, which tells a tab of the handbook apart from other sites'.
 *
 * The home page is told by its route id (`''`, content/docs/index.mdx), not by the request's path:
 * under a base path (`/ml-handbook/`) the path is not `/`, and the title named the handbook twice.
 */
export const onRequest = defineRouteMiddleware(({ locals }) => {
  const route = locals.starlightRoute;
  if (route.id !== '') return;
  const title = route.head.find((entry) => entry.tag === 'title');
  if (title) title.content = route.entry.data.title;
});
