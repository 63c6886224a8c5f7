import { fileURLToPath } from 'node:url';
import type { MiddlewareHandler } from 'astro';
import { contentProblemsNotice, withNotice } from '../lib/site/content-problems-notice.ts';
import { finishPage } from '../lib/site/finish-page.ts';
import { newestOf, readCommitDates } from '../data/git-dates.ts';

/** The repository this module belongs to, whose content the dev server serves. */
const root = fileURLToPath(new URL('../../', import.meta.url));

/** The content's problems as the validator prints them (the reading the dev server's loader uses). */
async function contentProblems(): Promise<string[]> {
  try {
    const [{ readContent }, { formatProblem }] = await Promise.all([import('../lib/content/validation/content-reading.ts'), import('../lib/content/validation/format.ts')]);
    return readContent(root).problems.map(formatProblem);
  } catch (error) {
    // The page not found stays a page not found; the reading's own failure is the loader's to report.
    console.warn(`[handbook:quality-gates] the content's problems could not be read for the page not found: ${(error as Error).message}`);
    return [];
  }
}

/**
 * In `astro dev`, finishes each page as it is served (`src/lib/site/finish-page.ts`), as the build
 * does to the pages it writes (src/integrations/quality-gates.ts); and a page not found says so
 * when the content has problems, since the dev server leaves out what they break (a level whose
 * file is broken has no page until it is fixed).
 */
export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  // Read on each request that needs them, so that a commit made while the server runs shows.
  let commits: Map<string, Date> | undefined;
  const newestCommit = (files: readonly string[]) => newestOf((commits ??= readCommitDates()), files);
  const { html, problem } = finishPage(await response.text(), { newestCommit, base: import.meta.env.BASE_URL });
  if (problem) console.warn(`[handbook:quality-gates] ${context.url.pathname}: ${problem}`);
  const page = response.status === 404 ? withNotice(html, contentProblemsNotice(await contentProblems())) : html;
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(page, { status: response.status, statusText: response.statusText, headers });
};
