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

/** A change to a page: its text from `start` to `end` (never empty) replaced by `text`. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

/** What one fix would change in a page, and how many places it counts. */
interface FixEdits {
  edits: Edit[];
  count: number;
}

/** The page with `edits` applied; they must be in order and apart (`apart`). */
function applyEdits(html: string, edits: readonly Edit[]): string {
  let out = '';
  let from = 0;
  for (const edit of edits) {
    out += html.slice(from, edit.start) + edit.text;
    from = edit.end;
  }
  return out + html.slice(from);
}

/** Whether edits in order of `start` are apart: each ends before the next begins, with text between. */
function apart(edits: readonly Edit[]): boolean {
  return edits.every((edit, i) => i === 0 || edits[i - 1]!.end < edit.start);
}

const applied = ({ edits, count }: FixEdits, html: string) => ({ html: edits.length ? applyEdits(html, edits) : html, count });

/**
 * The search button is labelled `aria-label="Search"`, while its visible text is "Search Ctrl K"
 * (the word is `aria-hidden`, the shortcut is not): axe's `label-content-name-mismatch` (WCAG 2.5.3,
 * label in name). Hiding the shortcut's `<kbd>` from the accessibility tree makes the name cover
 * all the visible text that is exposed; the shortcut stays announced through `aria-keyshortcuts`.
 */
function searchShortcutEdits(html: string): FixEdits {
  // The first <kbd> inside the button (the one that wraps the shortcut's keys).
  const edits = [...html.matchAll(/(<button\b[^>]*\bdata-open-modal\b[^>]*>(?:(?!<kbd\b|<\/button>)[\s\S])*)<kbd\b(?![^>]*\baria-hidden=)/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: `${m[1]}<kbd aria-hidden="true"`,
  }));
  return { edits, count: edits.length };
}

/**
 * Starlight puts `aria-hidden="true"` on the two inline scripts of its sidebar state, to stop Safari
 * with VoiceOver from reading them aloud inside a `display: contents` element (WebKit bug 283645).
 * The attribute is not allowed on `<script>` (Nu HTML Checker error). A `hidden` wrapper keeps the
 * scripts out of every accessibility tree and is valid HTML; the scripts still run in place, and
 * their text, hence their CSP hash, does not change.
 */
