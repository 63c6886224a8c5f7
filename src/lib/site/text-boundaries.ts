/**
 * Pagefind reads a page's text as one string: it separates only paragraphs, headings, list items,
 * table data cells and a few other blocks, and joins every other element to the next one as it
 * finds them. Astro's compressed HTML has no whitespace between tags, so a definition term runs
 * into its description (“Description:Writing …”), a table's header cells into each other
 * (“Metric nameWhat it measures”), and search excerpts read as nonsense.
 *
 * `searchTextBoundaries` puts a line break after the end of every element that is laid out as its own
 * box (tables and their cells, definition lists, lists and their items, paragraphs, headings, code
 * blocks and their captions)
 * when another tag follows at once. Whitespace between such boxes is not rendered, so the page
 * looks the same; the search index gets a space. Text inside `<pre>`, `<textarea>`, `<script>`
 * and `<style>` is left exactly as it is. Inline elements that meet (a badge and a link) are
 * separated in the components themselves, since whitespace between them does show.
 */

/** Elements whose end is the end of a box (never laid out inline by the handbook's styles). */
const blockEnd = /<\/(?:th|td|tr|caption|thead|tbody|tfoot|table|dt|dd|dl|li|ul|ol|p|h[1-6]|pre|figcaption|figure|blockquote|summary)>(?=<)/g;
/** Elements whose text must be kept byte for byte. */
const verbatim = /<(pre|textarea|script|style)\b[\s\S]*?<\/\1>/gi;

/**
 * Whether a match at `at` (of `length` characters) lies inside one of the verbatim elements of
 * `html`, not at its end tag. Matches must be asked about in document order, as `replace` finds them:
 * the scan moves forward only, so a page is read once however many elements it has.
 */
function verbatimRanges(html: string): (at: number, length: number) => boolean {
  const kept = [...html.matchAll(verbatim)].map((m) => [m.index, m.index + m[0].length] as const);
  let next = 0;
  return (at, length) => {
    while (next < kept.length && kept[next]![1] <= at) next++;
    const range = kept[next];
    return range !== undefined && at > range[0] && at + length < range[1];
  };
}

/** Controls whose text is chrome (button labels, the options of a list), never what a page is about. */
const controlStart = /<(select|button)\b(?![^>]*\bdata-pagefind-ignore\b)/gi;

const controlOrBlockEnd = new RegExp(`${controlStart.source}|${blockEnd.source}`, 'gi');

/**
 * `searchTextBoundaries` also keeps the text of every button and select (with its options) out of
 * the search index. A tool's controls repeat names that other pages own (every level in a level picker, every
 * competency in a tag list) and carry words such as “Import” or “Delete” that no reader searches
 * for; the issue tracker's readers found tool pages outranking the pages they wanted. Done once,
 * here, so that a new tool cannot forget it.
 *
 * Both in one pass over the page, as `finishPage` runs it on every page: each pass that changes a page
 * copies all of it (two bytes a character, since the pages hold non-Latin-1 text). A control's
 * attribute goes inside its start tag, a line break after a box's end tag, so neither can make or
 * break a match of the other. The control pattern ignores case and the box pattern does not; the
 * joined pattern ignores case, so a box's end tag must also be lowercase.
 */
export function searchTextBoundaries(html: string): { html: string; ignored: number; separated: number } {
  const isKept = verbatimRanges(html);
  let ignored = 0;
  let separated = 0;
  const out = html.replace(controlOrBlockEnd, (found, control: string | undefined, at: number) => {
    if (control !== undefined) {
      if (isKept(at, 0)) return found;
      ignored++;
      return `${found} data-pagefind-ignore`;
    }
    if (found !== found.toLowerCase() || isKept(at, found.length)) return found;
    separated++;
    return `${found}\n`;
  });
  return { html: out, ignored, separated };
}
