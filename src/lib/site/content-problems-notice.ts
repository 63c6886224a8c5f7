/**
 * The dev server's word on a missing page while the content has problems. `astro dev` leaves out
 * an entry with a problem (and every entry of a file that does not parse) and keeps serving, so the
 * page of a level whose file is broken is not found: the 404 page then says why, with the problems
 * as the validator words them, instead of only “the page may have moved”. Pure: the problems come
 * formatted; the build never adds it (a build stops on any problem).
 */

/** How many problems the notice lists; the rest are counted (the terminal has them all). */
export const noticeLimit = 20;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The notice for these problems (each a line as `npm run validate` prints it), or '' when there are none. */
export function contentProblemsNotice(problems: readonly string[]): string {
  if (problems.length === 0) return '';
  const shown = problems.slice(0, noticeLimit).map((p) => `<li><code>${escapeHtml(p)}</code></li>`).join('');
  const more = problems.length > noticeLimit ? `<p>And ${problems.length - noticeLimit} more: see the terminal, or run <code>npm run validate</code>.</p>` : '';
  const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
  return (
    // An aside with a strong first line, not a heading: it comes before the page's h1.
    `<aside class="content-problems-notice" aria-label="Content problems"><p><strong>The content has ${count}.</strong> ` +
    `While it does, the dev server leaves out what it breaks, and this page may be one of them. Fix it and save: the page comes back.</p>` +
    `<ul>${shown}</ul>${more}</aside>`
  );
}

/** The page with the notice at the start of its main content (unchanged when there is no notice or no `<main>`). */
export function withNotice(html: string, notice: string): string {
  if (!notice) return html;
  return html.replace(/<main\b[^>]*>/, (main) => main + notice);
}
