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

export type FixName = 'searchShortcutHidden' | 'scriptAriaHidden' | 'cspMetaFirst' | 'expressiveCode' | 'linkText' | 'anchorLabel';

/**
 * The search button is labelled `aria-label="Search"`, while its visible text is "Search Ctrl K"
 * (the word is `aria-hidden`, the shortcut is not): axe's `label-content-name-mismatch` (WCAG 2.5.3,
 * label in name). Hiding the shortcut's `<kbd>` from the accessibility tree makes the name cover
 * all the visible text that is exposed; the shortcut stays announced through `aria-keyshortcuts`.
 */
export function hideSearchShortcut(html: string): { html: string; count: number } {
  let count = 0;
  // The first <kbd> inside the button (the one that wraps the shortcut's keys).
  const out = html.replace(/(<button\b[^>]*\bdata-open-modal\b[^>]*>(?:(?!<kbd\b|<\/button>)[\s\S])*)<kbd\b(?![^>]*\baria-hidden=)/g, (_whole, before: string) => {
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
  const at = charset ? charset.index + charset[0].length : 0;
  if (!meta || !charset || meta.index <= at) return { html, count: 0 };
  // Joined from pieces of the page, never cut from a joined string: cutting a joined string copies
  // the whole page first (14 MB a build, 3 % of what page generation allocates, for a move within
  // the head); the joined pieces are copied once, by the next fix's search.
  return { html: html.slice(0, at) + meta[0] + html.slice(at, meta.index) + html.slice(meta.index + meta[0].length), count: 1 };
}

/**
 * Expressive Code (Starlight's code blocks) breaks three HTML rules, fixed here without changing
 * what a reader sees:
 * - each line of a block is a `<div>` inside `<code>`, which takes only phrasing content: the lines
 *   become `<span>`s with the same classes (Expressive Code styles them by class, as grids);
 * - a block wider than the page scrolls, and its script makes it focusable only once the page is
 *   idle, and never without JavaScript (axe: scrollable-region-focusable): every block starts with
 *   `tabindex="0"`, which that script removes again from the blocks that do not scroll;
 * - the copy button's `data-code` separates lines with U+007F, a control character HTML forbids:
 *   newline references instead (the copy script turns U+007F into newlines, so the copied text is
 *   the same);
 * - the copy button draws its background with a `<div>`, which a `<button>` may not contain: a
 *   `<span class="ec-copy-bg">` styled like it (src/styles/starlight-fixes.css).
 */
export function fixExpressiveCode(html: string): { html: string; count: number } {
  let count = 0;
  let out = html.replace(/(<pre\b[^>]*><code>)([\s\S]*?)(<\/code><\/pre>)/g, (whole, open: string, body: string, close: string) => {
    if (!body.includes('class="ec-line"')) return whole;
    count++;
    const focusable = /\stabindex=/.test(open) ? open : open.replace(/^<pre\b/, '<pre tabindex="0"');
    return focusable + body.replace(/<div\b/g, '<span').replace(/<\/div>/g, '</span>') + close;
  });
  out = out.replace(/(<button\b[^>]*?\bdata-code=")([^"]*)("[^>]*>)<div><\/div>(<\/button>)/g, (_w, open: string, code: string, rest: string, close: string) => {
    count++;
    return `${open}${code.replace(/\u007f/g, '&#10;')}${rest}<span class="ec-copy-bg"></span>${close}`;
  });
  return { html: out, count };
}

/**
 * A `LinkCard` renders its title link and its description, and the hero its action buttons, as
 * adjacent elements with no space between them, and the search index reads them as one run of
 * text (“Core responsibilitiesWhat the Lead …”, “Read the roleExplore the career ladder”). Both lay
 * them out with flex, where a space between them is not drawn.
 */
export function separateLinkText(html: string): { html: string; count: number } {
  let count = 0;
  const out = html.replace(/<\/a>(?=<(?:span class="description\b|a class="sl-link-button\b))/g, () => {
    count++;
    return '</a> ';
  });
  return { html: out, count };
}

/**
 * Starlight's `AnchorHeading` (the headings of the generated pages) renders the heading's HTML, then
 * writes it as the text of the link's label, escaping it a second time: a screen reader said
 * “Section titled MLOps &amp; operations”. Where a label holds its heading's HTML escaped again, that
 * part is put back as the heading's text. Headings written in Markdown get their label from their
 * text, escaped once, and are left as they are (a heading about `&amp;` keeps its label).
 */
export function unescapeAnchorLabels(html: string): { html: string; count: number } {
  // A label escaped twice holds `&amp;`: a page without such a label (most) is not searched heading
  // by heading, which is half the cost of finishing a page.
  if (!/<span class="sr-only"[^>]*>[^<]*&amp;/.test(html)) return { html, count: 0 };
  let count = 0;
  const out = html.replace(
    /(<h[1-6]\b[^>]*>)((?:(?!<\/h[1-6]>)[\s\S])*?)(<\/h[1-6]>\s*<a class="sl-anchor-link"[^>]*>(?:(?!<\/a>)[\s\S])*?<span class="sr-only"[^>]*>)([^<]*)(<\/span>)/g,
    (whole, open: string, heading: string, between: string, label: string, close: string) => {
      const text = heading.replace(/<[^>]*>/g, '');
      const twice = text.replace(/&/g, '&amp;');
      if (twice === text || !label.includes(twice)) return whole;
      count++;
      return open + heading + between + label.replace(twice, text) + close;
    },
  );
  return { html: out, count };
}

/** Applies every fix to a rendered page. */
export function fixStarlightHtml(html: string): FixResult {
  const search = hideSearchShortcut(html);
  const scripts = wrapAriaHiddenScripts(search.html);
  const code = fixExpressiveCode(scripts.html);
  const csp = moveCspMetaFirst(code.html);
  const links = separateLinkText(csp.html);
  const anchors = unescapeAnchorLabels(links.html);
  return {
    html: anchors.html,
    applied: { searchShortcutHidden: search.count, scriptAriaHidden: scripts.count, expressiveCode: code.count, cspMetaFirst: csp.count, linkText: links.count, anchorLabel: anchors.count },
  };
}

/** Whether a page is one of Starlight's (it has the search button the fixes expect). */
export function isStarlightPage(html: string): boolean {
  return /<site-search\b/.test(html);
}
