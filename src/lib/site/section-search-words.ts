/**
 * A page's `sectionSearchWords` (frontmatter): for a section named by its heading's anchor, the
 * words readers use for what it holds, where its heading and text say it otherwise (“the longer you
 * stay” for “How this role evolves over time”). Each list is written into the page right after the
 * heading, in an element hidden from view and from assistive technology but read by Pagefind, which
 * counts it as text of that section: a question in those words finds the page and shows the
 * section. Pagefind indexes hidden text like any other, so the words may appear in the excerpt the
 * search dialog shows under the section's result. Pure: the page's content is HTML here
 * (src/components/overrides/MarkdownContent.astro).
 */

/**
 * The element that carries a section's words: `hidden`, so the page never shows it and assistive
 * technology skips it. No `data-pagefind-weight` of its own: the words weigh as the text around
 * them, the weight the page's type gives its body (`pageTypeWeights`, search-weights.ts), so a
 * reference page's words count half as much as a role page's, as its own text does.
 */
export const sectionWordsElement = (words: readonly string[]) => `<span hidden>${words.map(escapeHtml).join('; ')}.</span>`;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A heading's opening tag, its level captured. */
const headingTag = /<h([1-6])\b[^>]*>/g;
/** An `id` attribute in an opening tag, its value captured. */
const idAttribute = /\sid="([^"]*)"/g;

/**
 * `html` with each section's words after its heading (the first heading whose `id` is the anchor
 * and that is closed), and the anchors no heading of `html` has, for the page to report (the
 * validator checks the Markdown's own headings; a build that finds one missing stops, naming the
 * page). One pass over the page's headings finds every anchor's place, and the page is put
 * together once: a search and a copy of the page per anchor took 0.07 s of a build (stop 59).
 */
export function withSectionSearchWords(html: string, words: Readonly<Record<string, readonly string[]>>): { html: string; missing: string[] } {
  const wanted = new Map(Object.entries(words).filter(([, list]) => list.length > 0));
  /** Where each anchor's words go (the end of its heading's closing tag), by anchor. */
  const placed = new Map<string, number>();
  for (const tag of html.matchAll(headingTag)) {
    if (placed.size === wanted.size) break;
    const anchors = [...tag[0].matchAll(idAttribute)].map((id) => id[1]!).filter((anchor) => wanted.has(anchor) && !placed.has(anchor));
    if (anchors.length === 0) continue;
    const closing = `</h${tag[1]}>`;
    const close = html.indexOf(closing, tag.index + tag[0].length);
    // A heading never closed is no section's heading; a later one with the anchor may be.
    if (close === -1) continue;
    for (const anchor of anchors) placed.set(anchor, close + closing.length);
  }
  const inserts = [...placed].map(([anchor, at]) => ({ at, text: sectionWordsElement(wanted.get(anchor)!) })).sort((a, b) => a.at - b.at);
  let out = '';
  let from = 0;
  for (const { at, text } of inserts) {
    out += html.slice(from, at) + text;
    from = at;
  }
  return { html: out + html.slice(from), missing: [...wanted.keys()].filter((anchor) => !placed.has(anchor)) };
}
