import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/**
 * Puts the handbook's link prefetching (./link-prefetch-page-script.ts) on every page, where Astro
 * puts its own prefetch script, which `prefetch: false` in astro.config.mjs leaves out: the same
 * place in the head, so the page's stylesheets keep the same runs (src/lib/site/joined-stylesheets.ts:
 * the layout's styles in one file shared by every page, a page's components' styles after it).
 */
export function linkPrefetch(): AstroIntegration {
  return {
    name: 'handbook-link-prefetch',
    hooks: {
      'astro:config:setup': ({ injectScript }) => {
        injectScript('page', `import ${JSON.stringify(fileURLToPath(new URL('./link-prefetch-page-script.ts', import.meta.url)))};`);
      },
    },
  };
}
