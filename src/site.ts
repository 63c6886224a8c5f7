/**
 * Where the handbook lives: read by astro.config.mjs and by the pages generated from data, so that
 * both give the same answer. Set SITE_URL and EDIT_BASE_URL to publish a fork.
 */
import { isCalendarDate } from './lib/browser/dates.ts';
import { normalBase, withBase } from './lib/site/urls.ts';

/** Where the hosting guide explains a site's address, for the messages below (the file the reader has: the site may not be published yet). */
const hostingGuideFile = 'content/docs/reference/hosting.mdx';

/** Where the handbook is published: the origin, and the base path its pages are served under. */
export interface SiteAddress {
  /** `https://handbook.example.com`, without a slash at the end. */
  origin: string;
  /** `/` for a domain's root, `/ml-handbook/` for a folder (a GitHub Pages project site). */
  base: string;
}

/**
 * The site's address from `SITE_URL` (unset or empty: the placeholder): the address readers open,
 * the root of a domain (`https://handbook.example.com`) or a folder of a site
 * (`https://acme.github.io/ml-handbook/`, whose path is then the base path of every link). The one
 * place the base path comes from: astro.config.mjs passes it to Astro as `base`.
 */
export function siteAddressFrom(value: string | undefined): SiteAddress {
  if (value === undefined || value === '') return { origin: 'https://ml-ladder.example.org', base: '/' };
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (!url || !/^https?:$/.test(url.protocol) || url.search || url.hash)
    throw new Error(`SITE_URL: expected the address readers open, such as https://handbook.example.com or https://acme.github.io/ml-handbook/, found "${value}"`);
  return { origin: url.origin, base: normalBase(url.pathname) };
}

/** The address readers open, without a slash at the end: `https://acme.github.io/ml-handbook`. */
export const siteUrlOf = ({ origin, base }: SiteAddress): string => origin + base.replace(/\/$/, '');

/**
 * Why Astro's `base` (`astro build --base /ml-handbook/`, or `base` in astro.config.mjs) is refused,
 * or undefined when it is the path of SITE_URL: the base path comes from SITE_URL alone, since the
 * generated pages, the canonical links, llms.txt and ladder.json all write the address from it, and a
 * second, different base would send them to pages that are not there.
 */
export function baseMismatch(configBase: string, siteBase: string): string | undefined {
  if (normalBase(configBase) === normalBase(siteBase)) return undefined;
  return `base: expected the path of SITE_URL ("${normalBase(siteBase)}"), found "${configBase}": remove \`--base\` or \`base\` from astro.config.mjs, and put the folder in SITE_URL instead (SITE_URL=https://acme.github.io${normalBase(configBase)}); see ${hostingGuideFile}`;
}

/**
 * Why the built site cannot be served under its base path, or undefined: a page of the site whose
 * path starts with the base (`/ml-handbook/…` under the base `/ml-handbook/`) could not be told from
 * a link that already has the base, so the finishing of the pages would leave its links unprefixed.
 */
export function baseCollision(siteBase: string, sitePaths: Iterable<string>): string | undefined {
  const base = normalBase(siteBase);
  if (base === '/') return undefined;
  for (const path of sitePaths) {
    if (path.startsWith(base)) return `SITE_URL: its path "${base}" is also the path of a page of the handbook (${path}): publish the handbook in a folder of another name; see ${hostingGuideFile}`;
  }
  return undefined;
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

/** Where the site is published: its origin and its base path (`/`, or the folder of SITE_URL). */
export const siteAddress = siteAddressFrom(process.env['SITE_URL']);

/** The address readers open, without a slash at the end (`https://acme.github.io/ml-handbook`): text that names the site. */
export const siteUrl = siteUrlOf(siteAddress);

/** A site path (`/ladder/`) as an absolute address under the base path: canonical links, llms.txt, ladder.json's `$schema`. */
export const absoluteUrl = (path: string): string => siteAddress.origin + withBase(path, siteAddress.base);

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
  if (!isCalendarDate(pinned)) throw new Error(`BUILD_DATE: expected a date such as 2026-12-07, found "${pinned}"`);
  return pinned;
})();
