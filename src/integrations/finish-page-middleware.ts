import type { MiddlewareHandler } from 'astro';
import { finishPage } from '../lib/site/finish-page.ts';

/**
 * In `astro dev`, finishes each page as it is served (`src/lib/site/finish-page.ts`), as the build
 * does to the pages it writes (src/integrations/quality-gates.ts).
 */
export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const { html, problem } = finishPage(await response.text());
  if (problem) console.warn(`[handbook:quality-gates] ${context.url.pathname}: ${problem}`);
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(html, { status: response.status, statusText: response.statusText, headers });
};
