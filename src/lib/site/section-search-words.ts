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

/**
 * `html` with each section's words after its heading (the heading whose `id` is the anchor), and
 * the anchors no heading of `html` has, for the page to report (the validator checks the
 * Markdown's own headings; a build that finds one missing stops, naming the page).
 */
export function withSectionSearchWords(html: string, words: Readonly<Record<string, readonly string[]>>): { html: string; missing: string[] } {
  const missing: string[] = [];
  let out = html;
  for (const [anchor, list] of Object.entries(words)) {
    if (list.length === 0) continue;
    const escaped = anchor.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const heading = new RegExp(`<h([1-6])\\b[^>]*\\sid="${escaped}"[^>]*>[\\s\\S]*?</h\\1>`);
    const found = heading.exec(out);
    if (!found) {
      missing.push(anchor);
      continue;
    }
    const end = found.index + found[0].length;
    out = out.slice(0, end) + sectionWordsElement(list) + out.slice(end);
  }
  return { html: out, missing };
}
