/**
 * Where the handbook lives: read by astro.config.mjs and by the pages generated from data, so that
 * both give the same answer. Set SITE_URL and EDIT_BASE_URL to publish a fork.
 */

/**
 * What to do instead of a base path, for the refusals below: a root of the handbook's own, and on
 * GitHub Pages, where a project site is served from a folder, the two ways to one; the hosting
 * guide as the file the reader has (the site itself may not be published yet).
 */
const servedFromARoot =
  "give the handbook a domain or subdomain of its own (on GitHub Pages: a custom domain, or a repository named `<owner>.github.io`); see content/docs/reference/hosting.mdx";

/**
 * The site's address from `SITE_URL` (unset or empty: the placeholder): a site's root, as the pages
 * link from `/`; a base path (`https://acme.github.io/handbook`) is refused, since the generated
 * pages would link past it (content/docs/reference/hosting.mdx).
 */
export function siteUrlFrom(value: string | undefined): string {
  if (value === undefined || value === '') return 'https://ml-ladder.example.org';
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (!url || !/^https?:$/.test(url.protocol)) throw new Error(`SITE_URL: expected the address of the site's root, such as https://handbook.example.com, found "${value}"`);
  if (url.pathname !== '/' || url.search || url.hash)
    throw new Error(`SITE_URL: expected the address of a domain's root, without a path, found "${value}": the handbook is served from a domain's root: ${servedFromARoot}`);
  return url.origin;
}

/**
 * Why Astro's `base` (`astro build --base /ml-handbook/`, or `base` in astro.config.mjs) is refused,
 * or undefined for none: as with a SITE_URL with a path, the handbook's pages and generated data link
 * from the domain's root, and a build under a folder would end on thousands of broken links.
 */
export function basePathRefusal(base: string): string | undefined {
  if (base === '' || base === '/') return undefined;
  return `base: expected none (the handbook is served from a domain's root), found "${base}": remove \`--base\` or \`base\` from astro.config.mjs, and ${servedFromARoot}`;
}

/**
 * The edit address from `EDIT_BASE_URL` (unset or empty: the placeholder), ending in `/`: each
 * "Edit page" link adds a file's path to it, and without the slash the last part of the address
 * (the branch, or the handbook's folder) would be dropped.
 */
export function editBaseUrlFrom(value: string | undefined): string {
  if (value === undefined || value === '') return 'https://github.com/ml-career-handbook/handbook/edit/main/';
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (!url || !/^https?:$/.test(url.protocol)) throw new Error(`EDIT_BASE_URL: expected the repository's edit address for a branch, such as https://github.com/acme/ml-handbook/edit/main/, found "${value}"`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/**
 * The handbook's name, as every page's title ends (`Glossary | ML Career Handbook`) and the site's
 * header shows it: Starlight's `title` in astro.config.mjs and the pages the handbook writes itself
 * (the interview materials). A fork renames its handbook here.
 */
export const siteTitle = 'ML Career Handbook';

/** Where the site is published; used for the sitemap and canonical links. */
export const siteUrl = siteUrlFrom(process.env['SITE_URL']);

/** Where "Edit page" links point: the repository's edit URL, ending in `/`. */
export const editBaseUrl = editBaseUrlFrom(process.env['EDIT_BASE_URL']);

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
