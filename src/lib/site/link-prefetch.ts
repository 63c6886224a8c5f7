/**
 * Which link a page prefetches when a reader is about to follow it: the rules of Astro's prefetch
 * with Starlight's setting (`prefetchAll`, on hover, focus or tap), kept here because the handbook
 * delegates those events instead of letting Astro's script find every link (see
 * src/integrations/link-prefetch-page-script.ts for why).
 */

/** How long a pointer or the focus rests on a link before it is prefetched (Astro's hover delay). */
export const hoverDelayMs = 80;

/** What the browser says about the reader's connection (`navigator.connection`, where it exists). */
export interface Connection {
  saveData?: boolean;
  effectiveType?: string;
}

/** A slow or metered connection: Astro prefetches there only on a tap, where the page is wanted. */
export const isSlowConnection = (connection: Connection | undefined): boolean =>
  !!connection && (!!connection.saveData || /2g/.test(connection.effectiveType ?? ''));

/** What the rules read of a link (an `HTMLAnchorElement` in the page). */
export type PrefetchLink = Pick<HTMLAnchorElement, 'href' | 'dataset' | 'hasAttribute'>;

/**
 * The URL to prefetch for a link seen from the page at `here`, or null: another page of the same
 * site (another path or query; the fragment dropped), one not prefetched yet, and not a link that
 * opts out (`data-astro-prefetch="false"`, as Astro reads it). A download (`<a download>`) or an
 * address whose name ends in an extension other than `.html` (ladder.json, llms.txt, a PDF) is a
 * file, not a page: a hover must not fetch all of it.
 */
export function prefetchTarget(link: PrefetchLink, here: URL, done: ReadonlySet<string>): string | null {
  if (link.dataset['astroPrefetch'] === 'false' || link.hasAttribute('download')) return null;
  let url: URL;
  try {
    url = new URL(link.href, here);
  } catch {
    return null;
  }
  url.hash = '';
  if (url.origin !== here.origin || (url.pathname === here.pathname && url.search === here.search)) return null;
  if (/\.(?!html$)[^./]+$/i.test(url.pathname)) return null;
  return done.has(url.href) ? null : url.href;
}
