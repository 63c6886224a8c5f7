import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { paginationLabel } from '../lib/site/pagination-labels.ts';

/**
 * Starlight route middleware: a "Previous" or "Next" link into another section of the sidebar
 * carries that section's name (src/lib/site/pagination-labels.ts). The links are copied, not
 * changed: they are the sidebar's own entries, which keep their labels.
 */
export const onRequest = defineRouteMiddleware(({ locals, url }) => {
  const { pagination, sidebar } = locals.starlightRoute;
  for (const side of ['prev', 'next'] as const) {
    const link = pagination[side];
    if (link) pagination[side] = { ...link, label: paginationLabel(sidebar, url.pathname, link) };
  }
});
