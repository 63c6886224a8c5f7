/**
 * The name of a page's Lighthouse reports (`npm run lighthouse -- --json DIR`): the page's path,
 * readable, and never the same for two pages.
 *
 * The reports used to be named by turning every run of other characters into `-`, so that
 * `/a-b/` and `/a/b/` both wrote `a-b.cpu4.run1.json` and the second page's report replaced the
 * first's. Here each `/` between segments becomes `_`, and every character that could be mistaken
 * for a separator or change meaning in a file name (`_` itself, `.`, `%`, anything outside
 * `a-z 0-9 -`) is written `%XX`, byte by byte, as in a URL: `/ladder/levels/lead/` →
 * `ladder_levels_lead`. A name can be read back into its path, so two paths never share one.
 * Capitals are escaped too (`A` → `%41`), so that names differ on a file system that ignores case.
 * The home page, which has no segment, is `_home`: no other page's name starts with `_`.
 */

/** The characters a segment keeps as they are. */
const plain = /[a-z0-9-]/;

/** A segment of a path, each character outside `a-z 0-9 -` written as `%XX` per UTF-8 byte. */
const escapeSegment = (segment: string) =>
  [...segment].map((c) => (plain.test(c) ? c : [...new TextEncoder().encode(c)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''))).join('');

/**
 * The report name of a built page's path: one that starts and ends with `/` and has no empty
 * segment (`/`, `/ladder/`, `/ladder/levels/lead-ml-engineer/`), as every page in dist/ is.
 * Throws on any other path, which could not be told apart from a page's.
 */
export function reportName(path: string): string {
  if (path === '/') return '_home';
  const segments = path.split('/').slice(1, -1);
  if (!path.startsWith('/') || !path.endsWith('/') || segments.some((s) => s === ''))
    throw new Error(`\`${path}\` is not the path of a built page: expected one that starts and ends with \`/\` and has no empty segment, e.g. \`/ladder/\``);
  return segments.map(escapeSegment).join('_');
}