function ariaHiddenScriptEdits(html: string): FixEdits {
  const edits = [...html.matchAll(/<script\b([^>]*?)\s+aria-hidden="true"([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: `<div hidden><script${m[1]}${m[2]}>${m[3]}</script></div>`,
  }));
  return { edits, count: edits.length };
}

/**
 * Astro writes the Content-Security-Policy `<meta>` after Starlight's head content, and a `<meta>`
 * policy governs only what comes after it: Starlight's theme script ran outside it. Moving the
 * policy right after `<meta charset>` puts every script and stylesheet of the page under it, as an
 * HTTP header would.
 */
function cspMetaEdits(html: string): FixEdits {
  const meta = /<meta\s+http-equiv="content-security-policy"[^>]*>/i.exec(html);
  const charset = /<meta\s+charset="[^"]*"\s*\/?>/i.exec(html);
  const at = charset ? charset.index + charset[0].length : 0;
  if (!meta || !charset || meta.index <= at) return { edits: [], count: 0 };
  // Two edits of the page, never a cut of a joined string: cutting a joined string copies the whole
  // page first (14 MB a build, 3 % of what page generation allocates, for a move within the head).
  return {
    edits: [
      { start: charset.index, end: at, text: charset[0] + meta[0] },
      { start: meta.index, end: meta.index + meta[0].length, text: '' },
    ],
    count: 1,
  };
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
function expressiveCodeEdits(html: string): FixEdits {
  const edits: Edit[] = [];
  for (const m of html.matchAll(/(<pre\b[^>]*><code>)([\s\S]*?)(<\/code><\/pre>)/g)) {
    const [whole, open, body, close] = m as unknown as [string, string, string, string];
    if (!body.includes('class="ec-line"')) continue;
    const focusable = /\stabindex=/.test(open) ? open : open.replace(/^<pre\b/, '<pre tabindex="0"');
    edits.push({ start: m.index, end: m.index + whole.length, text: focusable + body.replace(/<div\b/g, '<span').replace(/<\/div>/g, '</span>') + close });
  }
  const blocks = edits.length;
  for (const m of html.matchAll(/(<button\b[^>]*?\bdata-code=")([^"]*)("[^>]*>)<div><\/div>(<\/button>)/g)) {
    const [whole, open, code, rest, close] = m as unknown as [string, string, string, string, string];
    // A button inside a block just fixed has no <div> left (it became a <span>): nothing to fix.
    if (edits.slice(0, blocks).some((block) => block.start < m.index + whole.length && m.index < block.end)) continue;
    edits.push({ start: m.index, end: m.index + whole.length, text: `${open}${code.replace(/\u007f/g, '&#10;')}${rest}<span class="ec-copy-bg"></span>${close}` });
  }
  return { edits: edits.sort((a, b) => a.start - b.start), count: edits.length };
}

/**
 * A `LinkCard` renders its title link and its description, and the hero its action buttons, as
 * adjacent elements with no space between them, and the search index reads them as one run of
 * text (“Core responsibilitiesWhat the Lead …”, “Read the roleExplore the career ladder”). Both lay
 * them out with flex, where a space between them is not drawn.
 */
function linkTextEdits(html: string): FixEdits {
  const edits = [...html.matchAll(/<\/a>(?=<(?:span class="description\b|a class="sl-link-button\b))/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: '</a> ' }));
  return { edits, count: edits.length };
}

/**
 * Starlight's `AnchorHeading` (the headings of the generated pages) renders the heading's HTML, then
 * writes it as the text of the link's label, escaping it a second time: a screen reader said
 * “Section titled MLOps &amp; operations”. Where a label holds its heading's HTML escaped again, that
 * part is put back as the heading's text. Headings written in Markdown get their label from their
 * text, escaped once, and are left as they are (a heading about `&amp;` keeps its label).
 */
function anchorLabelEdits(html: string): FixEdits {
  // A label escaped twice holds `&amp;`: a page without such a label (most) is not searched heading
  // by heading, which is half the cost of finishing a page.
  if (!/<span class="sr-only"[^>]*>[^<]*&amp;/.test(html)) return { edits: [], count: 0 };
  const edits: Edit[] = [];
  const anchored = /(<h[1-6]\b[^>]*>)((?:(?!<\/h[1-6]>)[\s\S])*?)(<\/h[1-6]>\s*<a class="sl-anchor-link"[^>]*>(?:(?!<\/a>)[\s\S])*?<span class="sr-only"[^>]*>)([^<]*)(<\/span>)/g;
  for (const m of html.matchAll(anchored)) {
    const [whole, open, heading, between, label, close] = m as unknown as [string, string, string, string, string, string];
    const text = heading.replace(/<[^>]*>/g, '');
    const twice = text.replace(/&/g, '&amp;');
    if (twice === text || !label.includes(twice)) continue;
    edits.push({ start: m.index, end: m.index + whole.length, text: open + heading + between + label.replace(twice, text) + close });
  }
  return { edits, count: edits.length };
}

/** The fixes in the order they apply, with the name each reports under. */
const fixes: readonly [FixName, (html: string) => FixEdits][] = [
  ['searchShortcutHidden', searchShortcutEdits],
  ['scriptAriaHidden', ariaHiddenScriptEdits],
  ['expressiveCode', expressiveCodeEdits],
  ['cspMetaFirst', cspMetaEdits],
  ['linkText', linkTextEdits],
  ['anchorLabel', anchorLabelEdits],
];

/**
 * Applies every fix to a rendered page. Each fix reads the page as rendered and the page is put
 * together once from all their edits: applying them one after another copied the whole page for each
 * fix that changed something (three or four on every page; 69 MB of a build's page generation with
 * the text boundaries). The fixes change different elements (the search button, the sidebar's
 * scripts, code blocks, the head, link cards, anchor labels), so none changes what another reads;
 * where edits of two fixes meet or overlap, the fixes are applied one after another instead.
 */
export function fixStarlightHtml(html: string): FixResult {
  const found = fixes.map(([name, edits]) => [name, edits(html)] as const);
  const counts = Object.fromEntries(found.map(([name, { count }]) => [name, count])) as Record<FixName, number>;
  const edits = found.flatMap(([, { edits }]) => edits).sort((a, b) => a.start - b.start);
  if (apart(edits)) return { html: edits.length ? applyEdits(html, edits) : html, applied: counts };
  let out = html;
  for (const [name, edits] of fixes) {
    const fixed = applied(edits(out), out);
    out = fixed.html;
    counts[name] = fixed.count;
  }
  return { html: out, applied: counts };
}

/** Whether a page is one of Starlight's (it has the search button the fixes expect). */
export function isStarlightPage(html: string): boolean {
  return /<site-search\b/.test(html);
}
