/**
 * Puts the links of a rendered page under the site's base path: MDX content, the components and the
 * pages generated from data all write site paths from the root (`/ladder/levels/…/`, urls.ts), as
 * the handbook reads best in its sources, while a site published in a folder
 * (`https://acme.github.io/ml-handbook/`) is reached at `/ml-handbook/ladder/levels/…/`. Astro and
 * Starlight already write their own links and assets under the base; those are left as they are
 * (`withBase` leaves a path under the base alone; src/site.ts refuses a base that is also the path
 * of a page, which could not be told apart).
 *
 * Only the URL attributes of tags are read (below): text, code samples, comments, scripts, styles,
 * `data-*` attributes, inline JSON, `style` and `<meta content>` are left as written. A component
 * that writes a site path into one of those writes it under the base itself (`withBase`, or
 * `siteHref` in an island); tests/browser/base-path.test.ts fails on a page that links outside it.
 */
import { normalBase, withBase } from './urls.ts';

/** Attributes that hold one URL the browser follows or loads. */
const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'poster', 'data']);

/** Text the tag pattern must not read as tags: scripts, styles, comments. */
const opaque = /<script\b[\s\S]*?<\/script\s*>|<style\b[\s\S]*?<\/style\s*>|<!--[\s\S]*?-->/gi;
// A quoted value may hold “>” (a title, an aria-label); the tag ends at the first one outside quotes.
const tag = /<[a-zA-Z](?:[^>"']|"[^"]*"|'[^']*')*>/g;
const attribute = /(\s)([a-zA-Z-:]+)(\s*=\s*)("[^"]*"|'[^']*'|[^\s"'>]+)/g;

/** The page with every root-absolute URL of its tags' URL attributes (and `srcset`) under `base`. */
export function linksUnderBase(html: string, base: string): string {
  if (normalBase(base) === '/') return html;
  const inTag = (t: string) =>
    t.replace(attribute, (whole, space: string, name: string, equals: string, quoted: string) => {
      const lower = name.toLowerCase();
      if (!urlAttributes.has(lower) && lower !== 'srcset') return whole;
      const quote = /^["']/.test(quoted) ? quoted[0]! : '';
      const value = quote ? quoted.slice(1, -1) : quoted;
      const rewritten = lower === 'srcset' ? value.replace(/(^|,)(\s*)(\S+)/g, (_, comma: string, gap: string, url: string) => comma + gap + withBase(url, base)) : withBase(value, base);
      return `${space}${name}${equals}${quote}${rewritten}${quote}`;
    });
  let out = '';
  let last = 0;
  for (const match of html.matchAll(opaque)) {
    out += html.slice(last, match.index).replace(tag, inTag) + openingTag(match[0], inTag);
    last = match.index + match[0].length;
  }
  return out + html.slice(last).replace(tag, inTag);
}

/** A script's or style's own opening tag is a tag (`<script src>`); what follows it is not. */
function openingTag(block: string, inTag: (t: string) => string): string {
  if (block.startsWith('<!--')) return block;
  const end = block.indexOf('>') + 1;
  return inTag(block.slice(0, end)) + block.slice(end);
}
