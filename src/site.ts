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
