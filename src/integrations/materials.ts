import type { AstroIntegration } from 'astro';
import { materialFileRoute, materialPageRoute } from '../lib/site/urls.ts';

/**
 * Publishes the interview materials (content/roles/<role>/materials/) at stable URLs: each printable
 * page at `/hiring/materials/<exercise>/<audience>/<page>/`, and each file (a diff, a log, a chart as
 * SVG, a folder as ZIP) at `/hiring/materials/<exercise>/<audience>/<file>`, built from the content
 * at build time, never copied into public/.
 */
export function materials(): AstroIntegration {
  return {
    name: 'handbook:materials',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        const route = (pattern: string, file: string) => injectRoute({ pattern, entrypoint: new URL(`../routes/${file}`, import.meta.url), prerender: true });
        route(materialPageRoute.pattern, 'material-page.astro');
        route(materialFileRoute.pattern, 'material-file.ts');
      },
    },
  };
}
