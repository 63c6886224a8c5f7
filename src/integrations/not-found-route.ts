import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

/**
 * Starlight route middleware for the 404 page. content/docs/404.md is marked `draft: true` so that
 * Starlight's docs route, which skips drafts in a build, leaves it to Starlight's own 404 route
 * (rendering it from both made the build warn that the two routes conflict). The page itself is
 * no draft: without this, Starlight would show its “draft” notice on it.
 */
export const onRequest = defineRouteMiddleware(({ locals }) => {
  const route = locals.starlightRoute;
  if (route.id === '404') route.entry.data.draft = false;
});
