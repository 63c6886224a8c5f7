/**
 * Where the handbook lives: read by astro.config.mjs and by the pages generated from data, so that
 * both give the same answer. Set SITE_URL and EDIT_BASE_URL to publish a fork.
 */

/** Where the site is published; used for the sitemap and canonical links. */
export const siteUrl = process.env['SITE_URL'] ?? 'https://ml-ladder.example.org';

/** Where "Edit page" links point: the repository's edit URL, ending in `/`. */
export const editBaseUrl = process.env['EDIT_BASE_URL'] ?? 'https://github.com/ml-career-handbook/handbook/edit/main/';

/** The "Edit page" link of a file of the repository, such as `content/roles/lead-ml-engineer/role.yaml`. */
export const editUrl = (file: string): string => new URL(file, editBaseUrl).href;

/**
 * The day the site is built (UTC, `YYYY-MM-DD`): a release whose effective date is later is shown as
 * upcoming, the newest release effective by then as the one in force. `BUILD_DATE=2026-12-07` builds
 * the site as it reads on that day (a reproducible build, or a preview before a release takes effect).
 */
export const buildDate = ((): string => {
  const pinned = process.env['BUILD_DATE'];
  if (pinned === undefined || pinned === '') return new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(pinned) || Number.isNaN(Date.parse(pinned))) throw new Error(`BUILD_DATE: expected a date such as 2026-12-07, found "${pinned}"`);
  return pinned;
})();
