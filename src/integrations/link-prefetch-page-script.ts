/**
 * Prefetches the page behind a link the reader is about to follow, as Astro's prefetch does with
 * Starlight's setting (every link, on hover or focus; on a tap only where the connection is slow),
 * but from a few listeners on the document. Astro's script visits every link of the page when it
 * loads, gives each two listeners, and watches the whole body for added nodes to visit every link
 * again, three times over, whenever a node with a link appears: a tool's first drawing set that off
 * on each batch, a few hundred milliseconds of a phone's CPU on the check-in page (issue 20).
 * `prefetch: false` in astro.config.mjs leaves Astro's script out; ./link-prefetch.ts puts this one on
 * every page in its place. The rules: src/lib/site/link-prefetch.ts.
 */
import { hoverDelayMs, isSlowConnection, prefetchTarget, type Connection } from '../lib/site/link-prefetch.ts';

const prefetched = new Set<string>();
const connection = (): Connection | undefined => (navigator as Navigator & { connection?: Connection }).connection;

function prefetch(link: HTMLAnchorElement, onSlowConnection: boolean): void {
  if (!navigator.onLine || (isSlowConnection(connection()) && !onSlowConnection)) return;
  const url = prefetchTarget(link, new URL(location.href), prefetched);
  if (!url) return;
  prefetched.add(url);
  const hint = document.createElement('link');
  if (hint.relList.supports?.('prefetch')) {
    hint.rel = 'prefetch';
    hint.href = url;
    document.head.append(hint);
  } else fetch(url, { priority: 'low' } as RequestInit).catch(() => {});
}

const linkOf = (target: EventTarget | null): HTMLAnchorElement | null => {
  const link = target instanceof Element ? target.closest('a') : null;
  return link instanceof HTMLAnchorElement ? link : null;
};

// Hover and focus: prefetch once the pointer or the focus has rested on a link for a moment.
let resting: { link: HTMLAnchorElement; timer: number } | null = null;
function rest(link: HTMLAnchorElement | null): void {
  if (resting?.link === link) return;
  if (resting) clearTimeout(resting.timer);
  resting = link ? { link, timer: window.setTimeout(() => prefetch(link, false), hoverDelayMs) } : null;
}
const options = { passive: true, capture: true };
document.addEventListener('mouseover', (e) => rest(linkOf(e.target)), options);
document.addEventListener('mouseout', (e) => rest(linkOf(e.relatedTarget)), options);
document.addEventListener('focusin', (e) => rest(linkOf(e.target)), options);
document.addEventListener('focusout', () => rest(null), options);

// A tap: the reader wants the page; on a slow connection this is the only prefetch.
for (const type of ['touchstart', 'mousedown'] as const) {
  document.addEventListener(
    type,
    (e) => {
      const link = linkOf(e.target);
      if (link && isSlowConnection(connection())) prefetch(link, true);
    },
    options,
  );
}
