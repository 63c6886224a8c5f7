import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { homeHref } from '../lib/site/urls.ts';

/**
 * Starlight route middleware: the home page's browser tab title is its own title alone. Starlight
 * writes every page's as “Page | Site”; the home page's title already names the handbook, which
 * the tab then named twice. Every other page keeps
 * Starlight's, which tells a tab of the handbook apart from other sites'.
 */
export const onRequest = defineRouteMiddleware(({ locals, url }) => {
  if (url.pathname !== homeHref) return;
  const route = locals.starlightRoute;
  const title = route.head.find((entry) => entry.tag === 'title');
  if (title) title.content = route.entry.data.title;
});
