/**
 * Fixes for markup that Starlight 0.42 (and Astro 7's CSP) render on every page and that the
 * handbook's quality gates reject. They run on the rendered HTML of each page (see `src/integrations/quality-gates.ts`),
 * so they keep working whoever overrides `Search` or `Sidebar` later, as long as the markup stays.
 *
 * Each fix reports whether it found what it fixes: when Starlight changes its markup a fix stops
 * applying, the build warns, and the axe and Nu checker tests say what came back.
 */

export interface FixResult {
  html: string;
  /** How many places each fix changed. */
  applied: Record<FixName, number>;
}

export type FixName = 'searchShortcutHidden' | 'scriptAriaHidden' | 'cspMetaFirst';

/**
 * The search button is labelled `aria-label="Search"`, while its visible text is "Search Ctrl K"
 * (the word is `aria-hidden`, the shortcut is not): axe's `label-content-name-mismatch` (WCAG 2.5.3,
 * label in name). Hiding the shortcut's `<kbd>` from the accessibility tree makes the name cover
 * all the visible text that is exposed; the shortcut stays announced through `aria-keyshortcuts`.
 */
export function hideSearchShortcut(html: string): { html: string; count: number } {
  let count = 0;
  const out = html.replace(/(<button\b[^>]*\bdata-open-modal\b[^>]*>[\s\S]*?)<kbd\b(?![^>]*\baria-hidden=)/g, (_whole, before: string) => {
    count++;
    return `${before}<kbd aria-hidden="true"`;
  });
  return { html: out, count };
}

/**
 * Starlight puts `aria-hidden="true"` on the two inline scripts of its sidebar state, to stop Safari
 * with VoiceOver from reading them aloud inside a `display: contents` element (WebKit bug 283645).
 * The attribute is not allowed on `<script>` (Nu HTML Checker error). A `hidden` wrapper keeps the
 * scripts out of every accessibility tree and is valid HTML; the scripts still run in place, and
 * their text, hence their CSP hash, does not change.
 */
export function wrapAriaHiddenScripts(html: string): { html: string; count: number } {
  let count = 0;
  const out = html.replace(/<script\b([^>]*?)\s+aria-hidden="true"([^>]*)>([\s\S]*?)<\/script>/g, (_w, a: string, b: string, body: string) => {
    count++;
    return `<div hidden><script${a}${b}>${body}</script></div>`;
  });
  return { html: out, count };
}

/**
 * Astro writes the Content-Security-Policy `<meta>` after Starlight's head content, and a `<meta>`
 * policy governs only what comes after it: Starlight's theme script ran outside it. Moving the
 * policy right after `<meta charset>` puts every script and stylesheet of the page under it, as an
 * HTTP header would.
 */
export function moveCspMetaFirst(html: string): { html: string; count: number } {
  const meta = /<meta\s+http-equiv="content-security-policy"[^>]*>/i.exec(html);
  const charset = /<meta\s+charset="[^"]*"\s*\/?>/i.exec(html);
  if (!meta || !charset || meta.index < charset.index) return { html, count: 0 };
  const without = html.slice(0, meta.index) + html.slice(meta.index + meta[0].length);
  const at = charset.index + charset[0].length;
  return { html: without.slice(0, at) + meta[0] + without.slice(at), count: 1 };
}

/** Applies every fix to a rendered page. */
export function fixStarlightHtml(html: string): FixResult {
  const search = hideSearchShortcut(html);
  const scripts = wrapAriaHiddenScripts(search.html);
  const csp = moveCspMetaFirst(scripts.html);
  return { html: csp.html, applied: { searchShortcutHidden: search.count, scriptAriaHidden: scripts.count, cspMetaFirst: csp.count } };
}

/** Whether a page is one of Starlight's (it has the search button the fixes expect). */
export function isStarlightPage(html: string): boolean {
  return /<site-search\b/.test(html);
}
