import type { MiddlewareHandler } from 'astro';
import { fixStarlightHtml, isStarlightPage } from '../lib/site/starlight-fixes.ts';
import { ignoreControls, separateBlocks } from '../lib/site/text-boundaries.ts';

/**
 * Runs after each page renders (at build time for this static site, and in `astro dev`) and applies
 * the fixes of `src/lib/site/starlight-fixes.ts` to Starlight's markup, then separates the text of
 * adjacent boxes for the search index and keeps controls out of it (`src/lib/site/text-boundaries.ts`).
 */
export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const fixed = fixStarlightHtml(await response.text());
  const { applied } = fixed;
  const { html } = separateBlocks(ignoreControls(fixed.html).html);
  if (isStarlightPage(html) && applied.searchShortcutHidden === 0 && !/data-open-modal[\s\S]*?<kbd aria-hidden="true"/.test(html)) {
    console.warn(`[handbook:quality-gates] ${context.url.pathname}: Starlight's search button markup changed; the label fix no longer applies (see src/lib/site/starlight-fixes.ts).`);
  }
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(html, { status: response.status, statusText: response.statusText, headers });
};
